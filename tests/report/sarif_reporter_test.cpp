#include "report/sarif_reporter.h"

#include <gtest/gtest.h>

#include <sstream>

#include <nlohmann/json.hpp>

#include "report/line_fingerprint.h"
#include "rules/registry.h"
#include "sarif_samples.h"

namespace v8lint {
namespace {

using Json = nlohmann::json;

Json sarif_of(const Report& report) {
  std::ostringstream out;
  write_sarif(report, out, testing::sample_sarif_context());
  return Json::parse(out.str());
}

const Json& rule_at(const Json& run, const Json& result) {
  return run["tool"]["driver"]["rules"][result["ruleIndex"].get<size_t>()];
}

TEST(SarifReporter, RunDeclaresSchemaToolSourceRootAndColumnKind) {
  Json log = sarif_of(Report{"check", {}, 0, {}});
  EXPECT_EQ(log["$schema"], "https://json.schemastore.org/sarif-2.1.0.json");
  EXPECT_EQ(log["version"], "2.1.0");
  ASSERT_EQ(log["runs"].size(), 1u);
  const Json& run = log["runs"][0];
  EXPECT_EQ(run["tool"]["driver"]["name"], "v8lint");
  EXPECT_EQ(run["tool"]["driver"]["version"], V8LINT_VERSION);
  EXPECT_TRUE(run["tool"]["driver"]["informationUri"].get<std::string>().starts_with("https://"));
  EXPECT_EQ(run["originalUriBaseIds"]["%SRCROOT%"]["uri"], "file:///work/app/");
  EXPECT_EQ(run["columnKind"], "utf16CodeUnits");
  EXPECT_EQ(run["results"], Json::array());
}

TEST(SarifReporter, DriverListsEveryRegisteredRuleAndParseError) {
  Json rules = sarif_of(Report{"check", {}, 0, {}})["runs"][0]["tool"]["driver"]["rules"];
  ASSERT_EQ(rules.size(), all_rules().size() + 1);
  for (size_t i = 0; i < all_rules().size(); ++i) {
    const RuleMeta& meta = all_rules()[i].meta;
    EXPECT_EQ(rules[i]["id"], meta.id);
    EXPECT_EQ(rules[i]["name"], rule_name(meta.id));
    EXPECT_EQ(rules[i]["shortDescription"]["text"], meta.summary);
    if (meta.default_severity == Severity::Off) {  // variable-type-change
      EXPECT_EQ(rules[i]["defaultConfiguration"], (Json{{"enabled", false}, {"level", "warning"}}));
    } else {
      EXPECT_EQ(rules[i]["defaultConfiguration"]["level"], severity_name(meta.default_severity));
    }
  }
  const Json& parse_error = rules.back();
  EXPECT_EQ(parse_error["id"], "parse-error");
  EXPECT_EQ(parse_error["name"], "ParseError");
  EXPECT_EQ(parse_error["defaultConfiguration"]["level"], "note");
  EXPECT_EQ(parse_error["help"]["text"], parse_error["help"]["markdown"]);
}

TEST(SarifReporter, RuleNamesArePascalCase) {
  EXPECT_EQ(rule_name("hidden-class-change"), "HiddenClassChange");
  EXPECT_EQ(rule_name("parse-error"), "ParseError");
  EXPECT_EQ(rule_name("x"), "X");
}

TEST(SarifReporter, ResultsCarryLevelRegionRelatedLocationsAndProperties) {
  Json log = sarif_of(testing::related_locations_report());
  const Json& run = log["runs"][0];
  ASSERT_EQ(run["results"].size(), 3u);
  const Json& shape = run["results"][2];
  EXPECT_EQ(shape["ruleId"], "hidden-class-change");
  EXPECT_EQ(rule_at(run, shape)["id"], "hidden-class-change");
  EXPECT_EQ(rule_at(run, shape)["defaultConfiguration"]["level"], "warning");  // not registered: the finding's level
  EXPECT_EQ(shape["level"], "warning");
  EXPECT_EQ(shape["message"]["text"], "Property 'y' is added after construction.");
  EXPECT_EQ(shape["locations"][0]["physicalLocation"],
            Json::parse(R"({"artifactLocation": {"uri": "src/shapes.js", "uriBaseId": "%SRCROOT%"},
                            "region": {"startLine": 2, "startColumn": 5, "endLine": 2, "endColumn": 6}})"));
  ASSERT_EQ(shape["relatedLocations"].size(), 2u);
  EXPECT_EQ(shape["relatedLocations"][0]["id"], 1);
  EXPECT_EQ(shape["relatedLocations"][0]["message"]["text"], "The object is created here.");
  EXPECT_EQ(shape["relatedLocations"][1]["id"], 2);
  EXPECT_EQ(shape["relatedLocations"][1]["physicalLocation"]["region"],
            Json::parse(R"({"startLine": 3, "startColumn": 1, "endLine": 4, "endColumn": 2})"));
  EXPECT_EQ(shape["properties"], Json::parse(R"({"shapes": 3, "tier": "turbofan"})"));

  EXPECT_EQ(run["results"][0]["level"], "error");
  EXPECT_EQ(run["results"][1]["level"], "note");
  EXPECT_EQ(rule_at(run, run["results"][1])["id"], "parse-error");
  EXPECT_FALSE(run["results"][1].contains("relatedLocations"));
  EXPECT_FALSE(run["results"][1].contains("properties"));
}

TEST(SarifReporter, FingerprintsAreCodeqlLineHashesOfTheReportedFile) {
  Json results = sarif_of(testing::related_locations_report())["runs"][0]["results"];
  // "let x = 1;\nlet x = 1;\n": line 1 and line 2 hashes (see line_fingerprint_test.cpp).
  EXPECT_EQ(results[0]["partialFingerprints"]["primaryLocationLineHash"], "ff7e5a1fc939c373:1");
  EXPECT_EQ(results[2]["partialFingerprints"]["primaryLocationLineHash"], "4d77c39d46dbac0b:1");
}

TEST(SarifReporter, UnreadableFileGetsNoFingerprint) {
  Json result = sarif_of(testing::outside_working_directory_report())["runs"][0]["results"][0];
  EXPECT_FALSE(result.contains("partialFingerprints"));
}

TEST(SarifReporter, FilesOutsideTheWorkingDirectoryAreAbsoluteUris) {
  Json artifact = sarif_of(testing::outside_working_directory_report())["runs"][0]["results"][0]["locations"][0]
                      ["physicalLocation"]["artifactLocation"];
  EXPECT_EQ(artifact, Json::parse(R"({"uri": "file:///opt/lib/node_modules/x/index.js"})"));
}

TEST(SarifReporter, UnknownColumnsAreLeftOutOfTheRegion) {
  Json result = sarif_of(testing::outside_working_directory_report())["runs"][0]["results"][1];
  EXPECT_EQ(result["locations"][0]["physicalLocation"]["region"], Json::parse(R"({"startLine": 14})"));
}

TEST(SarifReporter, PathsArePercentEncoded) {
  Json space = sarif_of(testing::space_in_path_report())["runs"][0]["results"][0];
  EXPECT_EQ(space["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], "my%20dir/a%20b.js");
  EXPECT_EQ(space["partialFingerprints"]["primaryLocationLineHash"],
            primary_location_line_hashes(testing::sample_sources().at("my dir/a b.js"))[1]);
  Json unicode = sarif_of(testing::unicode_report())["runs"][0]["results"][0];
  EXPECT_EQ(unicode["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            "src/%C3%BCnic%C3%B6de/%E6%96%87%E4%BB%B6.ts");
  EXPECT_EQ(unicode["message"]["text"], "Property '\xC3\xA9t\xC3\xA9' changes the shape of '\xF0\x9F\x98\x80' \xEF\xBF\xBD.");
}

}  // namespace
}  // namespace v8lint
