#include "report/text_reporter.h"

#include <string>

#include "report/code_frame.h"
#include "report/output_policy.h"
#include "report/palette.h"

namespace v8lint {
namespace {

std::string position_of(const Location& location) {
  return location.path + ":" + std::to_string(location.start.line) + ":" + std::to_string(location.start.column);
}

std::string count_of(size_t count, const std::string& noun) {
  return std::to_string(count) + " " + noun + (count == 1 ? "" : "s");
}

void write_diagnostic(const Diagnostic& d, std::ostream& out, const Palette& palette) {
  Tint tint = tint_of(d.severity);
  out << position_of(d.location) << "  " << palette.paint(severity_name(d.severity), tint) << "  " << d.message
      << "  " << palette.paint("[" + d.rule_id + "]", Tint::Dim) << '\n';
  write_code_frame(d.location, out, palette, tint);
  // Each related place with its own frame: a cause and its effect (a deopt and
  // the type change behind it) read together.
  for (const RelatedLocation& related : d.related) {
    out << "  " << related_note(related) << '\n';
    write_code_frame(related.location, out, palette, Tint::Note);
  }
  out << '\n';
}

void write_summary(const SeverityCounts& counts, size_t files_checked, bool errors_only, std::ostream& out,
                   const Palette& palette) {
  if (counts.total() == 0) {
    out << (errors_only ? "\u2714 no errors (" : "\u2714 no problems (") << count_of(files_checked, "file") << " checked)\n";
    return;
  }
  Tint tint = counts.errors ? Tint::Error : counts.warnings ? Tint::Warning : Tint::Note;
  out << palette.paint("\u2716 " + count_of(counts.total(), "problem") + " (" + count_of(counts.errors, "error") +
                           ", " + count_of(counts.warnings, "warning") + ", " + count_of(counts.notes, "note") + ")",
                       tint)
      << '\n';
}

}  // namespace

std::string related_note(const RelatedLocation& related) {
  std::string note = "= note: ";
  return note.append(related.message).append(" at ").append(position_of(related.location));
}

void write_text(const Report& report, std::ostream& out, const TextOptions& options) {
  Palette palette(options.color);
  for (const std::string& line : report.summary_lines) out << line << '\n';
  if (!report.summary_lines.empty()) out << '\n';
  for (const Diagnostic& d : report.diagnostics) write_diagnostic(d, out, palette);
  write_summary(count_by_severity(report.diagnostics), report.files_checked, options.errors_only, out, palette);
}

}  // namespace v8lint
