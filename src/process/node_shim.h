// A `node` executable, put first on the child's PATH, that execs the real
// node with the logging flags: the way the flags reach node when COMMAND is
// `npm test` or a shell script (they are not allowed in NODE_OPTIONS).
// Programs that start node by absolute path, or by process.execPath without
// the parent's execArgv, bypass it.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace v8lint::process {

// `text` as one POSIX shell word.
std::string shell_word(const std::string& text);

// The shim's script: `exec REAL_NODE FLAGS... "$@"`.
std::string node_shim_script(const std::string& real_node, const std::vector<std::string>& flags);

// Writes `bin_dir`/node (mode 0755); false with `error` set on failure.
bool write_node_shim(const std::filesystem::path& bin_dir, const std::string& real_node,
                     const std::vector<std::string>& flags, std::string& error);

}  // namespace v8lint::process
