// Reports that exercise SARIF output: shared by the structural tests and the
// test that runs the SARIF validators on them.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "report/sarif_reporter.h"
#include "sample_diagnostics.h"

namespace v8lint::testing {

inline constexpr const char* kSarifRoot = "/work/app";

// Files the fingerprinting reads, by path as the diagnostics name them.
inline const std::map<std::string, std::string>& sample_sources() {
  static const std::map<std::string, std::string> sources = {
      {"src/shapes.js", "let x = 1;\nlet x = 1;\n"},
      {"my dir/a b.js", "function f() {\n  return 1;\n}\n"},
      {"src/\xC3\xBCnic\xC3\xB6" "de/\xE6\x96\x87\xE4\xBB\xB6.ts", "const s = '\xF0\x9F\x98\x80';\n"},
  };
  return sources;
}

inline SarifContext sample_sarif_context() {
  return {kSarifRoot, [](const std::string& path) -> std::optional<std::string> {
            auto found = sample_sources().find(path);
            if (found == sample_sources().end()) return std::nullopt;
            return found->second;
          }};
}

inline Report related_locations_report() {
  Diagnostic shape = diagnostic("hidden-class-change", Severity::Warning, "Property 'y' is added after construction.",
                                location("src/shapes.js", {2, 5}, {2, 6}, "let x = 1;"));
  shape.related.push_back({location("src/shapes.js", {1, 5}, {1, 6}), "The object is created here."});
  shape.related.push_back({location("src/other.js", {3, 1}, {4, 2}), "Another shape is made here."});
  shape.properties = {{"shapes", int64_t{3}}, {"tier", std::string("turbofan")}};
  Diagnostic syntax = diagnostic("parse-error", Severity::Note, "syntax error; rules ran on the parts that parsed",
                                 location("src/shapes.js", {1, 9}, {1, 10}));
  Diagnostic error = diagnostic("megamorphic-call", Severity::Error, "Call site sees 6 shapes.",
                                location("src/shapes.js", {1, 1}, {1, 4}));
  return Report{"check", {error, syntax, shape}, 2, {}};
}

inline Report space_in_path_report() {
  return Report{"check",
                {diagnostic("parse-error", Severity::Note, "syntax error; rules ran on the parts that parsed",
                            location("my dir/a b.js", {2, 3}, {2, 9}))},
                1,
                {}};
}

inline Report unicode_report() {
  return Report{"check",
                {diagnostic("hidden-class-change", Severity::Warning,
                            "Property '\xC3\xA9t\xC3\xA9' changes the shape of '\xF0\x9F\x98\x80' \xFF.",
                            location("src/\xC3\xBCnic\xC3\xB6" "de/\xE6\x96\x87\xE4\xBB\xB6.ts", {1, 11}, {1, 15}))},
                1,
                {}};
}

inline Report outside_working_directory_report() {
  return Report{"trace",
                {diagnostic("deopt-loop", Severity::Warning, "Deoptimized 12 times.",
                            location("/opt/lib/node_modules/x/index.js", {10, 2}, {10, 8})),
                 diagnostic("deopt-loop", Severity::Warning, "Deoptimized 3 times (line known, column not).",
                            location("/opt/lib/node_modules/x/index.js", {14, 0}, {0, 0}))},
                0,
                {}};
}

}  // namespace v8lint::testing
