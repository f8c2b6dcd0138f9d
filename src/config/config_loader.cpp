#include "config/config_loader.h"

#include <algorithm>

#include "config/json_lines.h"
#include "config/jsonc.h"
#include "core/source_text.h"

namespace v8lint {
namespace {

using nlohmann::json;
using Pointer = json::json_pointer;

constexpr size_t kMaxNesting = 64;  // far beyond any real configuration's options

// Turns the JSON document into a Config, stopping at the first schema error.
class ConfigReader {
 public:
  ConfigReader(const std::string& path, const JsonLines& lines, const RuleIdFilter& known_rule, ConfigError& error)
      : path_(path), lines_(lines), known_rule_(known_rule), error_(error) {}

  bool read(const json& document, Config& out) {
    if (!document.is_object()) return fail(Pointer(), "the configuration must be a JSON object");
    for (const auto& [key, value] : document.items()) {
      Pointer at = Pointer() / key;
      bool ok = key == "$schema"          ? value.is_string() || fail(at, "\"$schema\" must be a string")
                : key == "rules"          ? read_rules(value, at, out.rules)
                : key == "ignorePatterns" ? read_strings(value, at, out.ignore_patterns)
                : key == "hot"            ? read_hot(value, at, out.hot)
                                          : fail(at, "unknown key \"" + key + "\" (expected rules, ignorePatterns, hot)");
      if (!ok) return false;
    }
    return true;
  }

 private:
  bool fail(const Pointer& at, std::string message) {
    error_ = {path_, lines_.line_of(at), std::move(message)};
    return false;
  }

  bool read_rules(const json& rules, const Pointer& at, std::map<std::string, RuleSetting>& out) {
    if (!rules.is_object()) return fail(at, "\"rules\" must be an object of rule id -> level");
    for (const auto& [id, value] : rules.items()) {
      if (!known_rule_(id)) return fail(at / id, "unknown rule \"" + id + "\"");
      if (!read_setting(value, at / id, out[id])) return false;
    }
    return true;
  }

  // "level" or [level] or [level, {options}].
  bool read_setting(const json& value, const Pointer& at, RuleSetting& out) {
    const json* level = &value;
    if (value.is_array()) {
      if (value.empty() || value.size() > 2) return fail(at, "a rule setting array must be [level] or [level, {options}]");
      level = &value[0];
      if (value.size() == 2) {
        if (!value[1].is_object()) return fail(at / 1, "rule options must be an object");
        out.options = value[1];
      }
    }
    std::optional<Severity> severity = level->is_string() ? parse_severity(level->get<std::string>()) : std::nullopt;
    if (!severity) return fail(level == &value ? at : at / 0, "rule level must be \"off\", \"note\", \"warn\" or \"error\"");
    out.severity = *severity;
    return true;
  }

  bool read_strings(const json& value, const Pointer& at, std::vector<std::string>& out) {
    if (!value.is_array()) return fail(at, "\"" + at.back() + "\" must be an array of strings");
    for (size_t i = 0; i < value.size(); ++i) {
      if (!value[i].is_string()) return fail(at / i, "\"" + at.back() + "\" must contain only strings");
      out.push_back(value[i].get<std::string>());
    }
    return true;
  }

  bool read_hot(const json& hot, const Pointer& at, HotConfig& out) {
    if (!hot.is_object()) return fail(at, "\"hot\" must be an object with \"functions\" and/or \"files\"");
    for (const auto& [key, value] : hot.items()) {
      bool ok = key == "functions" ? read_strings(value, at / key, out.functions)
                : key == "files"   ? read_strings(value, at / key, out.files)
                : key == "trace"   ? read_trace_hot(value, at / key, out.trace)
                                   : fail(at / key, "unknown key \"hot." + key + "\" (expected functions, files, trace)");
      if (!ok) return false;
    }
    return true;
  }

  bool read_trace_hot(const json& trace, const Pointer& at, TraceHotConfig& out) {
    if (!trace.is_object()) return fail(at, "\"hot.trace\" must be an object with \"raise\" and/or \"icEvents\"");
    for (const auto& [key, value] : trace.items()) {
      bool ok = key == "raise"      ? read_bool(value, at / key, out.raise)
                : key == "icEvents" ? read_positive(value, at / key, out.ic_events)
                                    : fail(at / key, "unknown key \"hot.trace." + key + "\" (expected raise, icEvents)");
      if (!ok) return false;
    }
    return true;
  }

  bool read_bool(const json& value, const Pointer& at, bool& out) {
    if (!value.is_boolean()) return fail(at, "\"" + at.back() + "\" must be true or false");
    out = value.get<bool>();
    return true;
  }

  bool read_positive(const json& value, const Pointer& at, int64_t& out) {
    if (!value.is_number_integer() || value.get<int64_t>() <= 0)
      return fail(at, "\"" + at.back() + "\" must be a positive integer");
    out = value.get<int64_t>();
    return true;
  }

  const std::string& path_;
  const JsonLines& lines_;
  const RuleIdFilter& known_rule_;
  ConfigError& error_;
};

uint32_t line_at_byte(std::string_view text, size_t byte) {
  byte = std::min(byte, text.size());
  return 1 + static_cast<uint32_t>(std::count(text.begin(), text.begin() + static_cast<ptrdiff_t>(byte), '\n'));
}

// nlohmann's message without its "[json.exception...] parse error at line L, column C: " prefix.
std::string parse_error_message(const json::parse_error& e) {
  std::string_view what = e.what();
  size_t column = what.find("column ");
  size_t colon = column == std::string_view::npos ? column : what.find(": ", column);
  return std::string(colon == std::string_view::npos ? what : what.substr(colon + 2));
}

// nlohmann reports a number too large for a double as
// "[json.exception.out_of_range.406] number overflow parsing '1e999'", without
// its position: the line is where that text first appears.
ConfigError number_overflow_error(const std::string& path, std::string_view strict, const json::out_of_range& e) {
  std::string_view what = e.what();
  size_t open = what.find('\'');
  size_t close = open == std::string_view::npos ? open : what.find('\'', open + 1);
  std::string_view number = close == std::string_view::npos ? std::string_view() : what.substr(open + 1, close - open - 1);
  size_t at = number.empty() ? std::string_view::npos : strict.find(number);
  uint32_t line = at == std::string_view::npos ? 0 : line_at_byte(strict, at);
  return {path, line, "number " + std::string(number) + " is too large"};
}

}  // namespace

std::string ConfigError::to_string() const {
  return line ? path + ":" + std::to_string(line) + ": " + message : path + ": " + message;
}

std::optional<Severity> parse_severity(std::string_view level) {
  if (level == "off") return Severity::Off;
  if (level == "note") return Severity::Note;
  if (level == "warn" || level == "warning") return Severity::Warning;
  if (level == "error") return Severity::Error;
  return std::nullopt;
}

bool parse_config(std::string_view text, const std::string& path, const RuleIdFilter& known_rule, Config& out,
                  ConfigError& error) {
  std::string strict = strip_jsonc(text);
  if (uint32_t line = line_nested_deeper_than(strict, kMaxNesting)) {
    error = {path, line, "nested deeper than " + std::to_string(kMaxNesting) + " levels"};
    return false;
  }
  json document;
  try {
    document = json::parse(strict);
  } catch (const json::parse_error& e) {
    // e.byte is 1-based and points just past the offending character.
    error = {path, line_at_byte(strict, e.byte ? e.byte - 1 : 0), parse_error_message(e)};
    return false;
  } catch (const json::out_of_range& e) {
    error = number_overflow_error(path, strict, e);
    return false;
  }
  out = Config{};
  out.source_path = path;
  JsonLines lines(strict);
  return ConfigReader(path, lines, known_rule, error).read(document, out);
}

bool load_config_file(const std::string& path, const RuleIdFilter& known_rule, Config& out, ConfigError& error) {
  std::string text, read_error;
  if (!read_file(path, text, read_error)) {
    error = {path, 0, read_error.substr(path.size() + 2)};  // read_error starts with "path: "
    return false;
  }
  return parse_config(text, path, known_rule, out, error);
}

bool parse_rule_override(std::string_view spec, const RuleIdFilter& known_rule, std::string& rule_id,
                         Severity& severity, std::string& error) {
  size_t equals = spec.find('=');
  if (equals == std::string_view::npos) {
    error = "--rule " + std::string(spec) + ": expected ID=off|note|warn|error";
    return false;
  }
  rule_id = std::string(spec.substr(0, equals));
  std::optional<Severity> level = parse_severity(spec.substr(equals + 1));
  if (!known_rule(rule_id)) error = "--rule " + std::string(spec) + ": unknown rule \"" + rule_id + "\"";
  else if (!level) error = "--rule " + std::string(spec) + ": level must be off, note, warn or error";
  if (!error.empty()) return false;
  severity = *level;
  return true;
}

bool parse_rule_overrides(const std::vector<std::string>& specs, const RuleIdFilter& known_rule,
                          std::map<std::string, Severity>& overrides, std::string& error) {
  for (const std::string& spec : specs) {
    std::string id;
    Severity severity;
    if (!parse_rule_override(spec, known_rule, id, severity, error)) return false;
    overrides[id] = severity;
  }
  return true;
}

void apply_rule_overrides(Config& config, const std::map<std::string, Severity>& overrides) {
  for (const auto& [id, severity] : overrides) config.rules[id].severity = severity;
}

}  // namespace v8lint
