// The join rule for polymorphic and megamorphic ICs on a named key (`o.key`):
// the object shapes in the traced scripts that create that key, found
// statically, each as a related location, and the cheap fixes among them
// (the same keys in another order; a property set on only some constructor
// paths or added later).
#pragma once

#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "join/parsed_script.h"

namespace v8lint::join {

// At most this many shapes are listed as related locations; the message counts the rest.
inline constexpr size_t kMaxListedShapes = 8;

// Extends each megamorphic-ic / polymorphic-ic finding on one named key, and
// each "wrong map" deopt on a property name (`o.key`), that some shape in
// `scripts` creates: related locations, message, and the
// properties `shapes` (how many distinct shapes) and `cheap_fix`. Findings on
// element indices, and on keys no shape creates, are left as they are.
// `scripts` are parsed (through `parsed`, shared with the other join rules)
// only when some finding asks.
void attach_object_shapes(std::vector<Diagnostic>& diagnostics, const std::vector<std::string>& scripts,
                          ScriptCache& parsed);

}  // namespace v8lint::join
