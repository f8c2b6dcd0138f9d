#include "process/node_log_flags.h"

namespace v8lint::process {

std::vector<std::string> node_log_flags(const LogFlagOptions& options) {
  std::vector<std::string> flags = {"--log-ic", "--log-deopt", "--log-code"};
  if (options.maps) flags.push_back("--log-maps");
  // V8 puts the per-isolate prefix on the basename: <dir>/isolate-<address>-<pid>-v8.log.
  flags.push_back("--logfile-per-isolate");
  flags.push_back("--logfile=" + (options.log_dir / "v8.log").string());
  // Node 18-24 print "[bailout ...]" on stdout for every deopt under --log-deopt.
  flags.push_back("--redirect-code-traces");
  flags.push_back("--redirect-code-traces-to=" + (options.log_dir / "code-traces.txt").string());
  return flags;
}

bool is_isolate_log(const std::filesystem::path& path) {
  std::string name = path.filename().string();
  return name.starts_with("isolate-") && name.ends_with("-v8.log");
}

}  // namespace v8lint::process
