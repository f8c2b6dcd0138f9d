// Reads captured stdout of node --trace-deopt[-verbose] [--trace-opt], which
// may be interleaved with the program's own output. Only the verbose form
// says where a deopt happened (";;; deoptimize at <a.js:1:2> ..."); deopts
// without a position are counted and reported, not guessed.
#pragma once

#include <cstdint>
#include <string>

#include "trace/trace_data.h"
#include "trace/v8_log_reader.h"

namespace v8lint::trace {

// Same contract as read_v8_log.
bool read_trace_stdout(const std::string& path, uint32_t isolate, TraceData& data, LogProblems& problems,
                       std::string& error);

}  // namespace v8lint::trace
