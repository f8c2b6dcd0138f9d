#include "semantic/class_properties.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>

#include "semantic/binding_queries.h"
#include "semantic/construction_paths.h"

namespace v8lint {
namespace {

using Names = std::set<std::string_view>;

// Where a property is created, in the order the constructor runs: parameter
// properties, then fields, then its body, then the setup methods it calls.
enum class Step : uint8_t { Parameter, Field, Constructor, Setup, Later };

struct Creation {
  std::string_view name;
  Step step;
  PropertyTiming timing;
  TSNode write;
};

// `constructor(private x: number)`: a TS parameter property.
bool is_parameter_property(TSNode parameter) {
  if (!is(parameter, "required_parameter") && !is(parameter, "optional_parameter")) return false;
  uint32_t count = ts_node_child_count(parameter);
  for (uint32_t i = 0; i < count; ++i) {
    std::string_view k = kind(ts_node_child(parameter, i));
    if (k == "accessibility_modifier" || k == "readonly" || k == "override_modifier") return true;
  }
  return false;
}

// `this.reset();` as a statement of the constructor body: a method that
// creates properties with the constructor.
void add_setup_calls(const SyntaxTree& tree, TSNode constructor, Names& setup_methods) {
  TSNode body = field(constructor, "body");
  uint32_t count = ts_node_is_null(body) ? 0 : ts_node_named_child_count(body);
  for (uint32_t i = 0; i < count; ++i) {
    TSNode statement = ts_node_named_child(body, i);
    TSNode call = is(statement, "expression_statement") ? ts_node_named_child(statement, 0) : TSNode{};
    TSNode callee = is(call, "call_expression") ? field(call, "function") : TSNode{};
    if (is(callee, "member_expression") && is(field(callee, "object"), "this"))
      setup_methods.insert(tree.text(field(callee, "property")));
  }
}

// The class method a write is in: the innermost method_definition around it.
std::string_view method_of(const SyntaxTree& tree, TSNode write) {
  TSNode method = nearest_ancestor(write, [](TSNode up) { return is(up, "method_definition"); });
  return ts_node_is_null(method) ? std::string_view{} : tree.text(field(method, "name"));
}

// `Base` in `class A extends Base {`; empty for other heritages (`extends mixin(B)`),
// nullopt for a class that extends nothing.
std::optional<std::string_view> parent_name(const SyntaxTree& tree, TSNode class_node) {
  uint32_t count = ts_node_named_child_count(class_node);
  for (uint32_t i = 0; i < count; ++i) {
    TSNode heritage = ts_node_named_child(class_node, i);
    if (!is(heritage, "class_heritage")) continue;
    std::string_view text = tree.text(heritage);
    text.remove_prefix(std::min(text.find_first_not_of(" \t\n", text.find("extends") + 7), text.size()));
    size_t end = 0;
    while (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '_' || text[end] == '$'))
      ++end;
    return text.substr(0, end);
  }
  return std::nullopt;
}

// Collects one class's property writes, then settles each name's timing.
class ClassCollector {
 public:
  ClassCollector(const SyntaxTree& tree, const ClassInfo& info) : tree_(tree) {
    result_.info = info;
    TSNode body = field(info.node, "body");
    uint32_t count = ts_node_is_null(body) ? 0 : ts_node_named_child_count(body);
    for (uint32_t i = 0; i < count; ++i) {
      TSNode member = ts_node_named_child(body, i);
      if (!is(member, "method_definition")) continue;
      std::string_view name = tree.text(field(member, "name"));
      if (name == "constructor") {
        result_.constructor = member;
        add_setup_calls(tree, member, setup_methods_);
        add_parameter_properties(member);
      }
      result_.members.insert(name);
    }
  }

  void add(const PropertyWrite& write) {
    if (result_.members.contains(write.name)) return;
    if (write.source == PropertySource::FieldInitializer) {
      always(write.name, Step::Field, write.node);
    } else if (write.source == PropertySource::ConstructorAssignment) {
      if (ts_node_is_null(condition_around(tree_, write.node, result_.constructor)))
        always(write.name, Step::Constructor, write.node);
      else
        conditional_at(write.name).push_back(write.node);
    } else if (write.source == PropertySource::MethodAssignment &&
               setup_methods_.contains(method_of(tree_, write.node))) {
      always(write.name, Step::Setup, write.node);
    } else if (write.source == PropertySource::MethodAssignment && later_names_.insert(write.name).second) {
      later_.emplace_back(write.name, write.node);  // the first write of each name
    }
  }

  ClassProperties finish() {
    for (auto& [name, writes] : conditional_) {
      if (created_.contains(name)) continue;
      TSNode condition = condition_around(tree_, writes.front(), result_.constructor);
      bool every_path = set_on_both_branches(condition, writes);
      creations_.push_back({name, Step::Constructor, every_path ? PropertyTiming::Always : PropertyTiming::Conditional,
                            writes.front()});
      created_.insert(name);
    }
    for (auto& [name, write] : later_)
      if (!created_.contains(name)) creations_.push_back({name, Step::Later, PropertyTiming::Late, write});
    std::stable_sort(creations_.begin(), creations_.end(), [](const Creation& a, const Creation& b) {
      if (a.step != b.step) return a.step < b.step;
      return ts_node_start_byte(a.write) < ts_node_start_byte(b.write);
    });
    for (const Creation& creation : creations_)
      result_.properties.push_back({creation.name, creation.timing, creation.write});
    return std::move(result_);
  }

 private:
  void add_parameter_properties(TSNode constructor) {
    TSNode parameters = field(constructor, "parameters");
    uint32_t count = ts_node_is_null(parameters) ? 0 : ts_node_named_child_count(parameters);
    for (uint32_t i = 0; i < count; ++i) {
      TSNode parameter = ts_node_named_child(parameters, i);
      TSNode pattern = field(parameter, "pattern");
      if (is_parameter_property(parameter) && is(pattern, "identifier"))
        always(tree_.text(pattern), Step::Parameter, pattern);
    }
  }

  void always(std::string_view name, Step step, TSNode write) {
    if (created_.insert(name).second) creations_.push_back({name, step, PropertyTiming::Always, write});
  }

  std::vector<TSNode>& conditional_at(std::string_view name) {
    for (auto& [known, writes] : conditional_)
      if (known == name) return writes;
    return conditional_.emplace_back(name, std::vector<TSNode>{}).second;
  }

  const SyntaxTree& tree_;
  ClassProperties result_;
  Names setup_methods_;
  Names created_;
  std::vector<Creation> creations_;
  // In document order.
  std::vector<std::pair<std::string_view, std::vector<TSNode>>> conditional_;
  std::vector<std::pair<std::string_view, TSNode>> later_;
  Names later_names_;
};

int32_t find_class(const std::vector<ClassProperties>& classes, std::string_view name) {
  for (size_t i = 0; i < classes.size(); ++i)
    if (!name.empty() && classes[i].info.name == name) return static_cast<int32_t>(i);
  return kNone;
}

}  // namespace

ClassPropertyModel::ClassPropertyModel(const SyntaxTree& tree, const ScopeModel& scopes) {
  std::vector<ClassCollector> collectors;
  collectors.reserve(scopes.classes().size());
  for (const ClassInfo& info : scopes.classes()) collectors.emplace_back(tree, info);
  for (const PropertyWrite& write : scopes.properties())
    if (write.class_index != kNone) collectors[write.class_index].add(write);
  for (ClassCollector& collector : collectors) classes_.push_back(collector.finish());
  for (size_t i = 0; i < classes_.size(); ++i) {
    std::optional<std::string_view> parent = parent_name(tree, classes_[i].info.node);
    if (!parent) continue;
    int32_t found = find_class(classes_, *parent);
    classes_[i].parent_elsewhere = found == kNone;
    if (found != static_cast<int32_t>(i)) classes_[i].parent = found;
  }
}

std::vector<size_t> ClassPropertyModel::ancestors(size_t class_index) const {
  std::vector<size_t> chain;
  for (int32_t up = classes_[class_index].parent; up != kNone && chain.size() < classes_.size();
       up = classes_[up].parent) {
    if (static_cast<size_t>(up) == class_index) break;  // a cycle: `class A extends B`, `class B extends A`
    chain.push_back(static_cast<size_t>(up));
  }
  return chain;
}

bool ClassPropertyModel::inherited(size_t class_index, std::string_view name) const {
  for (size_t up : ancestors(class_index)) {
    const ClassProperties& ancestor = classes_[up];
    if (ancestor.members.contains(name)) return true;
    for (const ClassProperty& property : ancestor.properties)
      if (property.name == name && property.timing == PropertyTiming::Always) return true;
  }
  return false;
}

std::vector<ClassProperty> ClassPropertyModel::instance_properties(size_t class_index) const {
  std::vector<size_t> chain = ancestors(class_index);
  std::reverse(chain.begin(), chain.end());
  chain.push_back(class_index);
  std::vector<ClassProperty> properties;
  Names seen;
  for (size_t index : chain)
    for (const ClassProperty& property : classes_[index].properties)
      if (seen.insert(property.name).second) properties.push_back(property);
  return properties;
}

}  // namespace v8lint
