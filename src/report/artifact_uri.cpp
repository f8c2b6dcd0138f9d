#include "report/artifact_uri.h"

#include <filesystem>

namespace v8lint {
namespace {

bool is_unreserved(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
         c == '_' || c == '~';
}

}  // namespace

std::string percent_encode_path(std::string_view path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : path) {
    if (is_unreserved(c) || c == '/') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
    }
  }
  return out;
}

std::string directory_uri(std::string_view absolute_directory) {
  std::string uri = "file://" + percent_encode_path(absolute_directory);
  if (!uri.ends_with('/')) uri += '/';
  return uri;
}

ArtifactUri artifact_uri(const std::string& path, const std::string& working_directory) {
  namespace fs = std::filesystem;
  const fs::path root = fs::path(working_directory).lexically_normal();
  const fs::path absolute = (root / path).lexically_normal();  // `/` keeps an absolute `path` as is
  const fs::path relative = absolute.lexically_relative(root);
  if (relative.empty() || *relative.begin() == ".." || relative == ".")
    return {"file://" + percent_encode_path(absolute.generic_string()), false};
  return {percent_encode_path(relative.generic_string()), true};
}

}  // namespace v8lint
