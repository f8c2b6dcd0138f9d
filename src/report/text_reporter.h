// Human-readable output: one header line per finding, a code frame, its
// related locations, and a closing count per severity.
#pragma once

#include <ostream>
#include <string>

#include "report/report.h"

namespace v8lint {

// "= note: MESSAGE at PATH:LINE:COLUMN", as the text and github formats list related locations.
std::string related_note(const RelatedLocation& related);

struct TextOptions {
  bool color = false;
  bool errors_only = false;  // --quiet: the report holds errors only, so a clean one says "no errors"
};

void write_text(const Report& report, std::ostream& out, const TextOptions& options);

}  // namespace v8lint
