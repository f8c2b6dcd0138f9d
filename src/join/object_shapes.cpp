#include "join/object_shapes.h"

#include <algorithm>
#include <map>

#include "semantic/construction_paths.h"
#include "semantic/function_model.h"
#include "semantic/literal_keys.h"
#include "semantic/scope_model.h"

namespace v8lint::join {
namespace {

using Writes = std::vector<std::pair<std::string_view, TSNode>>;  // (property, value written)

// What one walk over the file finds, besides the scope model it feeds.
struct Sightings {
  std::vector<TSNode> literals;
  std::set<std::string_view> constructed;                      // `X` in `new X(...)`
  std::vector<std::pair<TSNode, TSNode>> functions;             // (name, function) of declared and assigned functions
  std::vector<std::pair<std::string_view, TSNode>> prototype_methods;  // `X.prototype.m = function () {}`: (X, function)
};

// `X` in `X.prototype.m = function () {}`; empty otherwise.
std::string_view prototype_owner(const SyntaxTree& tree, TSNode assignment) {
  TSNode left = field(assignment, "left");
  TSNode prototype = is(left, "member_expression") ? field(left, "object") : TSNode{};
  if (!is(prototype, "member_expression") || tree.text(field(prototype, "property")) != "prototype") return {};
  TSNode owner = field(prototype, "object");
  return is(owner, "identifier") ? tree.text(owner) : std::string_view{};
}

void note(const SyntaxTree& tree, TSNode node, Sightings& seen) {
  std::string_view k = kind(node);
  if (k == "object") {
    seen.literals.push_back(node);
  } else if (k == "function_declaration") {
    seen.functions.emplace_back(field(node, "name"), node);
  } else if (k == "variable_declarator") {
    TSNode value = unparenthesized(field(node, "value"));
    if (is(value, "function_expression") && is(field(node, "name"), "identifier"))
      seen.functions.emplace_back(field(node, "name"), value);
  } else if (k == "new_expression") {
    TSNode callee = field(node, "constructor");
    if (is(callee, "identifier")) seen.constructed.insert(tree.text(callee));
  } else if (k == "assignment_expression") {
    TSNode value = unparenthesized(field(node, "right"));
    std::string_view owner = prototype_owner(tree, node);
    if (!owner.empty() && is(value, "function_expression")) seen.prototype_methods.emplace_back(owner, value);
  }
}

Sightings walk_file(const SyntaxTree& tree, ScopeModel& scopes) {
  Sightings seen;
  walk(
      tree.root(),
      [&](TSNode node) {
        scopes.enter(visited(node));
        note(tree, node, seen);
        return true;
      },
      [&](TSNode node) { scopes.leave(node); });
  scopes.finish();
  return seen;
}

// Collects shapes; builds each one's location only when the shape is kept.
class ShapeSink {
 public:
  ShapeSink(const SyntaxTree& tree, const KeyFilter* wanted) : tree_(tree), wanted_(wanted) {}

  void add(ObjectShape shape, TSNode where) {
    if (shape.keys.empty() || (wanted_ && std::none_of(shape.keys.begin(), shape.keys.end(), [&](const ShapeKey& key) {
                                 return wanted_->contains(key.name);
                               })))
      return;
    shape.location = tree_.source().location(ts_node_start_byte(where), ts_node_end_byte(where));
    shapes_.push_back(std::move(shape));
  }
  std::vector<ObjectShape> take() { return std::move(shapes_); }

 private:
  const SyntaxTree& tree_;
  const KeyFilter* wanted_;
  std::vector<ObjectShape> shapes_;
};

void append_keys(std::vector<ShapeKey>& keys, const std::vector<std::string_view>& names, PropertyTiming timing) {
  for (std::string_view name : names) keys.push_back({std::string(name), timing});
}

void add_literals(const SyntaxTree& tree, const ScopeModel& scopes, const Sightings& seen, ShapeSink& sink) {
  std::map<uint32_t, std::vector<std::string_view>> added;  // literal start byte -> names added later, once each
  for (const LiteralAdd& add : properties_added_to_literals(tree, scopes, BindingIndex(scopes))) {
    std::vector<std::string_view>& names = added[ts_node_start_byte(add.literal)];
    if (std::find(names.begin(), names.end(), add.name) == names.end()) names.push_back(add.name);
  }
  for (TSNode literal : seen.literals) {
    LiteralKeys written = literal_keys(tree, literal);
    ObjectShape shape{ShapeOrigin::Literal, "", {}, written.open || written.sets_prototype, {}};
    append_keys(shape.keys, written.keys, PropertyTiming::Always);
    auto late = added.find(ts_node_start_byte(literal));
    if (late != added.end()) append_keys(shape.keys, late->second, PropertyTiming::Late);
    sink.add(std::move(shape), literal);
  }
}

bool open_ancestry(const ClassPropertyModel& model, size_t index) {
  size_t steps = 0;
  for (int32_t up = static_cast<int32_t>(index); up != kNone && steps <= model.classes().size(); ++steps) {
    if (model.classes()[up].parent_elsewhere) return true;
    up = model.classes()[up].parent;
  }
  return false;
}

void add_classes(const SyntaxTree& tree, const ScopeModel& scopes, ShapeSink& sink) {
  ClassPropertyModel model(tree, scopes);
  for (size_t i = 0; i < model.classes().size(); ++i) {
    const ClassProperties& owner = model.classes()[i];
    ObjectShape shape{ShapeOrigin::Class, std::string(owner.info.name), {}, open_ancestry(model, i), {}};
    for (const ClassProperty& property : model.instance_properties(i))
      shape.keys.push_back({std::string(property.name), property.timing});
    TSNode name = field(owner.info.node, "name");
    sink.add(std::move(shape), ts_node_is_null(name) ? owner.info.node : name);
  }
}

// `this.k = v` in a function's own body (arrows included: they keep its `this`).
Writes this_writes(const SyntaxTree& tree, TSNode function) {
  Writes writes;
  TSNode body = field(function, "body");
  if (ts_node_is_null(body)) return writes;
  walk(
      body,
      [&](TSNode node) {
        if ((is_function(node) && !is(node, "arrow_function")) || is(node, "class") || is(node, "class_declaration"))
          return false;  // a `this` of its own
        if (!is(node, "assignment_expression")) return true;
        TSNode left = field(node, "left");
        if (is(left, "member_expression") && is(field(left, "object"), "this") &&
            is(field(left, "property"), "property_identifier"))
          writes.emplace_back(tree.text(field(left, "property")), field(node, "right"));
        return true;
      },
      [](TSNode) {});
  return writes;
}

// Each name once, where it is first written; Always when some write (or an
// if/else pair of writes) runs on every path through the function.
std::vector<ShapeKey> constructor_keys(const SyntaxTree& tree, TSNode function) {
  Writes writes = this_writes(tree, function);
  std::vector<ShapeKey> keys;
  for (size_t i = 0; i < writes.size(); ++i) {
    std::string_view name = writes[i].first;
    if (std::any_of(keys.begin(), keys.end(), [&](const ShapeKey& key) { return key.name == name; })) continue;
    std::vector<TSNode> same;
    bool unconditional = false;
    for (size_t j = i; j < writes.size(); ++j) {
      if (writes[j].first != name) continue;
      same.push_back(writes[j].second);
      unconditional = unconditional || ts_node_is_null(condition_around(tree, writes[j].second, function));
    }
    unconditional = unconditional || set_on_both_branches(condition_around(tree, same.front(), function), same);
    keys.push_back({std::string(name), unconditional ? PropertyTiming::Always : PropertyTiming::Conditional});
  }
  return keys;
}

// `X.prototype.m = function () { this.k = v; }`: k is added after construction.
void add_prototype_writes(const SyntaxTree& tree, const Sightings& seen, std::string_view owner,
                          std::vector<ShapeKey>& keys) {
  for (const auto& [name, method] : seen.prototype_methods) {
    if (name != owner) continue;
    for (const auto& write : this_writes(tree, method)) {
      std::string_view property = write.first;  // clang 14 cannot capture a structured binding
      if (std::none_of(keys.begin(), keys.end(), [&](const ShapeKey& key) { return key.name == property; }))
        keys.push_back({std::string(property), PropertyTiming::Late});
    }
  }
}

void add_constructor_functions(const SyntaxTree& tree, const Sightings& seen, ShapeSink& sink) {
  for (const auto& [name, function] : seen.functions) {
    std::string_view owner = tree.text(name);
    if (!seen.constructed.contains(owner)) continue;
    ObjectShape shape{ShapeOrigin::Constructor, std::string(owner), constructor_keys(tree, function), false, {}};
    add_prototype_writes(tree, seen, owner, shape.keys);
    sink.add(std::move(shape), name);
  }
}

}  // namespace

bool ObjectShape::has(std::string_view key) const {
  return std::any_of(keys.begin(), keys.end(), [&](const ShapeKey& known) { return known.name == key; });
}

std::vector<ObjectShape> object_shapes(const SyntaxTree& tree, const KeyFilter* wanted) {
  ScopeModel scopes(tree);
  Sightings seen = walk_file(tree, scopes);
  ShapeSink sink(tree, wanted);
  add_literals(tree, scopes, seen, sink);
  add_classes(tree, scopes, sink);
  add_constructor_functions(tree, seen, sink);
  std::vector<ObjectShape> shapes = sink.take();
  std::stable_sort(shapes.begin(), shapes.end(),
                   [](const ObjectShape& a, const ObjectShape& b) { return a.location.start < b.location.start; });
  return shapes;
}

}  // namespace v8lint::join
