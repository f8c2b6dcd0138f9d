#include "join/ic_shapes.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <variant>

#include "join/finding_properties.h"
#include "join/object_shapes.h"

namespace v8lint::join {
namespace {

// `0`: an element index, which no shape creates as a named property.
bool is_element_index(std::string_view key) {
  return std::all_of(key.begin(), key.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// `x` from an IC finding's `keys` property "`x`"; nullopt for several keys and for element indices ("`0`").
std::optional<std::string> ic_key(const Diagnostic& finding) {
  for (const auto& [name, value] : finding.properties) {
    if (name != "keys" || !std::holds_alternative<std::string>(value)) continue;
    const std::string& text = std::get<std::string>(value);
    if (text.size() < 3 || text.front() != '`' || text.back() != '`') return std::nullopt;
    std::string key = text.substr(1, text.size() - 2);
    if (key.find('`') != std::string::npos || is_element_index(key)) return std::nullopt;
    return key;
  }
  return std::nullopt;
}

// `x` when a "wrong map" deopt sits on a named property load (`o.x`, `o?.x`,
// `o["x"]`): the map check that failed guards that load, so the shapes
// creating `x` are the maps it met.
std::optional<std::string> wrong_map_key(const Diagnostic& finding, ScriptCache& parsed) {
  std::optional<std::string> reason = text_property(finding, "reason");
  if (!reason || reason->find("wrong map") == std::string::npos) return std::nullopt;
  const ParsedScript* script = parsed.get(finding.location.path);
  std::string_view key = script ? script->property_loaded_at(finding.location.start) : std::string_view();
  if (key.empty() || is_element_index(key)) return std::nullopt;
  return std::string(key);
}

// The one named key a finding is about, when shapes can explain it.
std::optional<std::string> named_key(const Diagnostic& finding, ScriptCache& parsed) {
  if (finding.rule_id == "megamorphic-ic" || finding.rule_id == "polymorphic-ic") return ic_key(finding);
  if (finding.rule_id == "deopt") return wrong_map_key(finding, parsed);
  return std::nullopt;
}

// The shapes in the scripts that have a wanted key, by script in the order
// given, located by the path given. Unreadable scripts have no shapes: the
// static pass reports them.
std::vector<ObjectShape> shapes_in(const std::vector<std::string>& scripts, ScriptCache& parsed, const KeyFilter& wanted) {
  std::vector<ObjectShape> all;
  for (const std::string& path : scripts) {
    const ParsedScript* script = parsed.get(path);
    if (script == nullptr) continue;
    for (ObjectShape& shape : object_shapes(script->tree(), &wanted)) {
      shape.location.path = path;  // the cache may have parsed it under another spelling
      all.push_back(std::move(shape));
    }
  }
  return all;
}

std::string key_list(const ObjectShape& shape) {
  std::string text = shape.open ? "…" : "";
  for (const ShapeKey& key : shape.keys) text.append(text.empty() ? "" : ", ").append(key.name);
  return "{" + text + "}";
}

// "`a`, `b`": the keys created with that timing.
std::string keys_with(const ObjectShape& shape, PropertyTiming timing) {
  std::string text;
  for (const ShapeKey& key : shape.keys)
    if (key.timing == timing) text.append(text.empty() ? "" : ", ").append("`" + key.name + "`");
  return text;
}

std::string creator(const ObjectShape& shape) {
  switch (shape.origin) {
    case ShapeOrigin::Class: return shape.name.empty() ? "an anonymous class" : "class `" + shape.name + "`";
    case ShapeOrigin::Constructor: return "`new " + shape.name + "`";
    case ShapeOrigin::Literal: break;
  }
  return "";
}

// The related location's message: "creates {y, x}", "class `Item` creates {id, tag, size}; `tag` ...".
std::string describe(const ObjectShape& shape) {
  std::string who = creator(shape);
  std::string text = (who.empty() ? "" : who + " ") + "creates " + key_list(shape);
  std::string conditional = keys_with(shape, PropertyTiming::Conditional);
  std::string late = keys_with(shape, PropertyTiming::Late);
  if (!conditional.empty()) text += "; " + conditional + " only on some constructor paths";
  if (!late.empty()) text += "; " + late + " added after creation";
  return text;
}

// Literals with the same keys share hidden classes: one shape. Each class
// and constructor function has hidden classes of its own.
std::vector<const ObjectShape*> distinct(const std::vector<const ObjectShape*>& shapes) {
  std::vector<const ObjectShape*> kept;
  std::set<std::string> literals_seen;
  for (const ObjectShape* shape : shapes) {
    if (shape->origin == ShapeOrigin::Literal && !literals_seen.insert(describe(*shape)).second) continue;
    kept.push_back(shape);
  }
  return kept;
}

bool complete_literal(const ObjectShape& shape) {
  return shape.origin == ShapeOrigin::Literal && !shape.open &&
         std::all_of(shape.keys.begin(), shape.keys.end(),
                     [](const ShapeKey& key) { return key.timing == PropertyTiming::Always; });
}

// "{x, y} and {y, x} differ only by key order: write the keys in one order", per set of keys.
std::vector<std::string> key_order_fixes(const std::vector<const ObjectShape*>& shapes) {
  std::map<std::vector<std::string>, std::vector<std::string>> orders;  // sorted keys -> the orders seen
  for (const ObjectShape* shape : shapes) {
    if (!complete_literal(*shape)) continue;
    std::vector<std::string> names;
    for (const ShapeKey& key : shape->keys) names.push_back(key.name);
    std::vector<std::string> sorted = names;
    std::sort(sorted.begin(), sorted.end());
    orders[sorted].push_back(key_list(*shape));
  }
  std::vector<std::string> fixes;
  for (const auto& [keys, seen] : orders) {
    if (seen.size() < 2) continue;
    std::string listed;
    for (size_t i = 0; i < seen.size(); ++i)
      listed += (i == 0 ? "" : i + 1 == seen.size() ? " and " : ", ") + seen[i];
    fixes.push_back(listed + " differ only by key order: write the keys in one order");
  }
  return fixes;
}

// A property set on only some constructor paths or added later splits one
// kind of object into two hidden classes that differ only by it.
std::vector<std::string> timing_fixes(const std::vector<const ObjectShape*>& shapes) {
  std::vector<std::string> fixes;
  for (const ObjectShape* shape : shapes) {
    std::string who = shape->origin == ShapeOrigin::Literal ? "the literal at line " +
                                                                  std::to_string(shape->location.start.line)
                                                            : creator(*shape);
    std::string conditional = keys_with(*shape, PropertyTiming::Conditional);
    std::string late = keys_with(*shape, PropertyTiming::Late);
    if (!conditional.empty())
      fixes.push_back(who + " sets " + conditional + " on only some paths: initialize " + conditional +
                      " in every constructor path");
    if (!late.empty())
      fixes.push_back(who + " gets " + late + " after creation: initialize " + late +
                      (shape->origin == ShapeOrigin::Literal ? " in the literal" : " in the constructor"));
  }
  return fixes;
}

std::string joined(const std::vector<std::string>& parts, std::string_view separator) {
  std::string text;
  for (const std::string& part : parts) text.append(text.empty() ? "" : separator).append(part);
  return text;
}

// The finding's own script first, then the others in the order given.
std::vector<const ObjectShape*> shapes_with(const std::vector<ObjectShape>& all, const std::string& key,
                                           const std::string& path) {
  std::vector<const ObjectShape*> found;
  for (const ObjectShape& shape : all)
    if (shape.has(key)) found.push_back(&shape);
  std::stable_partition(found.begin(), found.end(),
                        [&](const ObjectShape* shape) { return shape->location.path == path; });
  return distinct(found);
}

void attach(Diagnostic& finding, const std::string& key, const std::vector<const ObjectShape*>& shapes) {
  size_t listed = std::min(shapes.size(), kMaxListedShapes);
  for (size_t i = 0; i < listed; ++i) finding.related.push_back({shapes[i]->location, describe(*shapes[i])});
  std::vector<std::string> fixes = key_order_fixes(shapes);
  std::vector<std::string> more = timing_fixes(shapes);
  fixes.insert(fixes.end(), more.begin(), more.end());
  finding.message += "; statically, " + std::to_string(shapes.size()) +
                     (shapes.size() == 1 ? " object shape creates `" : " object shapes create `") + key + "`";
  if (listed < shapes.size())
    finding.message += " (" + std::to_string(listed) + " listed, " + std::to_string(shapes.size() - listed) + " more)";
  if (!fixes.empty()) finding.message += "; cheap fix: " + joined(fixes, "; ");
  finding.properties.emplace_back("shapes", static_cast<int64_t>(shapes.size()));
  finding.properties.emplace_back("cheap_fix", joined(fixes, "; "));
}

}  // namespace

void attach_object_shapes(std::vector<Diagnostic>& diagnostics, const std::vector<std::string>& scripts,
                          ScriptCache& parsed) {
  KeyFilter wanted;
  for (const Diagnostic& finding : diagnostics)
    if (std::optional<std::string> key = named_key(finding, parsed)) wanted.insert(*key);
  if (wanted.empty()) return;
  std::vector<ObjectShape> all = shapes_in(scripts, parsed, wanted);
  for (Diagnostic& finding : diagnostics) {
    std::optional<std::string> key = named_key(finding, parsed);
    if (!key) continue;
    std::vector<const ObjectShape*> shapes = shapes_with(all, *key, finding.location.path);
    // One shape cannot fail a map check by shape alone (a field changing
    // representation can: property-type-change's cause), so a deopt needs two.
    size_t needed = finding.rule_id == "deopt" ? 2 : 1;
    if (shapes.size() >= needed) attach(finding, *key, shapes);
  }
}

}  // namespace v8lint::join
