// Reads one V8 log file (one isolate, one address space) into TraceData:
// resolves every IC pc to the code object covering it at that moment and
// every deopt to the optimized code it threw away.
#pragma once

#include <cstdint>
#include <string>

#include "trace/block_reader.h"
#include "trace/event_batch.h"
#include "trace/trace_data.h"

namespace v8lint::trace {

// What went wrong without stopping the read; reported once per file.
struct LogProblems {
  int64_t skipped_lines = 0;
  uint64_t first_skipped_line = 0;
  std::string first_skipped_reason;
  int64_t ic_events = 0;
  int64_t unresolved_ics = 0;  // IC pc in no known JS code
  int64_t unresolved_deopts = 0;
  int64_t deopts_without_position = 0;  // --trace-deopt without -verbose
  std::string read_error;               // the input ended in a read error (e.g. a truncated .gz)

  // Counts a block's skipped lines; `lines_before` are the file's lines before the block.
  void skip(const SkippedLines& block, uint64_t lines_before);
};

// How a log is read; what is read from it does not depend on these.
struct ReadOptions {
  unsigned threads = 1;  // 0: all cores
  size_t block_size = BlockSource::kDefaultBlockSize;
};

// Returns false and sets `error` (naming the file) when it cannot be opened; a
// read error later keeps what was read and lands in `problems`.
bool read_v8_log(const std::string& path, uint32_t isolate, TraceData& data, LogProblems& problems,
                 std::string& error, const ReadOptions& options = {});

}  // namespace v8lint::trace
