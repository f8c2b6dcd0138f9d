// Disable directives in comments, and the filter that drops the findings
// they suppress:
//   // v8lint-disable-next-line rule-a, rule-b -- reason
//   foo();  // v8lint-disable-line rule-a
//   /* v8lint-disable rule-a */ ... /* v8lint-enable rule-a */
//   /* v8lint-disable */ before any code: the whole file
// No rule list means every rule. Any comment form may carry any directive.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "core/source_text.h"
#include "syntax/language.h"
#include "syntax/syntax_tree.h"

namespace v8lint {

struct SuppressionOptions {
  bool report_unused = false;  // --report-unused-disable-directives
  // Rule ids a directive may name; others are reported. Null: accept all.
  std::function<bool(std::string_view)> known_rule;
  // Rules the findings being filtered can come from (e.g. the static pass's).
  // A directive naming only other rules is not called unused here. Null: all.
  std::function<bool(std::string_view)> produced_here;
};

class Suppressions {
 public:
  explicit Suppressions(const SourceText& source) : source_(source), scanned_to_(source.content_start()) {}

  // Every comment of the file, in document order (the linter's walk feeds them).
  void add_comment(uint32_t start_byte, uint32_t end_byte);
  // Collects the comments of a whole tree, for callers without a walk of their own.
  static Suppressions from_tree(const SyntaxTree& tree);

  // Drops the diagnostics the directives suppress, then appends an
  // `unused-disable-directive` warning for each directive naming an unknown
  // rule and, when asked, for each one that suppressed nothing.
  void apply(std::vector<Diagnostic>& diagnostics, const SuppressionOptions& options) const;

 private:
  enum class Kind { DisableNextLine, DisableLine, Disable, Enable };
  struct Directive {
    Kind kind;
    std::string_view keyword;        // as written, for messages
    std::vector<std::string> rules;  // empty: every rule
    uint32_t start_byte, end_byte;   // the comment
    Position start;                  // ranges: where it takes effect ({0, 0} when before any code)
    uint32_t line = 0;               // line directives: the line it covers
  };
  // Which directive (and which of its rules; 0 for "every rule") suppressed a finding.
  struct Suppressor {
    size_t directive;
    size_t slot;
  };

  bool only_comments_before(uint32_t start_byte);
  static bool parse_directive(std::string_view comment, Directive& out);
  static std::optional<size_t> slot_of(const Directive& directive, std::string_view rule_id);
  std::optional<Suppressor> suppressor(const Diagnostic& diagnostic) const;
  std::optional<Suppressor> range_suppressor(const Diagnostic& diagnostic) const;
  void report(std::vector<Diagnostic>& out, const Directive& directive, std::string message) const;

  const SourceText& source_;
  uint32_t scanned_to_;
  bool code_seen_ = false;
  std::vector<Directive> directives_;
};

// Drops the suppressed findings of one file when no linter walk is at hand
// (the trace pass): parses `source` to find its comments.
void drop_suppressed(const SourceText& source, Dialect dialect, std::vector<Diagnostic>& diagnostics,
                     const SuppressionOptions& options);

}  // namespace v8lint
