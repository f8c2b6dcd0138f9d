// SARIF partialFingerprints.primaryLocationLineHash, computed exactly as
// GitHub's codeql-action (src/fingerprints.ts) computes it on upload, so alerts
// keep their identity when lines move.
//
// Per line: a polynomial hash (base 37, wrapping 64-bit) of the 100 UTF-16
// code units starting at the line's first non-blank unit, with spaces and tabs
// skipped everywhere, CR and CRLF read as LF, the end of the file marked by
// 65535 and followed by zeros. The value is lowercase hex plus ":N", N being
// how many lines so far (this one included) had the same hash.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace v8lint {

// Element i is the hash of line i + 1 of the file whose bytes are `contents`.
// The list also holds the line after a final newline, as codeql-action does.
std::vector<std::string> primary_location_line_hashes(std::string_view contents);

}  // namespace v8lint
