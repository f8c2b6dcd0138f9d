// How a finding's path is written in SARIF: relative to %SRCROOT% (the working
// directory) when it lies below it, else an absolute file:// URI.
#pragma once

#include <string>
#include <string_view>

namespace v8lint {

inline constexpr std::string_view kSourceRootId = "%SRCROOT%";

struct ArtifactUri {
  std::string uri;
  bool under_source_root = false;  // true: `uri` is relative and needs uriBaseId %SRCROOT%
};

// RFC 3986 percent-encoding of a path: keeps unreserved characters and '/'.
std::string percent_encode_path(std::string_view path);
// file:// URI of an absolute directory, ending with '/' as uriBaseIds must.
std::string directory_uri(std::string_view absolute_directory);
ArtifactUri artifact_uri(const std::string& path, const std::string& working_directory);

}  // namespace v8lint
