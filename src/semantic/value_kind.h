// What kind of JavaScript value an expression produces, as far as the syntax
// tells, and the arithmetic of combining kinds. Unknown means "could be
// anything": it never counts as a change.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace v8lint {

enum class ValueKind : uint8_t { Unknown, Number, String, Boolean, BigInt, Object, Array, Function, Null, Undefined };

std::string_view value_kind_name(ValueKind kind);    // "number", "string", ...
std::string_view value_kind_phrase(ValueKind kind);  // "a number", "an object", "null", ... for messages

// `a + b`: a string operand makes a string; numbers (and booleans, null,
// undefined, which convert to numbers) make a number; two bigints a bigint.
ValueKind plus_kind(ValueKind left, ValueKind right);
// `a - b`, `*`, `/`, `%`, `**`, bitwise: bigint if an operand is a bigint,
// number if an operand is known to be anything else (mixing throws), else unknown.
ValueKind arithmetic_kind(ValueKind left, ValueKind right);
// The kind of `x op= value` given the kind x holds before (Unknown if not known).
ValueKind compound_assignment_kind(std::string_view op, ValueKind before, ValueKind value);
// The kind of `-x`, `!x`, `typeof x` ...
ValueKind unary_kind(std::string_view op, ValueKind argument);
// The kind of `left op right` for a binary operator.
ValueKind binary_kind(std::string_view op, ValueKind left, ValueKind right);
// Whether binary_kind(op, ...) depends on the operand kinds: comparisons and
// `>>>` give one kind whatever the operands are, so they need not be looked up.
bool binary_kind_reads_operands(std::string_view op);
// What a call of an unshadowed global returns: `String(x)` (object empty) or
// `Math.floor(x)` (object "Math", name "floor"). Unknown for anything else.
ValueKind builtin_call_kind(std::string_view object, std::string_view name);

// Which kinds count when looking for a change. By default null and undefined
// mean "no value yet / no longer a value" and are ignored in both directions.
struct KindPolicy {
  bool null_is_a_kind = false;
  bool undefined_is_a_kind = false;

  // Options {"nullIsAKind": bool, "undefinedIsAKind": bool}; anything else keeps the default.
  static KindPolicy from_options(const nlohmann::json& options);
  bool counts(ValueKind kind) const;
};

struct KindChange {
  size_t baseline;  // index of the first value whose kind counts
  size_t changed;   // index of the first value of a different counted kind
};

// Over values in execution order: one change per distinct kind that differs
// from the baseline kind, at its first occurrence.
std::vector<KindChange> kind_changes(std::span<const ValueKind> kinds, KindPolicy policy);

}  // namespace v8lint
