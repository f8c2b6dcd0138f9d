// The static cause of a type deopt: a `deopt` finding whose reason says a
// value or a map was not what optimized code assumed gets the static findings
// at or feeding its position (variable-type-change on an operand or on an
// argument that reaches it, property-type-change on a field it reads), as
// related locations both ways. See docs/join.md.
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "join/argument_feeds.h"
#include "join/parsed_script.h"
#include "semantic/value_kind.h"

namespace v8lint::join {

// "not a Smi", "not a Number (or Oddball)", "not a String", "not a heap
// number", "Insufficient type feedback ...", "wrong map", field
// representation and code dependency changes.
bool is_type_reason(std::string_view reason);

class DeoptCauses {
 public:
  // `modules`: the traced scripts, searched for calls of exported functions.
  DeoptCauses(ScriptCache& scripts, std::vector<std::string> modules)
      : scripts_(scripts), feeds_(scripts, std::move(modules)) {}
  void link(std::vector<Diagnostic>& trace_findings, std::vector<Diagnostic>& static_findings);

  static constexpr size_t kMaxCauses = 4;  // per deopt, in report order

 private:
  // What the code at a deopt position reads: operand names and property names.
  struct Reads {
    TSNode function{};
    std::vector<std::string> names;
    std::vector<std::string> properties;
  };
  // A literal argument reaching an operand.
  struct FedLiteral {
    Location at;
    ValueKind kind;
    bool non_integer;  // `0.5`: a number V8 cannot keep as a Smi
  };
  // The static findings behind a deopt, and the literal arguments reaching its
  // operands that the failed check rejects: non-integer numbers for "not a
  // Smi" (the static pass has one number kind, so no rule reports them), and
  // any rejected literal where no static finding explains the deopt.
  struct Explanation {
    std::vector<Diagnostic*> causes;
    std::vector<FedLiteral> literals;
  };
  // Static findings by normalized absolute path.
  using FindingsByPath = std::map<std::string, std::vector<Diagnostic*>>;
  // The argument positions (normalized path, position) reaching the operands.
  using FedPositions = std::set<std::pair<std::string, Position>>;

  Reads reads_at(const ParsedScript& script, Position point) const;
  Explanation explain(const Diagnostic& deopt, std::string_view reason, const FindingsByPath& static_by_path);
  FedPositions feed_operands(const ParsedScript& script, const Reads& reads, Explanation& explanation);

  ScriptCache& scripts_;
  ArgumentFeeds feeds_;
};

}  // namespace v8lint::join
