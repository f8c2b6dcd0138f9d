#include "trace/trace_settings.h"

#include <algorithm>
#include <filesystem>

#include "lint/suppressions.h"
#include "syntax/language.h"
#include "trace/trace_findings.h"

namespace v8lint::trace {
TraceSettings::TraceSettings(ConfigSources sources, std::optional<int64_t> threshold_flag)
    : configs_(std::move(sources)), threshold_flag_(threshold_flag) {}

std::shared_ptr<const LoadedConfig> TraceSettings::config_for(const std::string& path) {
  return configs_.for_directory(normal_absolute_path(std::filesystem::path(path).parent_path()));
}

int64_t TraceSettings::deopt_loop_threshold(const std::string& path) {
  if (threshold_flag_) return *threshold_flag_;
  std::shared_ptr<const LoadedConfig> loaded = config_for(path);
  if (!loaded) return kDefaultDeoptLoopThreshold;
  auto rule = loaded->config.rules.find("deopt-loop");
  if (rule == loaded->config.rules.end() || !rule->second.options.contains("threshold"))
    return kDefaultDeoptLoopThreshold;
  const nlohmann::json& threshold = rule->second.options["threshold"];
  if (threshold.is_number_integer() && threshold.get<int64_t>() > 0) return threshold.get<int64_t>();
  std::string error = loaded->config.source_path + ": deopt-loop option \"threshold\" must be a positive integer";
  if (std::find(option_errors_.begin(), option_errors_.end(), error) == option_errors_.end())
    option_errors_.push_back(std::move(error));
  return kDefaultDeoptLoopThreshold;
}

void TraceSettings::settle(const std::string& path, const SourceText* text, std::vector<Diagnostic>& findings) {
  std::shared_ptr<const LoadedConfig> loaded = config_for(path);
  if (!loaded) {  // its configuration is broken: reported by errors(), and the run exits 2
    findings.clear();
    return;
  }
  std::erase_if(findings, [&](Diagnostic& d) {
    auto rule = loaded->config.rules.find(d.rule_id);
    if (rule != loaded->config.rules.end()) d.severity = rule->second.severity;  // else the finding's own level
    return d.severity == Severity::Off;
  });
  // No unused-directive reports: a directive naming a static rule is not unused in a trace run.
  if (text && !findings.empty())
    drop_suppressed(*text, dialect_for_path(path).value_or(Dialect::JavaScript), findings, SuppressionOptions{});
}

std::vector<std::string> TraceSettings::errors() const {
  std::vector<std::string> errors;
  for (const ConfigError& error : configs_.errors()) errors.push_back(error.to_string());
  errors.insert(errors.end(), option_errors_.begin(), option_errors_.end());
  return errors;
}

}  // namespace v8lint::trace
