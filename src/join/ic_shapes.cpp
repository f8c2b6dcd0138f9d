#include "join/ic_shapes.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <variant>

#include "core/source_text.h"
#include "join/finding_properties.h"
#include "join/object_shapes.h"
#include "syntax/language.h"

namespace v8lint::join {
namespace {

// `x` from an IC finding's `keys` property "`x`"; nullopt for several keys and for element indices ("`0`").
std::optional<std::string> ic_key(const Diagnostic& finding) {
  for (const auto& [name, value] : finding.properties) {
    if (name != "keys" || !std::holds_alternative<std::string>(value)) continue;
    const std::string& text = std::get<std::string>(value);
    if (text.size() < 3 || text.front() != '`' || text.back() != '`') return std::nullopt;
    std::string key = text.substr(1, text.size() - 2);
    if (key.find('`') != std::string::npos) return std::nullopt;
    if (std::all_of(key.begin(), key.end(), [](char c) { return c >= '0' && c <= '9'; })) return std::nullopt;
    return key;
  }
  return std::nullopt;
}

bool is_identifier_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '$';
}

// `x` when a "wrong map" deopt sits on the name of a property access `o.x`:
// V8 places a property load at its name, and the map check that failed
// guards that load, so the shapes creating `x` are the maps it met. Read
// from the finding's line; nullopt when the line is not plain ASCII up to
// the position (its columns count UTF-16 units, the text bytes).
std::optional<std::string> wrong_map_key(const Diagnostic& finding) {
  const std::string* reason = text_property(finding, "reason");
  if (reason == nullptr || reason->find("wrong map") == std::string::npos) return std::nullopt;
  const Location& at = finding.location;
  if (at.start.column <= at.line_text_column) return std::nullopt;
  size_t offset = at.start.column - at.line_text_column;
  const std::string& line = at.line_text;
  if (offset >= line.size() || line[offset - 1] != '.') return std::nullopt;
  if (std::any_of(line.begin(), line.begin() + static_cast<std::ptrdiff_t>(offset),
                  [](char c) { return static_cast<unsigned char>(c) >= 0x80; }))
    return std::nullopt;
  size_t end = offset;
  while (end < line.size() && is_identifier_char(line[end])) ++end;
  if (end == offset || std::isdigit(static_cast<unsigned char>(line[offset])) != 0) return std::nullopt;
  return line.substr(offset, end - offset);
}

// The one named key a finding is about, when shapes can explain it.
std::optional<std::string> named_key(const Diagnostic& finding) {
  if (finding.rule_id == "megamorphic-ic" || finding.rule_id == "polymorphic-ic") return ic_key(finding);
  if (finding.rule_id == "deopt") return wrong_map_key(finding);
  return std::nullopt;
}

// The shapes in the scripts that have a wanted key, by script in the order
// given. Unreadable scripts have no shapes: the static pass reports them.
std::vector<ObjectShape> shapes_in(const std::vector<std::string>& scripts, const KeyFilter& wanted) {
  std::vector<ObjectShape> all;
  for (const std::string& path : scripts) {
    std::optional<Dialect> dialect = dialect_for_path(path);
    std::string bytes, error;
    if (!dialect || !read_file(path, bytes, error)) continue;
    SourceText source(path, std::move(bytes));
    SyntaxTree tree(source, *dialect);
    std::vector<ObjectShape> shapes = object_shapes(tree, &wanted);
    std::move(shapes.begin(), shapes.end(), std::back_inserter(all));
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

void attach_object_shapes(std::vector<Diagnostic>& diagnostics, const std::vector<std::string>& scripts) {
  KeyFilter wanted;
  for (const Diagnostic& finding : diagnostics)
    if (std::optional<std::string> key = named_key(finding)) wanted.insert(*key);
  if (wanted.empty()) return;
  std::vector<ObjectShape> all = shapes_in(scripts, wanted);
  for (Diagnostic& finding : diagnostics) {
    std::optional<std::string> key = named_key(finding);
    if (!key) continue;
    std::vector<const ObjectShape*> shapes = shapes_with(all, *key, finding.location.path);
    // One shape cannot fail a map check by shape alone (a field changing
    // representation can: property-type-change's cause), so a deopt needs two.
    size_t needed = finding.rule_id == "deopt" ? 2 : 1;
    if (shapes.size() >= needed) attach(finding, *key, shapes);
  }
}

}  // namespace v8lint::join
