#include "trace/trace_run.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <filesystem>

#include <zlib.h>

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

std::string describe_problems(const std::string& path, const LogProblems& problems) {
  std::string text;
  if (problems.skipped_lines > 0) {
    text = path + ": " + std::to_string(problems.skipped_lines) + " line" + (problems.skipped_lines == 1 ? "" : "s") +
           " skipped; first at line " + std::to_string(problems.first_skipped_line) + ": " + problems.first_skipped_reason;
  }
  if (problems.unresolved_ics > 0) {
    text += (text.empty() ? path + ": " : "; ") + std::to_string(problems.unresolved_ics) +
            " IC events in no known code (log started late or --log-code missing)";
  }
  if (problems.unresolved_deopts > 0) {
    text += (text.empty() ? path + ": " : "; ") + std::to_string(problems.unresolved_deopts) +
            " deopts at an unknown position in unknown code";
  }
  return text;
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
  TraceData data;
  for (const std::string& path : expand_inputs(request.inputs, outcome.errors)) {
    std::string error;
    LogKind kind = detect_log_kind(path, error);
    if (kind == LogKind::TraceStdout) error = path + ": --trace-deopt/--trace-opt output is not supported yet; "
                                                     "record a V8 log with --log-ic --log-deopt --log-code";
    if (kind != LogKind::V8Log) {
      outcome.errors.push_back(error);
      continue;
    }
    auto isolate = static_cast<uint32_t>(data.isolates.size());
    data.isolates.push_back(isolate_label(path));
    LogProblems problems;
    if (!read_v8_log(path, isolate, data, problems, error)) outcome.errors.push_back(error);
    std::string warning = describe_problems(path, problems);
    if (!warning.empty()) outcome.warnings.push_back(std::move(warning));
    ++outcome.files_read;
  }
  ScriptResolver resolver(data.scripts, request.paths);
  TraceFindings findings = build_findings(data, resolver, request.findings);
  outcome.diagnostics = std::move(findings.diagnostics);
  outcome.summary_lines = std::move(findings.summary_lines);
  return outcome;
}

}  // namespace v8lint::trace
