// What a call does with the functions passed to it, as far as hotness goes:
// registers them as request/stream handlers, or runs them per element.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <tree_sitter/api.h>

#include "syntax/syntax_tree.h"

namespace v8lint {

// The event a call registers its function arguments for: "request" for
// `http.createServer(fn)`, `server.on('request', fn)`, `app.get(path, fn)`,
// `router.use(fn)`; "data"/"message"/"line" for `.on('data', fn)` and the like.
std::optional<std::string> handler_event(const SyntaxTree& tree, TSNode call);

// The event a call subscribes its function arguments to, whatever the event:
// `req.on('end', fn)`, `ws.once('close', fn)`, `stream.addListener('error', fn)`.
std::optional<std::string_view> listened_event(const SyntaxTree& tree, TSNode call);

// `xs.forEach(fn)`, `xs.map(fn)`, `xs.sort(fn)`, ...: the callee runs its
// callback synchronously, once per element.
bool runs_callback_per_element(const SyntaxTree& tree, TSNode call);

// The name a call reaches its callee by: `f()` -> "f", `this.f()` -> "f".
std::optional<std::string_view> called_name(const SyntaxTree& tree, TSNode call);

// `(function () {...})()` and `(() => ...)()`: the function called in place.
TSNode invoked_literal(TSNode call);

// A string literal's value without its quotes (escapes left as written).
std::string_view string_value(const SyntaxTree& tree, TSNode string);

}  // namespace v8lint
