#include "join/object_shapes.h"

#include <algorithm>
#include <map>
#include <set>

#include "semantic/construction_paths.h"
#include "semantic/function_model.h"
#include "semantic/literal_keys.h"
#include "semantic/scope_model.h"

namespace v8lint::join {
namespace {

Location location_of(const SyntaxTree& tree, TSNode node) {
  return tree.source().location(ts_node_start_byte(node), ts_node_end_byte(node));
}

// What one walk over the file finds, besides the scope model it feeds.
struct Sightings {
  std::vector<TSNode> literals;
  std::set<std::string_view> constructed;           // `X` in `new X(...)`
  std::vector<std::pair<TSNode, TSNode>> functions;  // (name, function) of declared and assigned functions
};

void note_function(const SyntaxTree& tree, TSNode node, Sightings& seen) {
  if (is(node, "function_declaration")) {
    seen.functions.emplace_back(field(node, "name"), node);
  } else if (is(node, "variable_declarator")) {
    TSNode value = unparenthesized(field(node, "value"));
    if (is(value, "function_expression") && is(field(node, "name"), "identifier"))
      seen.functions.emplace_back(field(node, "name"), value);
  } else if (is(node, "new_expression")) {
    TSNode callee = field(node, "constructor");
    if (is(callee, "identifier")) seen.constructed.insert(tree.text(callee));
  }
}

Sightings walk_file(const SyntaxTree& tree, ScopeModel& scopes) {
  Sightings seen;
  walk(
      tree.root(),
      [&](TSNode node) {
        scopes.enter(node);
        if (is(node, "object")) seen.literals.push_back(node);
        else note_function(tree, node, seen);
        return true;
      },
      [&](TSNode node) { scopes.leave(node); });
  scopes.finish();
  return seen;
}

std::vector<ShapeKey> keys_of(const std::vector<std::string_view>& names, PropertyTiming timing) {
  std::vector<ShapeKey> keys;
  for (std::string_view name : names) keys.push_back({std::string(name), timing});
  return keys;
}

void add_literals(const SyntaxTree& tree, const ScopeModel& scopes, const Sightings& seen,
                  std::vector<ObjectShape>& shapes) {
  std::map<uint32_t, std::vector<std::string_view>> added;  // literal start byte -> names added later, once each
  for (const LiteralAdd& add : properties_added_to_literals(tree, scopes)) {
    std::vector<std::string_view>& names = added[ts_node_start_byte(add.literal)];
    if (std::find(names.begin(), names.end(), add.name) == names.end()) names.push_back(add.name);
  }
  for (TSNode literal : seen.literals) {
    LiteralKeys written = literal_keys(tree, literal);
    ObjectShape shape{ShapeOrigin::Literal, "", keys_of(written.keys, PropertyTiming::Always), written.open,
                      location_of(tree, literal)};
    auto late = added.find(ts_node_start_byte(literal));
    if (late != added.end()) {
      std::vector<ShapeKey> more = keys_of(late->second, PropertyTiming::Late);
      shape.keys.insert(shape.keys.end(), more.begin(), more.end());
    }
    if (!shape.keys.empty()) shapes.push_back(std::move(shape));
  }
}

bool open_ancestry(const ClassPropertyModel& model, size_t index) {
  for (int32_t up = static_cast<int32_t>(index), steps = 0; up != kNone && steps <= static_cast<int32_t>(model.classes().size());
       up = model.classes()[up].parent, ++steps)
    if (model.classes()[up].parent_elsewhere) return true;
  return false;
}

void add_classes(const SyntaxTree& tree, const ScopeModel& scopes, std::vector<ObjectShape>& shapes) {
  ClassPropertyModel model(tree, scopes);
  for (size_t i = 0; i < model.classes().size(); ++i) {
    const ClassProperties& owner = model.classes()[i];
    ObjectShape shape{ShapeOrigin::Class, std::string(owner.info.name), {}, open_ancestry(model, i), {}};
    for (const ClassProperty& property : model.instance_properties(i))
      shape.keys.push_back({std::string(property.name), property.timing});
    TSNode name = field(owner.info.node, "name");
    shape.location = location_of(tree, ts_node_is_null(name) ? owner.info.node : name);
    if (!shape.keys.empty()) shapes.push_back(std::move(shape));
  }
}

// `this.k = v` in a constructor function's own body (arrows included: they keep its `this`).
std::vector<std::pair<std::string_view, TSNode>> this_writes(const SyntaxTree& tree, TSNode function) {
  std::vector<std::pair<std::string_view, TSNode>> writes;
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
  std::vector<std::pair<std::string_view, TSNode>> writes = this_writes(tree, function);
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

void add_constructor_functions(const SyntaxTree& tree, const Sightings& seen, std::vector<ObjectShape>& shapes) {
  for (const auto& [name, function] : seen.functions) {
    if (!seen.constructed.contains(tree.text(name))) continue;
    ObjectShape shape{ShapeOrigin::Constructor, std::string(tree.text(name)), constructor_keys(tree, function), false,
                      location_of(tree, name)};
    if (!shape.keys.empty()) shapes.push_back(std::move(shape));
  }
}

}  // namespace

bool ObjectShape::has(std::string_view key) const {
  return std::any_of(keys.begin(), keys.end(), [&](const ShapeKey& known) { return known.name == key; });
}

std::vector<ObjectShape> object_shapes(const SyntaxTree& tree) {
  ScopeModel scopes(tree);
  Sightings seen = walk_file(tree, scopes);
  std::vector<ObjectShape> shapes;
  add_literals(tree, scopes, seen, shapes);
  add_classes(tree, scopes, shapes);
  add_constructor_functions(tree, seen, shapes);
  std::stable_sort(shapes.begin(), shapes.end(),
                   [](const ObjectShape& a, const ObjectShape& b) { return a.location.start < b.location.start; });
  return shapes;
}

}  // namespace v8lint::join
