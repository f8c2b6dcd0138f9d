#include "semantic/value_kind.h"

#include <algorithm>
#include <array>
#include <utility>

namespace v8lint {
namespace {

bool is_numeric_like(ValueKind kind) {
  return kind == ValueKind::Number || kind == ValueKind::Boolean || kind == ValueKind::Null ||
         kind == ValueKind::Undefined;
}

bool is_comparison(std::string_view op) {
  static constexpr std::array<std::string_view, 10> ops = {"==", "!=", "===", "!==",        "<",
                                                           ">",  "<=", ">=",  "instanceof", "in"};
  return std::find(ops.begin(), ops.end(), op) != ops.end();
}

bool is_logical(std::string_view op) { return op == "&&" || op == "||" || op == "??"; }

// Either operand may be the result: only a kind both share is certain.
ValueKind common_kind(ValueKind a, ValueKind b) { return a == b ? a : ValueKind::Unknown; }

struct BuiltinCall {
  std::string_view object;  // empty: a global function
  std::string_view name;    // empty: every member of `object`
  ValueKind kind;
};

constexpr std::array kBuiltinCalls = {
    BuiltinCall{"", "String", ValueKind::String},
    BuiltinCall{"", "Number", ValueKind::Number},
    BuiltinCall{"", "parseInt", ValueKind::Number},
    BuiltinCall{"", "parseFloat", ValueKind::Number},
    BuiltinCall{"", "Boolean", ValueKind::Boolean},
    BuiltinCall{"", "BigInt", ValueKind::BigInt},
    BuiltinCall{"", "isNaN", ValueKind::Boolean},
    BuiltinCall{"", "isFinite", ValueKind::Boolean},
    BuiltinCall{"", "Array", ValueKind::Array},
    BuiltinCall{"", "encodeURIComponent", ValueKind::String},
    BuiltinCall{"", "decodeURIComponent", ValueKind::String},
    BuiltinCall{"", "encodeURI", ValueKind::String},
    BuiltinCall{"", "decodeURI", ValueKind::String},
    BuiltinCall{"Math", "", ValueKind::Number},
    BuiltinCall{"JSON", "stringify", ValueKind::String},
    BuiltinCall{"Array", "from", ValueKind::Array},
    BuiltinCall{"Array", "of", ValueKind::Array},
    BuiltinCall{"Array", "isArray", ValueKind::Boolean},
    BuiltinCall{"Date", "now", ValueKind::Number},
    BuiltinCall{"Date", "parse", ValueKind::Number},
    BuiltinCall{"Date", "UTC", ValueKind::Number},
    BuiltinCall{"performance", "now", ValueKind::Number},
    BuiltinCall{"Number", "parseInt", ValueKind::Number},
    BuiltinCall{"Number", "parseFloat", ValueKind::Number},
    BuiltinCall{"Number", "isInteger", ValueKind::Boolean},
    BuiltinCall{"Number", "isSafeInteger", ValueKind::Boolean},
    BuiltinCall{"Number", "isFinite", ValueKind::Boolean},
    BuiltinCall{"Number", "isNaN", ValueKind::Boolean},
    BuiltinCall{"Object", "keys", ValueKind::Array},
    BuiltinCall{"Object", "values", ValueKind::Array},
    BuiltinCall{"Object", "entries", ValueKind::Array},
    BuiltinCall{"Object", "is", ValueKind::Boolean},
    BuiltinCall{"String", "fromCharCode", ValueKind::String},
    BuiltinCall{"String", "fromCodePoint", ValueKind::String},
    BuiltinCall{"String", "raw", ValueKind::String},
    BuiltinCall{"BigInt", "asIntN", ValueKind::BigInt},
    BuiltinCall{"BigInt", "asUintN", ValueKind::BigInt},
};

}  // namespace

std::string_view value_kind_name(ValueKind kind) {
  switch (kind) {
    case ValueKind::Number: return "number";
    case ValueKind::String: return "string";
    case ValueKind::Boolean: return "boolean";
    case ValueKind::BigInt: return "bigint";
    case ValueKind::Object: return "object";
    case ValueKind::Array: return "array";
    case ValueKind::Function: return "function";
    case ValueKind::Null: return "null";
    case ValueKind::Undefined: return "undefined";
    case ValueKind::Unknown: break;
  }
  return "unknown";
}

std::string_view value_kind_phrase(ValueKind kind) {
  switch (kind) {
    case ValueKind::Number: return "a number";
    case ValueKind::String: return "a string";
    case ValueKind::Boolean: return "a boolean";
    case ValueKind::BigInt: return "a bigint";
    case ValueKind::Object: return "an object";
    case ValueKind::Array: return "an array";
    case ValueKind::Function: return "a function";
    case ValueKind::Null: return "null";
    case ValueKind::Undefined: return "undefined";
    case ValueKind::Unknown: break;
  }
  return "an unknown value";
}

ValueKind plus_kind(ValueKind left, ValueKind right) {
  if (left == ValueKind::String || right == ValueKind::String) return ValueKind::String;
  if (is_numeric_like(left) && is_numeric_like(right)) return ValueKind::Number;
  if (left == ValueKind::BigInt && right == ValueKind::BigInt) return ValueKind::BigInt;
  return ValueKind::Unknown;
}

ValueKind arithmetic_kind(ValueKind left, ValueKind right) {
  if (left == ValueKind::BigInt || right == ValueKind::BigInt) return ValueKind::BigInt;
  if (left == ValueKind::Unknown && right == ValueKind::Unknown) return ValueKind::Unknown;
  return ValueKind::Number;
}

ValueKind unary_kind(std::string_view op, ValueKind argument) {
  if (op == "!" || op == "delete") return ValueKind::Boolean;
  if (op == "typeof") return ValueKind::String;
  if (op == "void") return ValueKind::Undefined;
  if (op == "+") return ValueKind::Number;  // unary plus throws on a bigint
  // "-", "~", "++", "--" keep a bigint a bigint.
  if (argument == ValueKind::Unknown || argument == ValueKind::BigInt) return argument;
  return ValueKind::Number;
}

ValueKind binary_kind(std::string_view op, ValueKind left, ValueKind right) {
  if (op == "+") return plus_kind(left, right);
  if (is_comparison(op)) return ValueKind::Boolean;
  if (is_logical(op)) return common_kind(left, right);
  if (op == ">>>") return ValueKind::Number;  // throws on a bigint
  return arithmetic_kind(left, right);
}

bool binary_kind_reads_operands(std::string_view op) { return !is_comparison(op) && op != ">>>"; }

ValueKind compound_assignment_kind(std::string_view op, ValueKind before, ValueKind value) {
  if (op.size() < 2 || op.back() != '=') return ValueKind::Unknown;
  return binary_kind(op.substr(0, op.size() - 1), before, value);
}

ValueKind builtin_call_kind(std::string_view object, std::string_view name) {
  for (const BuiltinCall& call : kBuiltinCalls) {
    if (call.object == object && (call.name.empty() || call.name == name)) return call.kind;
  }
  return ValueKind::Unknown;
}

KindPolicy KindPolicy::from_options(const nlohmann::json& options) {
  KindPolicy policy;
  if (!options.is_object()) return policy;
  auto flag = [&](const char* key, bool fallback) {
    auto it = options.find(key);
    return it != options.end() && it->is_boolean() ? it->get<bool>() : fallback;
  };
  policy.null_is_a_kind = flag("nullIsAKind", policy.null_is_a_kind);
  policy.undefined_is_a_kind = flag("undefinedIsAKind", policy.undefined_is_a_kind);
  return policy;
}

bool KindPolicy::counts(ValueKind kind) const {
  if (kind == ValueKind::Null) return null_is_a_kind;
  if (kind == ValueKind::Undefined) return undefined_is_a_kind;
  return kind != ValueKind::Unknown;
}

std::vector<KindChange> kind_changes(std::span<const ValueKind> kinds, KindPolicy policy) {
  std::vector<KindChange> changes;
  auto baseline = std::find_if(kinds.begin(), kinds.end(), [&](ValueKind k) { return policy.counts(k); });
  if (baseline == kinds.end()) return changes;
  std::vector<ValueKind> reported;
  for (auto it = baseline + 1; it != kinds.end(); ++it) {
    if (!policy.counts(*it) || *it == *baseline) continue;
    if (std::find(reported.begin(), reported.end(), *it) != reported.end()) continue;
    reported.push_back(*it);
    changes.push_back(
        KindChange{static_cast<size_t>(baseline - kinds.begin()), static_cast<size_t>(it - kinds.begin())});
  }
  return changes;
}

}  // namespace v8lint
