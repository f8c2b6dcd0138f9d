// Arbitrary bytes as captured stdout of node --trace-deopt-verbose --trace-opt.
#include "fuzz_temp_file.h"
#include "trace/trace_stdout_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  v8lint::trace::TraceData trace;
  v8lint::trace::LogProblems problems;
  std::string error;
  v8lint::trace::read_trace_stdout(v8lint::fuzz::write_temp_file(data, size), 0, trace, problems, error);
  return 0;
}
