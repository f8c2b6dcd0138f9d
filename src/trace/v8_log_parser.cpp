#include "trace/v8_log_parser.h"

#include <array>

#include "trace/log_text.h"

namespace v8lint::trace {
namespace {

// Events a V8 log may hold that the trace pass does not need; recognised
// from the name alone, before splitting (map-details lines are long). The
// most frequent come first: with --log-maps most lines are map events.
constexpr std::array<std::string_view, 28> kIgnoredEvents = {
    "map-details", "map", "map-create", "code-source-info", "new", "delete", "sfi-move", "map-move",
    "tick", "v8-version", "v8-platform", "heap-capacity", "heap-available", "scavenge", "markcompact",
    "shared-library", "shared-library-end", "profiler", "timer-event", "timer-event-start", "timer-event-end",
    "current-time", "function", "compilation-cache", "script", "feedback-vector", "code-disassemble",
    "snapshot-code-name"};

bool is_ignored_event(std::string_view name) {
  for (std::string_view ignored : kIgnoredEvents) {
    if (name == ignored) return true;
  }
  return name == "active-runtime-timer" || name == "code-moving-gc" || name == "api" || name.starts_with("heap-") ||
         name.starts_with("debug-");
}

bool is_js_tag(std::string_view tag) {
  return tag == "JS" || tag == "LazyCompile" || tag == "Function" || tag == "Script" || tag == "Eval";
}

bool is_state(std::string_view field) {
  return field.size() == 1 && std::string_view("X0.1^PNDG").find(field[0]) != std::string_view::npos;
}

bool is_hex(std::string_view field) { return field.starts_with("0x") && parse_address(field).has_value(); }

// V8 12+ prefixes on-stack-replaced code with "o" and suffixes
// context-specialized code with "'": "o*", "+'".
Tier tier_of_marker(std::string_view marker) {
  if (marker.size() > 1 && marker.front() == 'o') marker.remove_prefix(1);
  if (marker.size() > 1 && marker.back() == '\'') marker.remove_suffix(1);
  if (marker == "^") return Tier::Sparkplug;
  if (marker == "+") return Tier::Maglev;
  if (marker == "*" || marker == "-") return Tier::Turbofan;
  return Tier::Interpreted;
}

LineOutcome malformed(std::string& problem, const char* what) {
  problem = what;
  return LineOutcome::Malformed;
}

}  // namespace

std::string_view tier_name(Tier tier) {
  switch (tier) {
    case Tier::Interpreted: return "ignition";
    case Tier::Sparkplug: return "sparkplug";
    case Tier::Maglev: return "maglev";
    case Tier::Turbofan: return "turbofan";
    case Tier::Other: break;
  }
  return "other";
}

bool is_ic_event_name(std::string_view name) {
  if (name.starts_with("Keyed")) name.remove_prefix(5);
  return name == "LoadIC" || name == "StoreIC" || name == "LoadGlobalIC" || name == "StoreGlobalIC" ||
         name == "StoreInArrayLiteralIC" || name == "DefineKeyedOwnIC" || name == "DefineNamedOwnIC" ||
         name == "HasIC";
}

LineOutcome V8LogParser::parse(std::string_view line, std::string& problem) {
  std::string_view name = line.substr(0, line.find(','));
  if (name.empty() && line.empty()) return LineOutcome::Ignored;
  if (is_ignored_event(name)) return LineOutcome::Ignored;
  line_ = line;
  split_fields(line, fields_);
  if (name == "code-creation") return code_creation(problem);
  if (is_ic_event_name(name)) return ic(problem);
  if (name == "code-deopt") return deopt(problem);
  if (name == "code-move") return code_move(problem);
  if (name == "code-delete") return code_delete(problem);
  if (name == "code-disable-optimization") return disable_optimization(problem);
  if (name == "script-source") return script(true, problem);
  if (name == "script-details") return script(false, problem);
  problem = "unknown event `" + std::string(name.substr(0, 40)) + "`";
  return LineOutcome::UnknownEvent;
}

std::string_view V8LogParser::rest_from(size_t first) const {
  if (first >= fields_.size()) return {};
  size_t begin = static_cast<size_t>(fields_[first].data() - line_.data());
  return line_.substr(begin);
}

// code-creation,<tag>,<kind>,<time>,<start>,<size>,<name>[,<sfi>,<marker>]
// (V8 < 6.x wrote no <time>; then <start> is the fourth field.)
LineOutcome V8LogParser::code_creation(std::string& problem) {
  if (fields_.size() < 6) return malformed(problem, "code-creation with too few fields");
  size_t start_at = is_hex(fields_[4]) ? 4 : 3;
  auto start = parse_address(fields_[start_at]);
  auto size = parse_int(fields_[start_at + 1]);
  bool numbers_ok = parse_int(fields_[2]) && (start_at == 3 || parse_int(fields_[3]));
  if (!numbers_ok || !start || !size || *size < 0) return malformed(problem, "code-creation with a bad kind/time/address/size");
  CodeCreation event;
  event.start = *start;
  event.size = static_cast<uint64_t>(*size);
  event.is_js = is_js_tag(fields_[1]);
  size_t name_at = start_at + 2;
  size_t name_end = fields_.size();  // one past the name's last field
  if (event.is_js && fields_.size() >= name_at + 3 && is_hex(fields_[fields_.size() - 2])) {
    std::string_view marker = fields_.back();
    event.tier = tier_of_marker(marker);
    event.optimization_disabled = marker.empty();
    name_end = fields_.size() - 2;
  } else if (event.is_js) {
    event.tier = Tier::Interpreted;
  }
  if (name_at < name_end) {
    std::string_view first = fields_[name_at];
    std::string_view last = fields_[name_end - 1];
    event.name = std::string_view(first.data(), static_cast<size_t>(last.data() + last.size() - first.data()));
  }
  listener_.on_code_creation(event);
  return LineOutcome::Used;
}

// <type>,<pc>[,<time>],<line>,<column>,<old>,<new>,<map>,<key>,<modifier>,<slow reason>
// The time field arrived in V8 8.6; the map field (always hex) tells the layouts apart.
LineOutcome V8LogParser::ic(std::string& problem) {
  size_t line_at;
  if (fields_.size() >= 10 && is_state(fields_[5]) && is_state(fields_[6]) && is_hex(fields_[7])) {
    line_at = 3;
  } else if (fields_.size() >= 9 && is_state(fields_[4]) && is_state(fields_[5]) && is_hex(fields_[6])) {
    line_at = 2;
  } else {
    return malformed(problem, "IC event in no known layout");
  }
  auto pc = parse_address(fields_[1]);
  auto line = parse_int(fields_[line_at]);
  auto column = parse_int(fields_[line_at + 1]);
  if (!pc || !line || !column) return malformed(problem, "IC event with a bad pc/line/column");
  IcEvent event;
  event.type = fields_[0];
  event.pc = *pc;
  event.line = *line;
  event.column = *column;
  event.old_state = fields_[line_at + 2][0];
  event.new_state = fields_[line_at + 3][0];
  event.map = parse_address(fields_[line_at + 4]).value_or(0);
  event.key = fields_[line_at + 5];
  listener_.on_ic(event);
  return LineOutcome::Used;
}

// code-deopt,<time>,<size>,<start>,<inlining id>,<script offset>,<kind>,<location>,<reason>
LineOutcome V8LogParser::deopt(std::string& problem) {
  if (fields_.size() < 9) return malformed(problem, "code-deopt with too few fields");
  auto start = parse_address(fields_[3]);
  if (!start) return malformed(problem, "code-deopt without a code address");
  DeoptEvent event;
  event.code_start = *start;
  event.kind = fields_[6];
  event.location = fields_[7];
  event.reason = rest_from(8);
  listener_.on_deopt(event);
  return LineOutcome::Used;
}

LineOutcome V8LogParser::code_move(std::string& problem) {
  auto from = fields_.size() >= 3 ? parse_address(fields_[1]) : std::nullopt;
  auto to = fields_.size() >= 3 ? parse_address(fields_[2]) : std::nullopt;
  if (!from || !to) return malformed(problem, "code-move without two addresses");
  listener_.on_code_move(*from, *to);
  return LineOutcome::Used;
}

LineOutcome V8LogParser::code_delete(std::string& problem) {
  auto start = fields_.size() >= 2 ? parse_address(fields_[1]) : std::nullopt;
  if (!start) return malformed(problem, "code-delete without an address");
  listener_.on_code_delete(*start);
  return LineOutcome::Used;
}

// code-disable-optimization,<function name>,<bailout reason>
LineOutcome V8LogParser::disable_optimization(std::string& problem) {
  if (fields_.size() < 3) return malformed(problem, "code-disable-optimization with too few fields");
  listener_.on_disable_optimization(fields_[1], rest_from(2));
  return LineOutcome::Used;
}

// script-source,<id>,<name>,<source>   script-details,<id>,<name>,<line>,<column>,<source map>
LineOutcome V8LogParser::script(bool with_source, std::string& problem) {
  auto id = fields_.size() >= 3 ? parse_int(fields_[1]) : std::nullopt;
  if (!id) return malformed(problem, "script event without an id");
  if (with_source) {
    listener_.on_script(*id, decoded(fields_[2]), decoded(rest_from(3)), std::string());
  } else {
    listener_.on_script(*id, decoded(fields_[2]), std::string(),
                        fields_.size() >= 6 ? decoded(rest_from(5)) : std::string());
  }
  return LineOutcome::Used;
}

}  // namespace v8lint::trace
