// The node flags that make V8 write what the trace pass reads. None of them
// is allowed in NODE_OPTIONS (Node 18-26 reject every one: "--log-ic is not
// allowed in NODE_OPTIONS"), so they go on node's command line, directly or
// through the node shim.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace v8lint::process {

struct LogFlagOptions {
  std::filesystem::path log_dir;  // where every isolate's log goes
  bool maps = false;              // also --log-maps
};

// --log-ic --log-deopt --log-code [--log-maps], one log per isolate
// (isolate-<address>-<pid>-v8.log: workers and child processes each get
// their own) in log_dir, and V8's deopt tracing, which --log-deopt also turns
// on and which would otherwise go to the program's stdout, into a file there.
std::vector<std::string> node_log_flags(const LogFlagOptions& options);

// Whether `path` is a log node_log_flags made V8 write.
bool is_isolate_log(const std::filesystem::path& path);

}  // namespace v8lint::process
