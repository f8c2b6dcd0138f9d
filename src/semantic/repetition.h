// Whether code runs again and again: the rules about leaks and threads report
// a registration or a thread start only where it repeats (per request, per
// event, per loop iteration, per timer tick).
#pragma once

#include <optional>
#include <string>

#include "semantic/function_model.h"

namespace v8lint {

// A node a rule saw on the walk, with where it sat: hotness is known only at file end.
struct SitedNode {
  TSNode node;
  SiteContext site;
};

// Why the code at `site` runs repeatedly, as a phrase for a message ("inside a
// `for` loop (line 3)", "in `handle`, a request handler registered at line 9",
// "in a setInterval callback (line 4)"), or nullopt. Looks at the site's loop,
// then at its function and every function around it: a callback nested in a
// request handler runs once per request too.
std::optional<std::string> why_repeated(const SyntaxTree& tree, const FunctionModel& functions,
                                        const SiteContext& site);

// The same, limited to request and stream handlers (and functions called from
// them): the code runs on the main thread while a request or chunk waits.
std::optional<std::string> why_in_handler(const FunctionModel& functions, const SiteContext& site);

}  // namespace v8lint
