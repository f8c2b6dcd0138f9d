#include "cli/output_options.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <sstream>

#include "report/atomic_file.h"
#include "report/output_policy.h"
#include "report/write_report.h"

namespace v8lint::cli {
namespace {

bool write_to_stdout(const std::string& text) {
  return std::fwrite(text.data(), 1, text.size(), stdout) == text.size() && std::fflush(stdout) == 0;
}

// Where the rendered report goes: stdout, or the -o file written atomically.
bool deliver(const std::string& text, const std::string& output_path) {
  if (output_path.empty()) {
    if (write_to_stdout(text)) return true;
    std::fprintf(stderr, "v8lint: cannot write the report to standard output\n");
    return false;
  }
  std::string error;
  if (write_file_atomically(output_path, text, error)) return true;
  std::fprintf(stderr, "v8lint: %s\n", error.c_str());
  return false;
}

// Colour for text; the working directory, which SARIF paths are relative to.
std::optional<RenderOptions> render_options(const OutputOptions& options, ReportFormat format) {
  RenderOptions render;
  render.text.color = use_color({options.no_color, !options.output_path.empty(), isatty(STDOUT_FILENO) == 1,
                                 std::getenv("NO_COLOR")});
  render.text.errors_only = options.quiet;
  std::error_code error;
  render.sarif = {std::filesystem::current_path(error).string(), load_source_file};
  if (error && format == ReportFormat::Sarif) {
    std::fprintf(stderr, "v8lint: cannot determine the working directory: %s\n", error.message().c_str());
    return std::nullopt;
  }
  return render;
}

// The exit code from every finding, shown or not.
int verdict(const Report& report, std::optional<long> max_warnings) {
  SeverityCounts counts = count_by_severity(report.diagnostics);
  if (too_many_warnings(counts, max_warnings))
    std::fprintf(stderr, "v8lint: too many warnings (%zu, --max-warnings %ld)\n", counts.warnings, *max_warnings);
  return findings_exit_code(counts, max_warnings);
}

}  // namespace

void add_output_options(CLI::App& command, OutputOptions& options) {
  command.add_option("--format", options.format, "text|json|sarif|github (default: text; github under GitHub Actions)")
      ->check([](const std::string& name) {
        return resolve_format(name, nullptr) ? std::string() : "expected text, json, sarif or github";
      });
  command.add_option("-o,--output", options.output_path, "Write the report to FILE (atomically)");
  command.add_flag("--no-color", options.no_color, "No ANSI colours (also: NO_COLOR)");
  command.add_flag("--quiet", options.quiet, "Report errors only");
  command.add_option("--max-warnings", options.max_warnings, "Exit 1 when there are more than N warnings")
      ->check([](const std::string& value) {
        return value.starts_with('-') ? "must be 0 or more, got " + value : std::string();
      });
}

int emit_report(const Report& report, const OutputOptions& options) {
  ReportFormat format = *resolve_format(options.format, std::getenv("GITHUB_ACTIONS"));  // checked when parsed
  std::optional<RenderOptions> render = render_options(options, format);
  if (!render) return 2;
  std::ostringstream rendered;
  write_report(options.quiet ? errors_only(report) : report, format, rendered, *render);
  if (!deliver(rendered.str(), options.output_path)) return 2;
  return verdict(report, options.max_warnings);
}

}  // namespace v8lint::cli
