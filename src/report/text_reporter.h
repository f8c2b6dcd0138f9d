// Human-readable output: one header line per finding, a code frame, its
// related locations, and a closing count per severity.
#pragma once

#include <ostream>
#include <string>

#include "report/report.h"

namespace v8lint {

// "= note: MESSAGE at PATH:LINE:COLUMN", as the text and github formats list related locations.
std::string related_note(const RelatedLocation& related);

void write_text(const Report& report, std::ostream& out, bool color);

}  // namespace v8lint
