#include "report/sarif_reporter.h"

#include <map>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/source_text.h"
#include "report/artifact_uri.h"
#include "report/json_reporter.h"
#include "report/line_fingerprint.h"
#include "rules/registry.h"
#include "rules/rule_docs.h"

namespace v8lint {
namespace {

using Json = nlohmann::ordered_json;

constexpr std::string_view kInformationUri = "https://github.com/v8lint/v8lint";
constexpr std::string_view kParseErrorId = "parse-error";
constexpr std::string_view kParseErrorSummary = "The file has a syntax error.";
constexpr std::string_view kParseErrorHelp =
    "v8lint could not parse part of this file. The rules ran on the parts that parsed, so findings near the "
    "error may be missing. Fix the syntax error, or check that the file's extension matches its language.";

std::string_view sarif_level(Severity severity) {
  switch (severity) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    default: return "note";
  }
}

// A rule off by default is listed disabled, at the level `warn` turns it on with.
Json default_configuration(Severity severity) {
  if (severity == Severity::Off) return {{"enabled", false}, {"level", "warning"}};
  return {{"level", sarif_level(severity)}};
}

Json text_of(std::string_view text) { return {{"text", text}}; }

// What a SARIF reportingDescriptor says about one rule.
struct RuleFacts {
  std::string id;
  Severity level;
  std::string summary;
  std::string description;
  std::string help;
};

RuleFacts registered_rule(const RuleEntry& entry) {
  std::string summary(entry.meta.summary);
  std::string description = rule_doc_description(entry.meta.id);
  std::string help(rule_doc(entry.meta.id));
  return {std::string(entry.meta.id), entry.meta.default_severity, summary, description.empty() ? summary : description,
          help.empty() ? summary : help};
}

// Reported by the linter itself, not by a rule, so not in the registry.
RuleFacts parse_error_rule() {
  return {std::string(kParseErrorId), Severity::Note, std::string(kParseErrorSummary), std::string(kParseErrorHelp),
          std::string(kParseErrorHelp)};
}

// A finding whose rule the registry does not list: describe it from the finding itself.
RuleFacts unregistered_rule(const Diagnostic& d) {
  std::string summary = "v8lint rule " + d.rule_id + ".";
  return {d.rule_id, d.severity, summary, summary, summary};
}

Json descriptor_of(const RuleFacts& rule) {
  return {{"id", rule.id},
          {"name", rule_name(rule.id)},
          {"shortDescription", text_of(rule.summary)},
          {"fullDescription", text_of(rule.description)},
          {"help", {{"text", rule.help}, {"markdown", rule.help}}},
          {"defaultConfiguration", default_configuration(rule.level)}};
}

// The driver's rules (the registry's, then any other rule a finding names)
// and each id's index among them.
class RuleTable {
 public:
  explicit RuleTable(const std::vector<Diagnostic>& diagnostics) {
    for (const RuleEntry& entry : all_rules()) add(registered_rule(entry));
    add(parse_error_rule());
    for (const Diagnostic& d : diagnostics) {
      if (!index_.contains(d.rule_id)) add(unregistered_rule(d));
    }
  }

  size_t index_of(const std::string& id) const { return index_.at(id); }

  Json descriptors() const {
    Json list = Json::array();
    for (const RuleFacts& rule : rules_) list.push_back(descriptor_of(rule));
    return list;
  }

 private:
  void add(RuleFacts rule) {
    if (!index_.emplace(rule.id, rules_.size()).second) return;
    rules_.push_back(std::move(rule));
  }

  std::vector<RuleFacts> rules_;
  std::map<std::string, size_t> index_;
};

// What SARIF needs per reported file (its URI, its line hashes), each worked
// out once however many findings the file has.
class ArtifactCache {
 public:
  explicit ArtifactCache(const SarifContext& context) : context_(context) {}

  const ArtifactUri& uri(const std::string& path) {
    auto found = uris_.find(path);
    if (found == uris_.end()) found = uris_.emplace(path, artifact_uri(path, context_.working_directory)).first;
    return found->second;
  }

  const std::string* line_hash(const std::string& path, uint32_t line) {
    auto found = line_hashes_.find(path);
    if (found == line_hashes_.end()) {
      std::optional<std::string> contents = context_.load_source ? context_.load_source(path) : std::nullopt;
      found = line_hashes_
                  .emplace(path, contents ? primary_location_line_hashes(*contents) : std::vector<std::string>{})
                  .first;
    }
    const std::vector<std::string>& hashes = found->second;
    return line >= 1 && line <= hashes.size() ? &hashes[line - 1] : nullptr;
  }

 private:
  const SarifContext& context_;
  std::map<std::string, ArtifactUri> uris_;
  std::map<std::string, std::vector<std::string>> line_hashes_;  // empty when the file could not be read
};

// Lines and columns are 1-based; 0 means unknown (a trace finding may know
// only its line) and is left out, as SARIF has no 0 line or column.
Json region_of(const Location& location) {
  Json region = {{"startLine", location.start.line}};
  if (location.start.column != 0) region["startColumn"] = location.start.column;
  if (location.end.line != 0) region["endLine"] = location.end.line;
  if (location.end.line != 0 && location.end.column != 0) region["endColumn"] = location.end.column;
  return region;
}

Json physical_location(const Location& location, ArtifactCache& artifacts) {
  const ArtifactUri& artifact = artifacts.uri(location.path);
  Json artifact_location = {{"uri", artifact.uri}};
  if (artifact.under_source_root) artifact_location["uriBaseId"] = kSourceRootId;
  Json physical = {{"artifactLocation", std::move(artifact_location)}};
  if (location.start.line != 0) physical["region"] = region_of(location);
  return physical;
}

Json result_of(const Diagnostic& d, const RuleTable& rules, ArtifactCache& artifacts) {
  Json primary = {{"physicalLocation", physical_location(d.location, artifacts)}};
  Json result = {{"ruleId", d.rule_id},
                 {"ruleIndex", rules.index_of(d.rule_id)},
                 {"level", sarif_level(d.severity)},
                 {"message", text_of(d.message)},
                 {"locations", Json::array({std::move(primary)})}};
  if (const std::string* hash = artifacts.line_hash(d.location.path, d.location.start.line))
    result["partialFingerprints"] = {{"primaryLocationLineHash", *hash}};
  if (!d.related.empty()) {
    Json related = Json::array();
    for (size_t i = 0; i < d.related.size(); ++i)
      related.push_back({{"id", i + 1},
                         {"physicalLocation", physical_location(d.related[i].location, artifacts)},
                         {"message", text_of(d.related[i].message)}});
    result["relatedLocations"] = std::move(related);
  }
  if (!d.properties.empty()) result["properties"] = properties_json(d);
  return result;
}

}  // namespace

std::optional<std::string> load_source_file(const std::string& path) {
  std::string contents;
  std::string error;
  if (!read_file(path, contents, error)) return std::nullopt;
  return contents;
}

std::string rule_name(std::string_view rule_id) {
  std::string name;
  bool word_start = true;
  for (char c : rule_id) {
    if (c == '-' || c == '_') {
      word_start = true;
      continue;
    }
    name += word_start && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
    word_start = false;
  }
  return name;
}

void write_sarif(const Report& report, std::ostream& out, const SarifContext& context) {
  RuleTable rules(report.diagnostics);
  ArtifactCache artifacts(context);
  Json results = Json::array();
  for (const Diagnostic& d : report.diagnostics)
    results.push_back(result_of(d, rules, artifacts));
  Json driver = {{"name", "v8lint"},
                 {"version", V8LINT_VERSION},
                 {"semanticVersion", V8LINT_VERSION},
                 {"informationUri", kInformationUri},
                 {"rules", rules.descriptors()}};
  Json run = {{"tool", {{"driver", std::move(driver)}}},
              {"originalUriBaseIds", {{kSourceRootId, {{"uri", directory_uri(context.working_directory)}}}}},
              {"columnKind", "utf16CodeUnits"},
              {"results", std::move(results)}};
  Json log = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
              {"version", "2.1.0"},
              {"runs", Json::array({std::move(run)})}};
  // Messages quote source text, which need not be valid UTF-8: replace rather than throw.
  out << log.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

}  // namespace v8lint
