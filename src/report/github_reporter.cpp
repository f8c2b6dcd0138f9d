#include "report/github_reporter.h"

#include "report/text_reporter.h"

namespace v8lint {
namespace {

std::string escape(std::string_view text, bool property) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '%': out += "%25"; break;
      case '\r': out += "%0D"; break;
      case '\n': out += "%0A"; break;
      case ':': out += property ? "%3A" : ":"; break;
      case ',': out += property ? "%2C" : ","; break;
      default: out += c;
    }
  }
  return out;
}

std::string_view command_of(Severity severity) {
  switch (severity) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    default: return "notice";
  }
}

// The message, then its related locations on their own lines as the text reporter shows them.
std::string message_of(const Diagnostic& d) {
  std::string message = d.message;
  for (const RelatedLocation& r : d.related)
    message.append("\n  ").append(related_note(r));
  return message;
}

}  // namespace

std::string escape_command_data(std::string_view text) { return escape(text, false); }
std::string escape_command_property(std::string_view text) { return escape(text, true); }

void write_github(const Report& report, std::ostream& out) {
  for (const Diagnostic& d : report.diagnostics) {
    const Location& at = d.location;
    out << "::" << command_of(d.severity) << " file=" << escape_command_property(at.path) << ",line=" << at.start.line
        << ",col=" << at.start.column;
    if (at.end.line != 0) out << ",endLine=" << at.end.line << ",endColumn=" << at.end.column;
    out << ",title=" << escape_command_property(d.rule_id) << "::" << escape_command_data(message_of(d)) << '\n';
  }
}

}  // namespace v8lint
