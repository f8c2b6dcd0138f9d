// Writes a whole file so that readers see either the old file or the complete
// new one, never a partial report: a temporary file in the same directory,
// then rename().
#pragma once

#include <string>
#include <string_view>

namespace v8lint {

// Returns false and sets `error` (naming `path`) on failure; no temporary file
// is left behind and an existing file at `path` is untouched.
bool write_file_atomically(const std::string& path, std::string_view contents, std::string& error);

}  // namespace v8lint
