#include "join/severity_raise.h"

namespace v8lint::join {

Severity raised(Severity severity) {
  switch (severity) {
    case Severity::Note: return Severity::Warning;
    case Severity::Warning:
    case Severity::Error: return Severity::Error;
    case Severity::Off: break;
  }
  return Severity::Off;
}

}  // namespace v8lint::join
