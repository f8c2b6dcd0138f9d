#include "process/node_shim.h"

#include <fstream>

namespace v8lint::process {

std::string shell_word(const std::string& text) {
  std::string word = "'";
  for (char c : text) {
    if (c == '\'') {
      word += "'\\''";  // close the quote, an escaped quote, reopen
    } else {
      word += c;
    }
  }
  word += '\'';
  return word;
}

std::string node_shim_script(const std::string& real_node, const std::vector<std::string>& flags) {
  std::string script = "#!/bin/sh\n# Written by v8lint run: node with V8's logging flags.\nexec ";
  script += shell_word(real_node);
  for (const std::string& flag : flags) {
    script += ' ';
    script += shell_word(flag);
  }
  script += " \"$@\"\n";
  return script;
}

bool write_node_shim(const std::filesystem::path& bin_dir, const std::string& real_node,
                     const std::vector<std::string>& flags, std::string& error) {
  std::filesystem::path shim = bin_dir / "node";
  std::error_code fs_error;
  std::filesystem::create_directories(bin_dir, fs_error);
  std::ofstream out(shim, std::ios::binary | std::ios::trunc);
  out << node_shim_script(real_node, flags);
  out.close();
  if (!fs_error && out) {
    using std::filesystem::perms;
    std::filesystem::permissions(shim, perms::owner_all | perms::group_read | perms::group_exec |
                                           perms::others_read | perms::others_exec, fs_error);
  }
  if (!fs_error && out) return true;
  error = "cannot write the node shim " + shim.string() + (fs_error ? ": " + fs_error.message() : "");
  return false;
}

}  // namespace v8lint::process
