// Renders a report in one of the four formats.
#pragma once

#include <ostream>

#include "report/report.h"
#include "report/sarif_reporter.h"
#include "report/text_reporter.h"

namespace v8lint {

struct RenderOptions {
  TextOptions text;    // text only
  SarifContext sarif;  // sarif only
};

void write_report(const Report& report, ReportFormat format, std::ostream& out, const RenderOptions& options);

}  // namespace v8lint
