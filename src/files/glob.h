// Shell-style globs as .gitignore, ignorePatterns and the hot lists use them:
// `*` and `?` stay within one path segment, `[a-z]` / `[!a-z]` are classes,
// `\x` is a literal x, and a whole `**` segment spans any number of segments.
#pragma once

#include <string_view>

namespace v8lint {

// True when all of `text` matches `pattern`. A trailing "/**" needs at least
// one more segment ("a/**" matches "a/b", not "a"), as in gitignore.
bool glob_match(std::string_view pattern, std::string_view text);

}  // namespace v8lint
