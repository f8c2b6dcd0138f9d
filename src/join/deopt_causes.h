// The static cause of a type deopt: a `deopt` finding whose reason says a
// value or a map was not what optimized code assumed gets the static findings
// at or feeding its position (variable-type-change on an operand or on an
// argument that reaches it, property-type-change on a field it reads), as
// related locations both ways. See docs/join.md.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "join/argument_feeds.h"
#include "join/parsed_script.h"

namespace v8lint::join {

// "not a Smi", "not a Number (or Oddball)", "not a String", "not a heap
// number", "Insufficient type feedback ...", "wrong map", field
// representation and code dependency changes.
bool is_type_reason(std::string_view reason);

class DeoptCauses {
 public:
  explicit DeoptCauses(ScriptCache& scripts) : scripts_(scripts) {}
  void link(std::vector<Diagnostic>& trace_findings, std::vector<Diagnostic>& static_findings);

  static constexpr size_t kMaxCauses = 4;  // per deopt, in report order

 private:
  // What the code at a deopt position reads: operand names and property names.
  struct Reads {
    TSNode function{};
    std::vector<std::string> names;
    std::vector<std::string> properties;
  };
  // The static findings behind a deopt, and the non-integer number arguments
  // reaching its operands (no static rule reports those: the static pass has
  // one number kind, but they are what fails a "not a Smi" check).
  struct Explanation {
    std::vector<Diagnostic*> causes;
    std::vector<Location> doubles;
  };
  Reads reads_at(const ParsedScript& script, Position point) const;
  Explanation explain(const Diagnostic& deopt, std::vector<Diagnostic*>& candidates);
  const ArgumentFeeds& feeds(const ParsedScript& script);

  ScriptCache& scripts_;
  std::map<const ParsedScript*, std::unique_ptr<ArgumentFeeds>> feeds_;
};

}  // namespace v8lint::join
