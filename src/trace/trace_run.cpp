#include "trace/trace_run.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <filesystem>

#include <zlib.h>

#include "config/rule_ids.h"
#include "trace/trace_settings.h"
#include "trace/trace_stdout_reader.h"
#include "trace/v8_log_reader.h"

namespace v8lint::trace {
namespace fs = std::filesystem;
namespace {

bool is_log_name(const fs::path& path) {
  std::string name = path.filename().string();
  return name.ends_with(".log") || name.ends_with(".log.gz");
}

std::vector<std::string> expand_inputs(const std::vector<std::string>& inputs, std::vector<std::string>& errors) {
  std::vector<std::string> files;
  for (const std::string& input : inputs) {
    std::error_code ec;
    if (!fs::is_directory(input, ec)) {
      files.push_back(input);
      continue;
    }
    std::vector<std::string> found;
    for (const fs::directory_entry& entry : fs::directory_iterator(input, ec)) {
      if (entry.is_regular_file(ec) && is_log_name(entry.path())) found.push_back(entry.path().string());
    }
    if (found.empty()) errors.push_back(input + ": no *.log or *.log.gz files in this directory");
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

// "isolate-0x3a1c-4242-v8.log.gz" -> "isolate-0x3a1c-4242-v8.log"; names findings' per-isolate counts.
std::string isolate_label(const std::string& path) {
  std::string name = fs::path(path).filename().string();
  if (name.ends_with(".gz")) name.resize(name.size() - 3);
  return name;
}

bool suspect_unresolved_ics(const LogProblems& problems) {
  return problems.unresolved_ics > 0 &&
         static_cast<double>(problems.unresolved_ics) > kSuspectUnresolvedIcShare * static_cast<double>(problems.ic_events);
}

std::string unresolved_ic_line(int64_t unresolved, int64_t total) {
  return "IC events in code the log never created (Node's startup snapshot): " + std::to_string(unresolved) + " of " +
         std::to_string(total) + " left out";
}

std::string describe_problems(const std::string& path, const LogProblems& problems) {
  std::string text;
  if (problems.skipped_lines > 0) {
    text = path + ": " + std::to_string(problems.skipped_lines) + " line" + (problems.skipped_lines == 1 ? "" : "s") +
           " skipped; first at line " + std::to_string(problems.first_skipped_line) + ": " + problems.first_skipped_reason;
  }
  if (suspect_unresolved_ics(problems)) {
    text += (text.empty() ? path + ": " : "; ") + std::to_string(problems.unresolved_ics) +
            " IC events in code the log never created (Node's startup snapshot, or a log without --log-code) were left out";
  }
  if (problems.unresolved_deopts > 0) {
    text += (text.empty() ? path + ": " : "; ") + std::to_string(problems.unresolved_deopts) +
            " deopts at an unknown position in unknown code";
  }
  if (problems.deopts_without_position > 0) {
    text += (text.empty() ? path + ": " : "; ") + std::to_string(problems.deopts_without_position) +
            " deopts without a position (record with --trace-deopt-verbose)";
  }
  if (!problems.read_error.empty()) text += (text.empty() ? "" : "; ") + problems.read_error + " (findings use what was read)";
  return text;
}

// Reads one input of a known kind into `data`.
bool read_input(const std::string& path, LogKind kind, uint32_t isolate, unsigned threads, TraceData& data,
                LogProblems& problems, std::string& error) {
  return kind == LogKind::V8Log ? read_v8_log(path, isolate, data, problems, error, {.threads = threads})
                                : read_trace_stdout(path, isolate, data, problems, error);
}

// A script with a source map stands for its original sources.
std::vector<std::string> source_files_of(const ScriptTable& scripts, ScriptResolver& resolver, ScriptMaps& maps) {
  std::vector<std::string> files;
  for (uint32_t script = 0; script < scripts.size(); ++script) {
    if (!resolver.is_reported(script)) continue;
    if (!maps.has_map(script)) {
      if (resolver.is_on_disk(script)) files.push_back(resolver.display_path(script));
      continue;
    }
    for (std::string& original : maps.sources_on_disk(script)) files.push_back(std::move(original));
  }
  std::sort(files.begin(), files.end());
  files.erase(std::unique(files.begin(), files.end()), files.end());
  return files;
}

}  // namespace

LogKind detect_log_kind(const std::string& path, std::string& error) {
  gzFile file = gzopen(path.c_str(), "rb");
  if (file == nullptr) {
    error = path + ": cannot open: " + std::strerror(errno);
    return LogKind::Unknown;
  }
  std::array<char, 65536> head{};
  int got = gzread(file, head.data(), static_cast<unsigned>(head.size()));
  gzclose(file);
  if (got < 0) {
    error = path + ": cannot read (corrupt gzip?)";
    return LogKind::Unknown;
  }
  std::string_view text(head.data(), static_cast<size_t>(got));
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  if (text.starts_with("v8-version,")) return LogKind::V8Log;
  for (std::string_view marker : {"[bailout (kind:", "[deoptimizing (DEOPT", "[marking ", "[compiling method ",
                                  "[completed optimizing ", "[completed compiling "}) {
    if (text.find(marker) != std::string_view::npos) return LogKind::TraceStdout;
  }
  error = path + ": not a V8 log (its first line should start with `v8-version,`; record with "
                 "node --log-ic --log-deopt --log-code) nor --trace-deopt/--trace-opt output";
  return LogKind::Unknown;
}

TraceOutcome run_trace(const TraceRequest& request) {
  TraceOutcome outcome;
  ConfigSources sources = request.config;
  if (!sources.known_rule) sources.known_rule = known_rule_id;
  TraceSettings settings(std::move(sources), request.deopt_loop_threshold);
  if (!request.config.forced_path.empty() && !settings.errors().empty()) {
    outcome.errors.push_back(settings.errors().front());
    return outcome;
  }
  TraceData data;
  int64_t ic_events = 0, unresolved_ics = 0;
  for (const std::string& path : expand_inputs(request.inputs, outcome.errors)) {
    std::string error;
    LogKind kind = detect_log_kind(path, error);
    if (kind == LogKind::Unknown) {
      outcome.errors.push_back(error);
      continue;
    }
    auto isolate = static_cast<uint32_t>(data.isolates.size());
    data.isolates.push_back(isolate_label(path));
    LogProblems problems;
    if (!read_input(path, kind, isolate, request.threads, data, problems, error)) outcome.errors.push_back(error);
    std::string warning = describe_problems(path, problems);
    if (!warning.empty()) outcome.warnings.push_back(std::move(warning));
    ic_events += problems.ic_events;
    unresolved_ics += problems.unresolved_ics;
    ++outcome.files_read;
  }
  ScriptResolver resolver(data.scripts, request.paths);
  ScriptMaps maps(data.scripts, resolver);
  FindingOptions options = request.findings;
  options.file_settings = &settings;
  TraceFindings findings = build_findings(data, resolver, maps, options);
  outcome.diagnostics = std::move(findings.diagnostics);
  outcome.summary_lines = std::move(findings.summary_lines);
  if (unresolved_ics > 0)  // after the run's facts, before the top findings
    outcome.summary_lines.insert(outcome.summary_lines.begin() + 4, unresolved_ic_line(unresolved_ics, ic_events));
  for (std::string& error : settings.errors()) outcome.errors.push_back(std::move(error));
  outcome.source_files = source_files_of(data.scripts, resolver, maps);
  outcome.heat = collect_heat(data, resolver, maps);
  for (const std::string& warning : maps.warnings()) outcome.warnings.push_back(warning);
  return outcome;
}

}  // namespace v8lint::trace
