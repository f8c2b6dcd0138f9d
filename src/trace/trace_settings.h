// The configuration and suppression comments a trace finding is subject to,
// as for `v8lint check`: the .v8lintrc.json in force for the finding's
// source file (or --config) sets its rule's level and options, --rule goes on
// top, and a v8lint-disable comment at the site drops it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "config/config_resolver.h"
#include "core/diagnostic.h"
#include "core/source_text.h"
#include "trace/trace_findings.h"

namespace v8lint::trace {

class TraceSettings : public FileSettings {
 public:
  // `threshold_flag`: --deopt-loop-threshold, which beats the configuration's option.
  TraceSettings(ConfigSources sources, std::optional<int64_t> threshold_flag);

  // Deopts of one function that make a deopt-loop in `path`: the flag, else
  // the configuration's `deopt-loop` option `threshold`, else 5.
  int64_t deopt_loop_threshold(const std::string& path) override;
  // Re-levels or drops the findings of one source file; `text` (null when
  // unknown) is parsed once for disable comments.
  void settle(const std::string& path, const SourceText* text, std::vector<Diagnostic>& findings) override;
  // Broken configuration files, once each, "path:line: message".
  std::vector<std::string> errors() const;

 private:
  std::shared_ptr<const LoadedConfig> config_for(const std::string& path);

  ConfigResolver configs_;
  std::optional<int64_t> threshold_flag_;
  std::vector<std::string> option_errors_;
};

}  // namespace v8lint::trace
