#include "join/deopt_causes.h"

#include <algorithm>
#include <array>
#include <filesystem>
#include <set>

#include "files/ignore_list.h"
#include "join/finding_properties.h"
#include "semantic/literal_kind.h"

namespace v8lint::join {
namespace {

constexpr std::array<std::string_view, 8> kTypeReasons = {
    "not a Smi",       "not a Number",  "not a String", "not a heap number", "Insufficient type feedback",
    "wrong map", "dependent field representation changed", "code dependencies"};

void add_unique(std::vector<std::string>& to, std::string_view text) {
  if (std::find(to.begin(), to.end(), text) == to.end()) to.emplace_back(text);
}

// Identifiers and property names inside `node`.
void collect_reads(const ParsedScript& script, TSNode node, std::vector<std::string>& names,
                   std::vector<std::string>& properties) {
  walk(
      node,
      [&](TSNode n) {
        if (is(n, "identifier")) add_unique(names, script.tree().text(n));
        if (std::string_view key = script.member_key(n); !key.empty()) add_unique(properties, key);
        return true;
      },
      [](TSNode) {});
}

// The properties a function reads, and those of the functions it calls by
// name, transitively: a dependency deopt throws away code with callees inlined.
std::vector<std::string> properties_read(const ParsedScript& script, TSNode function) {
  std::vector<std::string> names, properties;
  std::set<uint32_t> seen;
  std::vector<TSNode> pending = {function};
  while (!pending.empty()) {
    TSNode next = pending.back();
    pending.pop_back();
    if (ts_node_is_null(next) || !seen.insert(ts_node_start_byte(next)).second) continue;
    size_t known = names.size();
    collect_reads(script, next, names, properties);
    for (size_t i = known; i < names.size(); ++i) pending.push_back(script.function_named(names[i]));
  }
  return properties;
}

// Whether V8's value check named by a deopt reason rejects a literal of this
// kind: a string fails "not a Smi", `true` passes "not a Number or Oddball".
bool check_rejects(std::string_view reason, ValueKind kind, bool non_integer) {
  bool number = kind == ValueKind::Number;
  bool oddball = kind == ValueKind::Boolean || kind == ValueKind::Null || kind == ValueKind::Undefined;
  if (kind == ValueKind::Unknown) return false;
  if (reason.starts_with("not a Smi")) return !number || non_integer;
  if (reason.starts_with("not a Number or Oddball")) return !number && !oddball;
  if (reason.starts_with("not a Number") || reason.starts_with("not a heap number")) return !number;
  if (reason.starts_with("not a String")) return kind != ValueKind::String;
  return false;
}

std::string_view check_meaning(std::string_view reason) {
  return reason.starts_with("not a Smi") ? "not a small integer (Smi)" : reason;
}

// `line:col`, with the file name when the cause is in another file than the deopt.
std::string position_text(const Location& at, bool same_file) {
  std::string text = std::to_string(at.start.line) + ":" + std::to_string(at.start.column);
  if (same_file) return text;
  return std::filesystem::path(at.path).filename().string() + ":" + text;
}

void link_pair(Diagnostic& deopt, Diagnostic& cause, std::string_view reason, bool first) {
  std::string back = "V8 deoptimized optimized code here because of this (" + std::string(reason) + ")";
  deopt.related.push_back({cause.location, "likely cause (" + cause.rule_id + "): " + cause.message});
  if (first) {
    bool same_file = normal_absolute_path(cause.location.path) == normal_absolute_path(deopt.location.path);
    deopt.message += "; likely cause: " + cause.rule_id + " at " + position_text(cause.location, same_file);
    deopt.properties.emplace_back("cause_rule", cause.rule_id);
    deopt.properties.emplace_back("cause_line", int64_t{cause.location.start.line});
    deopt.properties.emplace_back("cause_column", int64_t{cause.location.start.column});
    if (!same_file) deopt.properties.emplace_back("cause_file", cause.location.path);
  }
  add_to_count(deopt, "causes");
  cause.related.push_back({deopt.location, std::move(back)});
  add_to_count(cause, "deopts_caused");
}

// The deopt's own file first, then the other files arguments come from.
std::vector<std::string> files_to_search(const std::string& own, const std::set<std::pair<std::string, Position>>& fed) {
  std::vector<std::string> paths = {own};
  for (const auto& [path, at] : fed) {
    if (std::find(paths.begin(), paths.end(), path) == paths.end()) paths.push_back(path);
  }
  return paths;
}

}  // namespace

bool is_type_reason(std::string_view reason) {
  return std::any_of(kTypeReasons.begin(), kTypeReasons.end(),
                     [&](std::string_view prefix) { return reason.starts_with(prefix); });
}

DeoptCauses::Reads DeoptCauses::reads_at(const ParsedScript& script, Position point) const {
  Reads reads;
  reads.function = script.function_at(point);
  if (!ts_node_is_null(reads.function) && script.is_function_position(reads.function, point)) {
    reads.properties = properties_read(script, reads.function);  // a dependency change: the whole function
    return reads;
  }
  TSNode expression = script.expression_at(point);
  if (!ts_node_is_null(expression)) collect_reads(script, expression, reads.names, reads.properties);
  return reads;
}

DeoptCauses::FedPositions DeoptCauses::feed_operands(const ParsedScript& script, const Reads& reads,
                                                    Explanation& explanation) {
  FedPositions fed;
  for (const std::string& name : reads.names) {
    for (const FedArgument& argument : feeds_.arguments_reaching(script, name, reads.function)) {
      const SourceText& source = argument.script->source();
      Location at = source.location(ts_node_start_byte(argument.node), ts_node_end_byte(argument.node));
      at.path = source.path();
      fed.emplace(normal_absolute_path(source.path()), at.start);
      ValueKind kind = literal_kind(argument.script->tree(), argument.node);
      if (kind != ValueKind::Unknown)
        explanation.literals.push_back({std::move(at), kind, is_non_integer_literal(argument.script->tree(), argument.node)});
    }
  }
  return fed;
}

DeoptCauses::Explanation DeoptCauses::explain(const Diagnostic& deopt, std::string_view reason,
                                              const FindingsByPath& static_by_path) {
  const ParsedScript* script = scripts_.get(deopt.location.path);
  if (script == nullptr) return {};
  Reads reads = reads_at(*script, deopt.location.start);
  Explanation explanation;
  FedPositions fed = feed_operands(*script, reads, explanation);
  // Doubles fail a Smi check before any other kind arrives: they, not a later
  // string, explain "not a Smi".
  bool doubles_explain = reason.starts_with("not a Smi") &&
                         std::any_of(explanation.literals.begin(), explanation.literals.end(),
                                     [](const FedLiteral& literal) { return literal.non_integer; });
  std::string own = normal_absolute_path(deopt.location.path);
  std::vector<Diagnostic*>& causes = explanation.causes;
  for (const std::string& path : files_to_search(own, fed)) {
    auto candidates = static_by_path.find(path);
    if (candidates == static_by_path.end()) continue;
    for (Diagnostic* candidate : candidates->second) {
      if (doubles_explain && candidate->rule_id == "variable-type-change") continue;
      std::optional<std::string> variable = text_property(*candidate, "variable");
      std::optional<std::string> property = text_property(*candidate, "property");
      bool same_file = path == own;
      bool feeds_operand =
          candidate->rule_id == "variable-type-change" && fed.contains({path, candidate->location.start});
      bool local_operand = same_file && candidate->rule_id == "variable-type-change" && variable &&
                           std::find(reads.names.begin(), reads.names.end(), *variable) != reads.names.end() &&
                           ts_node_eq(script->function_at(candidate->location.start), reads.function);
      bool field_read =
          same_file && candidate->rule_id == "property-type-change" && property &&
          std::find(reads.properties.begin(), reads.properties.end(), *property) != reads.properties.end();
      if ((feeds_operand || local_operand || field_read) && causes.size() < kMaxCauses) causes.push_back(candidate);
    }
  }
  // Literals the check rejects explain the deopt where no static finding does
  // (a literal passed straight to a function of another module has none).
  std::erase_if(explanation.literals, [&](const FedLiteral& literal) {
    if (doubles_explain) return !literal.non_integer;
    return !causes.empty() || !check_rejects(reason, literal.kind, literal.non_integer);
  });
  return explanation;
}

void DeoptCauses::link(std::vector<Diagnostic>& trace_findings, std::vector<Diagnostic>& static_findings) {
  FindingsByPath static_by_path;
  for (Diagnostic& d : static_findings) static_by_path[normal_absolute_path(d.location.path)].push_back(&d);
  for (Diagnostic& deopt : trace_findings) {
    std::optional<std::string> reason = text_property(deopt, "reason");
    if (deopt.rule_id != "deopt" || !reason || !is_type_reason(*reason)) continue;
    Explanation explanation = explain(deopt, *reason, static_by_path);
    for (size_t i = 0; i < explanation.causes.size(); ++i) link_pair(deopt, *explanation.causes[i], *reason, i == 0);
    for (FedLiteral& literal : explanation.literals) {
      std::string_view what = literal.non_integer ? "a non-integer number" : value_kind_phrase(literal.kind);
      std::string_view name = literal.non_integer ? "double" : value_kind_name(literal.kind);
      deopt.related.push_back({std::move(literal.at), std::string(what) + " reaches the operand from here: " +
                                                          std::string(check_meaning(*reason))});
      add_to_count(deopt, std::string(name) + "_arguments");
    }
  }
}

}  // namespace v8lint::join
