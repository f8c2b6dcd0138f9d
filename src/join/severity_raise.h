// One level up for findings the trace confirms: note -> warning -> error.
#pragma once

#include "core/diagnostic.h"

namespace v8lint::join {

// Error stays error; Off stays off (a finding switched off is never raised back).
Severity raised(Severity severity);

}  // namespace v8lint::join
