// The built binary end to end: exit codes, the shared output options, and the
// one finding main has today (parse-error).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "report/artifact_uri.h"
#include "report/line_fingerprint.h"
#include "run_cli.h"

namespace v8lint {
namespace {

namespace fs = std::filesystem;
using testing::run_cli;
using testing::Stdout;
using testing::TempDir;

// tree-sitter's error node for this is the `=` that cannot continue `let y`.
constexpr const char* kBrokenSource = "let x = 1;\nlet y = ;\n";
constexpr const char* kParseErrorHeader =
    "bad.js:2:7  note  syntax error; rules ran on the parts that parsed  [parse-error]\n";

// Each test runs v8lint in a fresh directory holding bad.js.
class Cli : public ::testing::Test {
 protected:
  void SetUp() override { dir.write("bad.js", kBrokenSource); }
  testing::CliRun v8lint(const std::string& args, const std::string& env = "", Stdout kind = Stdout::Captured) {
    return run_cli(dir.path(), args, env, kind);
  }
  size_t entries() const {
    return static_cast<size_t>(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()));
  }

  TempDir dir;
};

TEST_F(Cli, VersionPrintsTheVersionAndExitsZero) {
  auto run = v8lint("--version");
  EXPECT_EQ(run.exit_code, 0);
  EXPECT_EQ(run.out, "v8lint " V8LINT_VERSION "\n");
}

TEST_F(Cli, UnknownSubcommandOrNoneIsAUsageError) {
  EXPECT_EQ(v8lint("frobnicate").exit_code, 2);
  EXPECT_EQ(v8lint("").exit_code, 2);
  EXPECT_EQ(v8lint("check --no-such-option").exit_code, 2);
}

TEST_F(Cli, SyntaxErrorIsAParseErrorNoteAtItsExactPositionAndExitsZero) {
  auto run = v8lint("check bad.js");
  EXPECT_EQ(run.exit_code, 0);  // a note is not a failure
  EXPECT_EQ(run.out, std::string(kParseErrorHeader) +
                         " 2 | let y = ;\n"
                         "   |       ^\n"
                         "\n"
                         "\u2716 1 problem (0 errors, 0 warnings, 1 note)\n");
}

TEST_F(Cli, JsonFormatGivesTheSamePositionAndCounts) {
  auto run = v8lint("check --format json bad.js");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  auto doc = nlohmann::json::parse(run.out);
  EXPECT_EQ(doc["version"], 1);
  EXPECT_EQ(doc["command"], "check");
  EXPECT_EQ(doc["filesChecked"], 1);
  ASSERT_EQ(doc["diagnostics"].size(), 1u);
  const auto& d = doc["diagnostics"][0];
  EXPECT_EQ(d["ruleId"], "parse-error");
  EXPECT_EQ(d["path"], "bad.js");
  EXPECT_EQ(d["line"], 2);
  EXPECT_EQ(d["column"], 7);
  EXPECT_EQ(d["endLine"], 2);
  EXPECT_EQ(d["endColumn"], 8);
  EXPECT_EQ(doc["summary"]["notes"], 1);
}

TEST_F(Cli, GithubFormatIsTheDefaultUnderGithubActions) {
  auto run = v8lint("check bad.js", "GITHUB_ACTIONS=true");
  EXPECT_EQ(run.exit_code, 0);
  EXPECT_EQ(run.out,
            "::notice file=bad.js,line=2,col=7,endLine=2,endColumn=8,title=parse-error::"
            "syntax error; rules ran on the parts that parsed\n");
  EXPECT_EQ(v8lint("check --format text bad.js", "GITHUB_ACTIONS=true").out.substr(0, 10), "bad.js:2:7");
}

TEST_F(Cli, QuietShowsErrorsOnly) {
  auto run = v8lint("check --quiet bad.js");
  EXPECT_EQ(run.exit_code, 0);
  EXPECT_EQ(run.out, "\u2714 no errors (1 file checked)\n");
}

// One warning from a real rule (variable-type-change, turned on: it is off by
// default); only exit codes and v8lint's own messages are asserted here, the
// finding is the rule's business.
TEST_F(Cli, WarningsFailOnlyBeyondMaxWarningsAndErrorsAlwaysFail) {
  dir.write(".v8lintrc.json", "{ \"rules\": { \"variable-type-change\": \"warn\" } }\n");
  dir.write("warn.js", "let status = 1;\nstatus = 'x';\n");
  EXPECT_EQ(v8lint("check warn.js").exit_code, 0);
  EXPECT_EQ(v8lint("check --max-warnings 1 warn.js").exit_code, 0);
  auto over = v8lint("check --max-warnings 0 warn.js");
  EXPECT_EQ(over.exit_code, 1);
  EXPECT_EQ(over.err, "v8lint: too many warnings (1, --max-warnings 0)\n");
  auto quiet = v8lint("check --quiet --max-warnings 0 warn.js");
  EXPECT_EQ(quiet.exit_code, 1);  // hidden warnings still count
  EXPECT_EQ(quiet.out, "\u2714 no errors (1 file checked)\n");
  EXPECT_EQ(v8lint("check warn.js --rule variable-type-change=error").exit_code, 1);
  EXPECT_EQ(v8lint("check --quiet warn.js --rule variable-type-change=error").out.substr(0, 17), "warn.js:2:10  err");
}

TEST_F(Cli, ColourOnlyOnATerminalWithoutNoColor) {
  const std::string coloured_severity = "  \x1b[1;36mnote\x1b[0m  ";
  EXPECT_TRUE(v8lint("check bad.js").out.starts_with(kParseErrorHeader));
  EXPECT_NE(v8lint("check bad.js", "", Stdout::Terminal).out.find(coloured_severity), std::string::npos);
  for (auto [args, env] : {std::pair{"check --no-color bad.js", ""}, std::pair{"check bad.js", "NO_COLOR=1"}}) {
    auto run = v8lint(args, env, Stdout::Terminal);
    EXPECT_NE(run.out.find("bad.js:2:7  note  syntax error"), std::string::npos) << args << " " << env;
    EXPECT_EQ(run.out.find('\x1b'), std::string::npos) << args << " " << env;
  }
}

TEST_F(Cli, BadOptionValuesAreUsageErrors) {
  auto format = v8lint("check --format xml bad.js");
  EXPECT_EQ(format.exit_code, 2);
  EXPECT_NE(format.err.find("--format: expected text, json, sarif or github"), std::string::npos) << format.err;
  auto max = v8lint("check --max-warnings -1 bad.js");
  EXPECT_EQ(max.exit_code, 2);
  EXPECT_NE(max.err.find("--max-warnings: must be 0 or more, got -1"), std::string::npos) << max.err;
  EXPECT_EQ(v8lint("check --max-warnings 0 bad.js").exit_code, 0);  // notes are not warnings
}

TEST_F(Cli, MissingInputIsAnIoError) {
  auto run = v8lint("check missing.js");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("missing.js"), std::string::npos) << run.err;
}

TEST_F(Cli, OutputFileReceivesTheReportAndStdoutStaysEmpty) {
  auto run = v8lint("check --format json -o report.json bad.js");
  EXPECT_EQ(run.exit_code, 0);
  EXPECT_EQ(run.out, "");
  auto doc = nlohmann::json::parse(testing::read_whole_file(dir.path() / "report.json"));
  EXPECT_EQ(doc["diagnostics"][0]["line"], 2);
}

TEST_F(Cli, OutputIntoAMissingDirectoryIsAnIoErrorAndWritesNothing) {
  auto run = v8lint("check --format sarif -o no/such/dir/r.sarif bad.js");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err, "v8lint: cannot write 'no/such/dir/r.sarif': directory 'no/such/dir' does not exist\n");
  EXPECT_EQ(run.out, "");
  EXPECT_FALSE(fs::exists(dir.path() / "no"));
  EXPECT_EQ(entries(), 1u);  // only bad.js
}

TEST_F(Cli, OutputOverAnExistingDirectoryFailsWithoutTouchingIt) {
  dir.write("out/keep.txt", "kept");
  auto run = v8lint("check -o out bad.js");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err, "v8lint: cannot write 'out': Is a directory\n");
  EXPECT_EQ(testing::read_whole_file(dir.path() / "out/keep.txt"), "kept");
  EXPECT_EQ(entries(), 2u);
}

TEST_F(Cli, UnwritableStandardOutputIsAnIoError) {
  std::string command = "cd " + testing::shell_quote(dir.path().string()) + " && " +
                        testing::shell_quote(V8LINT_BINARY) + " check bad.js > /dev/full 2> err";
  int status = std::system(command.c_str());
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 2);
  EXPECT_EQ(testing::read_whole_file(dir.path() / "err"), "v8lint: cannot write the report to standard output\n");
}

TEST_F(Cli, SarifForAPathWithSpacesIsRelativeFingerprintedAndValid) {
  std::string source = "function f() {\n  return (;\n}\n";
  dir.write("my src/bad file.js", source);
  auto run = v8lint("check --format sarif -o out.sarif 'my src/bad file.js'");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  auto log = nlohmann::json::parse(testing::read_whole_file(dir.path() / "out.sarif"));
  const auto& run_json = log["runs"][0];
  EXPECT_EQ(run_json["originalUriBaseIds"]["%SRCROOT%"]["uri"], directory_uri(fs::canonical(dir.path()).string()));
  ASSERT_EQ(run_json["results"].size(), 1u);
  const auto& result = run_json["results"][0];
  EXPECT_EQ(result["ruleId"], "parse-error");
  EXPECT_EQ(result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], "my%20src/bad%20file.js");
  EXPECT_EQ(result["locations"][0]["physicalLocation"]["region"]["startLine"], 2);
  EXPECT_EQ(result["locations"][0]["physicalLocation"]["region"]["startColumn"], 10);  // the `(`
  EXPECT_EQ(result["partialFingerprints"]["primaryLocationLineHash"], primary_location_line_hashes(source)[1]);

  int status = std::system(("cd " + testing::shell_quote(dir.path().string()) + " && " +
                            testing::shell_quote(V8LINT_SHARED_DIR "/sarif/validate-sarif") + " out.sarif > v.log 2>&1")
                               .c_str());
  std::string validator = testing::read_whole_file(dir.path() / "v.log");
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << validator;
  EXPECT_NE(validator.find("out.sarif: multitool ok"), std::string::npos) << validator;
}

}  // namespace
}  // namespace v8lint
