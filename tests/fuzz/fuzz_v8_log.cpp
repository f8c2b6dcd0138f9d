// Arbitrary bytes as a V8 log (--log-ic --log-deopt --log-code): the line
// parser, the code map and the IC/deopt resolution behind read_v8_log.
#include "fuzz_temp_file.h"
#include "trace/v8_log_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  v8lint::trace::TraceData trace;
  v8lint::trace::LogProblems problems;
  std::string error;
  v8lint::trace::read_v8_log(v8lint::fuzz::write_temp_file(data, size), 0, trace, problems, error);
  return 0;
}
