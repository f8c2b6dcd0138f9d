#include "lint/suppressions.h"

#include <algorithm>
#include <array>

#include "config/rule_ids.h"

namespace v8lint {
namespace {

constexpr std::string_view kSpace = " \t\r\n\f\v";

std::string_view trim(std::string_view text) {
  size_t begin = text.find_first_not_of(kSpace);
  if (begin == std::string_view::npos) return {};
  return text.substr(begin, text.find_last_not_of(kSpace) + 1 - begin);
}

// The comment's text without its delimiters.
std::string_view comment_body(std::string_view comment) {
  if (comment.starts_with("//")) return comment.substr(2);
  if (comment.starts_with("/*")) comment.remove_prefix(2);
  if (comment.ends_with("*/")) comment.remove_suffix(2);
  return comment;
}

// "rule-a, rule-b -- why" -> {"rule-a", "rule-b"}.
std::vector<std::string> rule_list(std::string_view text) {
  text = text.substr(0, text.find("--"));
  std::vector<std::string> rules;
  for (size_t start = 0; start <= text.size();) {
    size_t comma = std::min(text.find(',', start), text.size());
    std::string_view rule = trim(text.substr(start, comma - start));
    if (!rule.empty()) rules.emplace_back(rule);
    start = comma + 1;
  }
  return rules;
}

std::string in_quotes(std::string_view text) {
  std::string out = "\"";
  out.append(text).push_back('"');
  return out;
}

}  // namespace

bool Suppressions::parse_directive(std::string_view comment, Directive& out) {
  static constexpr std::array<std::pair<std::string_view, Kind>, 4> kKeywords{{
      {"v8lint-disable-next-line", Kind::DisableNextLine},
      {"v8lint-disable-line", Kind::DisableLine},
      {"v8lint-disable", Kind::Disable},
      {"v8lint-enable", Kind::Enable},
  }};
  std::string_view body = trim(comment_body(comment));
  std::string_view word = body.substr(0, body.find_first_of(kSpace));
  for (const auto& [keyword, kind] : kKeywords) {
    if (word != keyword) continue;
    out.kind = kind;
    out.keyword = keyword;
    out.rules = rule_list(body.substr(word.size()));
    return true;
  }
  return false;
}

// True while nothing but whitespace (and a leading #! line) precedes the comment.
bool Suppressions::only_comments_before(uint32_t start_byte) {
  std::string_view between = source_.bytes().substr(scanned_to_, start_byte - scanned_to_);
  if (scanned_to_ == source_.content_start() && between.starts_with("#!"))
    between.remove_prefix(std::min(between.size(), between.find('\n')));
  code_seen_ = code_seen_ || between.find_first_not_of(kSpace) != std::string_view::npos;
  return !code_seen_;
}

void Suppressions::add_comment(uint32_t start_byte, uint32_t end_byte) {
  bool before_code = only_comments_before(start_byte);
  scanned_to_ = end_byte;
  Directive directive;
  if (!parse_directive(source_.bytes().substr(start_byte, end_byte - start_byte), directive)) return;
  directive.start_byte = start_byte;
  directive.end_byte = end_byte;
  directive.start = before_code ? Position{0, 0} : source_.position_of(start_byte);
  directive.line = directive.kind == Kind::DisableNextLine ? source_.line_of(end_byte) + 1 : source_.line_of(start_byte);
  directives_.push_back(std::move(directive));
}

Suppressions Suppressions::from_tree(const SyntaxTree& tree) {
  Suppressions suppressions(tree.source());
  TSSymbol comment = tree.symbol("comment");
  walk(
      tree.root(),
      [&](TSNode node) {
        if (ts_node_symbol(node) == comment) suppressions.add_comment(ts_node_start_byte(node), ts_node_end_byte(node));
        return true;
      },
      [](TSNode) {});
  return suppressions;
}

std::optional<size_t> Suppressions::slot_of(const Directive& directive, std::string_view rule_id) {
  if (directive.rules.empty()) return 0;
  auto it = std::find(directive.rules.begin(), directive.rules.end(), rule_id);
  if (it == directive.rules.end()) return std::nullopt;
  return static_cast<size_t>(it - directive.rules.begin());
}

// Replays the disable/enable directives before the finding, for its rule only.
std::optional<Suppressions::Suppressor> Suppressions::range_suppressor(const Diagnostic& diagnostic) const {
  std::optional<Suppressor> every_rule, this_rule;
  bool reenabled = false;  // this rule enabled again inside a disable-everything range
  for (size_t i = 0; i < directives_.size() && directives_[i].start <= diagnostic.location.start; ++i) {
    const Directive& d = directives_[i];
    std::optional<size_t> slot = slot_of(d, diagnostic.rule_id);
    if (d.kind == Kind::Disable && d.rules.empty()) {
      every_rule = Suppressor{i, 0};
      reenabled = false;
    } else if (d.kind == Kind::Disable && slot) {
      this_rule = Suppressor{i, *slot};
    } else if (d.kind == Kind::Enable && d.rules.empty()) {
      every_rule.reset();
      this_rule.reset();
    } else if (d.kind == Kind::Enable && slot) {
      this_rule.reset();
      reenabled = true;
    }
  }
  if (this_rule) return this_rule;
  if (every_rule && !reenabled) return every_rule;
  return std::nullopt;
}

std::optional<Suppressions::Suppressor> Suppressions::suppressor(const Diagnostic& diagnostic) const {
  for (size_t i = 0; i < directives_.size(); ++i) {
    const Directive& d = directives_[i];
    bool line_directive = d.kind == Kind::DisableLine || d.kind == Kind::DisableNextLine;
    if (!line_directive || d.line != diagnostic.location.start.line) continue;
    if (std::optional<size_t> slot = slot_of(d, diagnostic.rule_id)) return Suppressor{i, *slot};
  }
  return range_suppressor(diagnostic);
}

void Suppressions::report(std::vector<Diagnostic>& out, const Directive& directive, std::string message) const {
  Diagnostic& d = out.emplace_back();
  d.rule_id = kUnusedDisableDirectiveRule;
  d.severity = Severity::Warning;
  d.message = std::move(message);
  d.location = source_.location(directive.start_byte, directive.end_byte);
}

void Suppressions::apply(std::vector<Diagnostic>& diagnostics, const SuppressionOptions& options) const {
  if (directives_.empty()) return;
  std::vector<std::vector<bool>> used(directives_.size());
  for (size_t i = 0; i < directives_.size(); ++i) used[i].resize(std::max<size_t>(1, directives_[i].rules.size()));
  std::erase_if(diagnostics, [&](const Diagnostic& diagnostic) {
    std::optional<Suppressor> by = suppressor(diagnostic);
    if (by) used[by->directive][by->slot] = true;
    return by.has_value();
  });
  for (size_t i = 0; i < directives_.size(); ++i) {
    const Directive& d = directives_[i];
    for (size_t slot = 0; slot < d.rules.size(); ++slot) {
      if (options.known_rule && !options.known_rule(d.rules[slot]))
        report(diagnostics, d, "unknown rule " + in_quotes(d.rules[slot]) + " in " + std::string(d.keyword) + " comment");
      else if (options.report_unused && d.kind != Kind::Enable && !used[i][slot] &&
               (!options.produced_here || options.produced_here(d.rules[slot])))
        report(diagnostics, d, "unused " + std::string(d.keyword) + " directive: no " + in_quotes(d.rules[slot]) +
                                   " finding to suppress");
    }
    if (options.report_unused && d.rules.empty() && d.kind != Kind::Enable && !used[i][0])
      report(diagnostics, d, "unused " + std::string(d.keyword) + " directive: nothing to suppress");
  }
}

void drop_suppressed(const SourceText& source, Dialect dialect, std::vector<Diagnostic>& diagnostics,
                     const SuppressionOptions& options) {
  SyntaxTree tree(source, dialect);
  Suppressions::from_tree(tree).apply(diagnostics, options);
}

}  // namespace v8lint
