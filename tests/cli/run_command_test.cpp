// `v8lint run` as a process, with the real node on PATH: the joined findings
// of the corpus programs, passthrough of stdio, exit codes and signals.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "../report/temp_dir.h"
#include "run_cli.h"

namespace v8lint::testing {
namespace {

const std::filesystem::path kSourceDir = V8LINT_SOURCE_DIR;

struct Finding {
  std::string rule;
  std::string path;
  int line;
  int column;
  bool operator==(const Finding&) const = default;
};

std::ostream& operator<<(std::ostream& out, const Finding& f) {
  return out << f.rule << " " << f.path << ":" << f.line << ":" << f.column;
}

// The findings of a JSON report as (rule, path, line, column).
std::vector<Finding> findings_of(const std::string& json_report) {
  std::vector<Finding> found;
  nlohmann::json report = nlohmann::json::parse(json_report);
  EXPECT_EQ(report["command"], "run");
  for (const auto& d : report["diagnostics"])
    found.push_back({d["ruleId"], d["path"], d["line"].get<int>(), d["column"].get<int>()});
  return found;
}

bool contains(const std::vector<Finding>& found, const Finding& wanted) {
  return std::find(found.begin(), found.end(), wanted) != found.end();
}

// `v8lint run --format json -o REPORT ARGS` in the source directory; the
// report's findings, with stdout and stderr the child's and v8lint's own.
struct JoinedRun {
  CliRun cli;
  std::vector<Finding> findings;
};

JoinedRun run_joined(const std::string& args, const std::string& env = "") {
  TempDir temp;
  std::string report = (temp.path() / "report.json").string();
  JoinedRun run{run_cli(kSourceDir, "run --format json -o " + shell_quote(report) + " " + args, env), {}};
  if (std::filesystem::exists(report)) run.findings = findings_of(read_whole_file(report));
  return run;
}

const Finding kMegamorphicSite{"megamorphic-ic", "corpus/trace/megamorphic/main.js", 18, 12};
const Finding kOrderAt24{"inconsistent-property-order", "corpus/trace/megamorphic/main.js", 24, 5};
const Finding kOrderAt26{"inconsistent-property-order", "corpus/trace/megamorphic/main.js", 26, 5};

TEST(RunCommand, NodeItselfGetsTheTraceAndStaticFindingsJoined) {
  JoinedRun run = run_joined("-- node corpus/trace/megamorphic/main.js");
  EXPECT_EQ(run.cli.exit_code, 0) << run.cli.err;
  EXPECT_TRUE(contains(run.findings, kMegamorphicSite)) << ::testing::PrintToString(run.findings);
  EXPECT_TRUE(contains(run.findings, kOrderAt24));
  EXPECT_TRUE(contains(run.findings, kOrderAt26));
}

TEST(RunCommand, ACommandThatStartsNodeReachesItThroughTheShim) {
  JoinedRun run = run_joined("-- sh -c 'cd corpus/trace && node megamorphic/main.js'");
  EXPECT_EQ(run.cli.exit_code, 0) << run.cli.err;
  EXPECT_TRUE(contains(run.findings, kMegamorphicSite)) << ::testing::PrintToString(run.findings);
  EXPECT_TRUE(contains(run.findings, kOrderAt24));
}

TEST(RunCommand, AWorkerThreadsFindingsComeFromItsOwnIsolateAndFile) {
  TempDir kept;
  JoinedRun run = run_joined("--keep-logs " + shell_quote((kept.path() / "logs").string()) +
                             " -- node corpus/trace/worker/main.js");
  EXPECT_EQ(run.cli.exit_code, 0) << run.cli.err;
  EXPECT_TRUE(contains(run.findings, {"megamorphic-ic", "corpus/trace/worker/worker.js", 16, 15}))
      << ::testing::PrintToString(run.findings);
  EXPECT_EQ(run.cli.out, "");  // the "[bailout ...]" lines --log-deopt prints (Node 18-24) stay off stdout
  size_t logs = 0;
  for (const auto& entry : std::filesystem::directory_iterator(kept.path() / "logs")) {
    std::string name = entry.path().filename().string();
    EXPECT_TRUE(name.starts_with("isolate-") && name.ends_with("-v8.log")) << name;
    ++logs;
  }
  EXPECT_EQ(logs, 2u);  // the main thread's isolate and the worker's
}

TEST(RunCommand, PathsWithSpacesInTheProgramAndTheTemporaryDirectory) {
  TempDir temp;
  std::filesystem::create_directories(temp.path() / "tmp dir's");
  JoinedRun run = run_joined("-- sh -c 'node \"corpus/trace/path with space/main.js\"'",
                             "TMPDIR=" + shell_quote((temp.path() / "tmp dir's").string()));
  EXPECT_EQ(run.cli.exit_code, 0) << run.cli.err;
  EXPECT_TRUE(contains(run.findings, {"polymorphic-ic", "corpus/trace/path with space/main.js", 17, 16}))
      << ::testing::PrintToString(run.findings);
  EXPECT_TRUE(std::filesystem::is_empty(temp.path() / "tmp dir's"));  // the private directory is gone
}

TEST(RunCommand, StdinAndStdoutPassThroughUntouched) {
  TempDir temp;
  std::string input = temp.write("input.txt", "line one\nline two\n").string();
  JoinedRun run = run_joined("-- node -e 'process.stdin.pipe(process.stdout)' < " + shell_quote(input));
  EXPECT_EQ(run.cli.exit_code, 0) << run.cli.err;
  EXPECT_EQ(run.cli.out, "line one\nline two\n");
}

TEST(RunCommand, TheChildsExitCodeWins) {
  JoinedRun run = run_joined("-- node -e 'process.stderr.write(\"oops\\n\"); process.exitCode = 3'");
  EXPECT_EQ(run.cli.exit_code, 3);
  EXPECT_EQ(run.cli.err, "oops\n");
}

// Starts v8lint running a node program that says "ready" once its SIGTERM
// handling is in place, sends SIGTERM to v8lint, and returns v8lint's exit code.
int terminate_v8lint_running(const std::string& program, const TempDir& temp) {
  std::string out = (temp.path() / "out").string();
  std::string script = "cd " + shell_quote(temp.path().string()) + " && " + shell_quote(V8LINT_BINARY) +
                       " run -o report.json -- node -e " + shell_quote(program) + " > " + shell_quote(out) +
                       " & pid=$!; tries=0; until grep -q ready " + shell_quote(out) +
                       " || [ $tries -ge 600 ]; do sleep 0.1; tries=$((tries+1)); done; kill -TERM $pid; wait $pid";
  int status = std::system(("sh -c " + shell_quote(script)).c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

TEST(RunCommand, SigtermReachesTheChild) {
  TempDir temp;
  int code = terminate_v8lint_running(
      "process.on('SIGTERM', () => { require('fs').writeFileSync('marker', 'got SIGTERM'); process.exit(7); });"
      "setInterval(() => {}, 1000); console.log('ready');",
      temp);
  EXPECT_EQ(code, 7);
  EXPECT_EQ(read_whole_file(temp.path() / "marker"), "got SIGTERM");
}

TEST(RunCommand, AChildKilledBySigtermExits143) {
  TempDir temp;
  EXPECT_EQ(terminate_v8lint_running("setInterval(() => {}, 1000); console.log('ready');", temp), 128 + 15);
  EXPECT_TRUE(std::filesystem::exists(temp.path() / "report.json"));  // its logs were still analyzed
}

TEST(RunCommand, ACommandNotFoundExitsTwo) {
  CliRun run = run_cli(kSourceDir, "run -- v8lint-no-such-command arg");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err, "v8lint: cannot run 'v8lint-no-such-command': command not found on PATH\n");
  EXPECT_EQ(run.out, "");
}

TEST(RunCommand, ANodeThatIsNotAProgramExitsTwo) {
  CliRun run = run_cli(kSourceDir, "run --node /nonexistent/node -- node app.js");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err, "v8lint: cannot run node '/nonexistent/node': not an executable file\n");
}

TEST(RunCommand, ACommandThatStartsNoNodeSaysSo) {
  CliRun run = run_cli(kSourceDir, "run -- true");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err, "v8lint: 'true' started no node process: no V8 log to analyze\n");
}

}  // namespace
}  // namespace v8lint::testing
