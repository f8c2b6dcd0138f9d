// The properties each class in a file gives its instances, and when:
// always (TS parameter properties, class fields, constructor writes on every
// path, methods the constructor always calls), on only some constructor
// paths, or later (in other methods). late-property-add reports the last two;
// the join lists each class's shape for the ICs it reaches.
#pragma once

#include <cstdint>
#include <set>
#include <string_view>
#include <vector>

#include <tree_sitter/api.h>

#include "semantic/scope_model.h"
#include "syntax/syntax_tree.h"

namespace v8lint {

enum class PropertyTiming : uint8_t { Always, Conditional, Late };

struct ClassProperty {
  std::string_view name;
  PropertyTiming timing;
  TSNode write;  // the first write with that timing: the value written, the field or the parameter
};

struct ClassProperties {
  ClassInfo info;
  TSNode constructor{};  // null when the class declares none
  // Own properties, each once, in the order they are created: parameter
  // properties, fields, constructor writes, then the late ones.
  std::vector<ClassProperty> properties;
  std::set<std::string_view> members;  // methods and accessors: `this.x = v` calls a setter `x`, it adds nothing
  int32_t parent = kNone;              // the parent class, when it is declared in the same file
  bool parent_elsewhere = false;       // extends a class from elsewhere, whose constructor may create anything
};

class ClassPropertyModel {
 public:
  ClassPropertyModel(const SyntaxTree& tree, const ScopeModel& scopes);

  const std::vector<ClassProperties>& classes() const { return classes_; }
  // Whether a same-file ancestor of the class always creates `name`, or declares it as a method or accessor.
  bool inherited(size_t class_index, std::string_view name) const;
  // The ancestors' properties (outermost first), then the class's own: the keys of its instances in order.
  std::vector<ClassProperty> instance_properties(size_t class_index) const;

 private:
  std::vector<size_t> ancestors(size_t class_index) const;  // nearest first

  std::vector<ClassProperties> classes_;
};

}  // namespace v8lint
