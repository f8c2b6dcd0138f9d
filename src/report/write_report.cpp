#include "report/write_report.h"

#include "report/github_reporter.h"
#include "report/json_reporter.h"

namespace v8lint {

void write_report(const Report& report, ReportFormat format, std::ostream& out, const RenderOptions& options) {
  switch (format) {
    case ReportFormat::Text: write_text(report, out, options.text); return;
    case ReportFormat::Json: write_json(report, out); return;
    case ReportFormat::Sarif: write_sarif(report, out, options.sarif); return;
    case ReportFormat::Github: write_github(report, out); return;
  }
}

}  // namespace v8lint
