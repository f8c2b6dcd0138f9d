#include "rules/mixed_array_elements.h"

#include <cctype>
#include <cmath>
#include <cstdlib>
#include <optional>
#include <string>
#include <unordered_map>

#include "semantic/binding_queries.h"
#include "semantic/call_shape.h"

namespace v8lint {
namespace {

// V8's elements kinds, in the only direction they move.
enum class ElementsKind : uint8_t { Unknown, Smi, Double, Generic };

std::string_view kind_label(ElementsKind kind) {
  switch (kind) {
    case ElementsKind::Smi: return "a small integer";
    case ElementsKind::Double: return "a double";
    case ElementsKind::Generic: return "a non-number";
    case ElementsKind::Unknown: break;
  }
  return "a value";
}

std::string_view elements_name(ElementsKind kind) { return kind == ElementsKind::Double ? "DOUBLE" : "generic"; }

// Smis are 31-bit with pointer compression (V8's default on 64-bit Node).
constexpr double kSmiLimit = 1073741824.0;  // 2^30

ElementsKind number_kind(std::string_view text) {
  std::string digits;
  for (char c : text)
    if (c != '_') digits += c;
  bool radix = digits.size() > 1 && digits[0] == '0' && std::isalpha(static_cast<unsigned char>(digits[1]));
  if (digits.ends_with('n')) return ElementsKind::Generic;  // BigInt
  double value = radix ? static_cast<double>(std::strtoull(digits.c_str() + 2, nullptr,
                                                           digits[1] == 'x' || digits[1] == 'X' ? 16
                                                           : digits[1] == 'o' || digits[1] == 'O' ? 8 : 2))
                       : std::strtod(digits.c_str(), nullptr);
  bool integral = std::floor(value) == value && std::abs(value) < kSmiLimit;
  return integral ? ElementsKind::Smi : ElementsKind::Double;
}

ElementsKind literal_kind(const SyntaxTree& tree, TSNode value) {
  std::string_view k = kind(value);
  if (k == "number") return number_kind(tree.text(value));
  if (k == "unary_expression" && tree.text(field(value, "operator")) == "-") {
    TSNode argument = unparenthesized(field(value, "argument"));
    if (!is(argument, "number")) return ElementsKind::Unknown;
    ElementsKind magnitude = number_kind(tree.text(argument));
    return tree.text(argument) == "0" ? ElementsKind::Double : magnitude;  // -0 is a double
  }
  if (k == "string" || k == "template_string" || k == "object" || k == "array" || k == "true" || k == "false" ||
      k == "null" || k == "regex" || k == "function_expression" || k == "arrow_function" || k == "class" ||
      k == "new_expression")
    return ElementsKind::Generic;
  return ElementsKind::Unknown;
}

// A literal, or a `const` holding one (`const HALF = 0.5`).
ElementsKind element_kind(const SyntaxTree& tree, const BindingIndex& index, TSNode value) {
  value = unparenthesized(value);
  if (is(value, "identifier")) {
    if (tree.text(value) == "NaN" || tree.text(value) == "Infinity") return ElementsKind::Double;
    TSNode held = index.sole_value(index.binding_of(value));
    return ts_node_is_null(held) || is(held, "identifier") ? ElementsKind::Unknown : literal_kind(tree, held);
  }
  return literal_kind(tree, value);
}

// One widening of an array's elements kind: the value that caused it and the kind before.
struct Widening {
  TSNode value{};
  ElementsKind from = ElementsKind::Unknown;
  ElementsKind to = ElementsKind::Unknown;
};

// Follows one array's elements kind and remembers its first known value.
class KindTracker {
 public:
  // The widening this value causes, if it is the first one worth reporting.
  std::optional<Widening> add(TSNode value, ElementsKind kind, bool reportable) {
    if (kind == ElementsKind::Unknown) return std::nullopt;
    if (current_ == ElementsKind::Unknown) {
      current_ = first_ = kind;
      first_value_ = value;
      return std::nullopt;
    }
    if (kind <= current_) return std::nullopt;
    Widening widening{value, current_, kind};
    current_ = kind;
    if (!reportable || reported_) return std::nullopt;
    reported_ = true;
    return widening;
  }
  ElementsKind first() const { return first_; }
  TSNode first_value() const { return first_value_; }

 private:
  ElementsKind first_ = ElementsKind::Unknown;
  ElementsKind current_ = ElementsKind::Unknown;
  TSNode first_value_{};
  bool reported_ = false;
};

std::string_view from_name(ElementsKind kind) { return kind == ElementsKind::Smi ? "SMI" : "DOUBLE"; }

void report_widening(RuleContext& context, const KindTracker& tracker, const Widening& widening) {
  context.report(widening.value,
                 std::string(kind_label(widening.to)) + " here moves the array from " +
                     std::string(from_name(widening.from)) + " to " + std::string(elements_name(widening.to)) +
                     " elements, for good; keep one kind of value per array",
                 {context.related(tracker.first_value(), "the array starts with " +
                                                             std::string(kind_label(tracker.first())) + " here")});
}

// Option {"literals": true}: also report literals that mix numbers with other
// values. Off by default: a literal is created with its final kind (no
// transition happens), and such literals are mostly tuples and constant lists.
bool reports_literals(const nlohmann::json& options) {
  auto it = options.is_object() ? options.find("literals") : options.end();
  return it != options.end() && it->is_boolean() && it->get<bool>();
}

}  // namespace

void MixedArrayElements::on_node(RuleContext& context, TSNode node) {
  if (is(node, "array")) {
    literals_.push_back(node);
  } else if (is(node, "call_expression")) {
    TSNode array = push_receiver(context.tree(), node);
    if (ts_node_is_null(array)) return;
    TSNode arguments = call_parts(node).arguments;
    for (uint32_t i = 0; i < ts_node_named_child_count(arguments); ++i)
      additions_.push_back(Addition{array, ts_node_named_child(arguments, i)});
  } else {
    TSNode left = unparenthesized(field(node, "left"));
    if (is(left, "subscript_expression") && !ts_node_is_null(object_identifier(left)) &&
        !is(unparenthesized(field(left, "index")), "string"))
      additions_.push_back(Addition{object_identifier(left), field(node, "right")});
  }
}

void MixedArrayElements::on_file_end(RuleContext& context) {
  const SyntaxTree& tree = context.tree();
  const BindingIndex& index = context.model().bindings();
  bool literals = reports_literals(context.options());
  std::unordered_map<uint32_t, KindTracker> by_array;  // array literal start byte -> its kinds so far
  for (TSNode literal : literals_) {
    KindTracker& tracker = by_array[ts_node_start_byte(literal)];
    for_each_child(literal, Children::Named, [&](TSNode element) {
      ElementsKind kind = element_kind(tree, index, element);
      // A literal is created with its widest kind at once: a mix of small integers
      // and doubles is simply a DOUBLE array, which suits numbers.
      auto widening = tracker.add(element, kind, kind == ElementsKind::Generic && literals);
      if (widening) report_widening(context, tracker, *widening);
      return true;
    });
  }
  for (const Addition& addition : additions_) {
    TSNode created = index.sole_value(index.binding_of(addition.array));
    if (!is(created, "array")) continue;
    KindTracker& tracker = by_array[ts_node_start_byte(created)];
    auto widening = tracker.add(addition.value, element_kind(tree, index, addition.value), true);
    if (widening) report_widening(context, tracker, *widening);
  }
}

}  // namespace v8lint
