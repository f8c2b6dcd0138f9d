#include "report/json_reporter.h"

#include "report/output_policy.h"

namespace v8lint {
namespace {

using Json = nlohmann::ordered_json;

void add_location(Json& object, const Location& location) {
  object["path"] = location.path;
  object["line"] = location.start.line;
  object["column"] = location.start.column;
  object["endLine"] = location.end.line;
  object["endColumn"] = location.end.column;
}

Json diagnostic_json(const Diagnostic& d) {
  Json item = {{"ruleId", d.rule_id}, {"severity", severity_name(d.severity)}, {"message", d.message}};
  add_location(item, d.location);
  Json related = Json::array();
  for (const RelatedLocation& r : d.related) {
    Json entry = {{"message", r.message}};
    add_location(entry, r.location);
    related.push_back(std::move(entry));
  }
  item["related"] = std::move(related);
  item["properties"] = properties_json(d);
  return item;
}

}  // namespace

Json properties_json(const Diagnostic& diagnostic) {
  Json properties = Json::object();
  for (const auto& property : diagnostic.properties)
    std::visit([&](const auto& value) { properties[property.first] = value; }, property.second);
  return properties;
}

void write_json(const Report& report, std::ostream& out) {
  Json diagnostics = Json::array();
  for (const Diagnostic& d : report.diagnostics) diagnostics.push_back(diagnostic_json(d));
  SeverityCounts counts = count_by_severity(report.diagnostics);
  Json document = {
      {"version", kJsonSchemaVersion},
      {"tool", {{"name", "v8lint"}, {"version", V8LINT_VERSION}}},
      {"command", report.command},
      {"filesChecked", report.files_checked},
      {"diagnostics", std::move(diagnostics)},
      {"summary",
       {{"problems", counts.total()}, {"errors", counts.errors}, {"warnings", counts.warnings}, {"notes", counts.notes}}},
  };
  // Messages quote source text, which need not be valid UTF-8: replace rather than throw.
  out << document.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

}  // namespace v8lint
