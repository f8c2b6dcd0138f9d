// Every place in a script that creates objects, with the keys those objects
// get in creation order (the order V8 builds their hidden class in): object
// literals, classes, and constructor functions used with `new`. The join
// lists these for the polymorphic and megamorphic ICs on a key they create.
#pragma once

#include <cstdint>
#include <functional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "semantic/class_properties.h"
#include "syntax/syntax_tree.h"

namespace v8lint::join {

enum class ShapeOrigin : uint8_t { Literal, Class, Constructor };

struct ShapeKey {
  std::string name;
  // Always; Conditional: on only some paths through the constructor;
  // Late: added after creation (in a method, or through the literal's variable).
  PropertyTiming timing = PropertyTiming::Always;
};

struct ObjectShape {
  ShapeOrigin origin = ShapeOrigin::Literal;
  std::string name;            // the class or constructor function; empty for literals and anonymous classes
  std::vector<ShapeKey> keys;  // in creation order; late keys last
  // More keys than listed may exist: a spread, computed key or `__proto__`
  // in the literal, or a parent class declared elsewhere.
  bool open = false;
  Location location;  // the literal's `{`, or the name of the class or function

  bool has(std::string_view key) const;
};

// Keys a caller asks about; a shape is built only when it has one of them
// (a bundle has millions of literals), every shape when the filter is null.
using KeyFilter = std::set<std::string, std::less<>>;

// In document order: literals where they start, classes and constructor functions at their name.
std::vector<ObjectShape> object_shapes(const SyntaxTree& tree, const KeyFilter* wanted = nullptr);

}  // namespace v8lint::join
