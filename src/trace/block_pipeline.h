// Reads a V8 log on several threads with results identical to one thread:
// whichever thread is free takes the next block number, reads that block
// (a plain file's blocks in parallel, a .gz file's in order) and parses it
// into an EventBatch; the calling thread applies the batches strictly in file
// order. Reading and parsing are most of the work and run in parallel;
// applying (code map, sites) depends on every earlier event and stays on one
// thread.
#pragma once

#include <functional>

#include "trace/block_reader.h"
#include "trace/event_batch.h"

namespace v8lint::trace {

// More threads than this would only add blocks in flight (memory): the
// in-order apply stage is the limit by then.
inline constexpr unsigned kMaxReadThreads = 8;

// `threads` counts the calling thread; 0 means all cores.
void parse_blocks_in_order(BlockSource& source, unsigned threads, const std::function<void(EventBatch&)>& apply);

}  // namespace v8lint::trace
