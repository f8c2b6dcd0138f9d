// `v8lint run` as a process, with the real node on PATH: the joined findings
// of the corpus programs, passthrough of stdio, exit codes and signals.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "../report/temp_dir.h"
#include "process/executable_lookup.h"
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

// The isolate logs --keep-logs left in `dir`.
std::vector<std::filesystem::path> kept_logs(const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> logs;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    std::string name = entry.path().filename().string();
    EXPECT_TRUE(name.starts_with("isolate-") && name.ends_with("-v8.log")) << name;
    logs.push_back(entry.path());
  }
  return logs;
}

const Finding kMegamorphicSite{"megamorphic-ic", "corpus/trace/megamorphic/main.js", 18, 12};
const Finding kOrderAt24{"inconsistent-property-order", "corpus/trace/megamorphic/main.js", 24, 5};
const Finding kOrderAt26{"inconsistent-property-order", "corpus/trace/megamorphic/main.js", 26, 5};

TEST(RunCommand, NodeItselfGetsTheTraceAndStaticFindingsJoined) {
  JoinedRun run = run_joined("-- node corpus/trace/megamorphic/main.js");
  EXPECT_EQ(run.cli.exit_code, 1) << run.cli.err;  // order findings confirmed hot: raised to error (docs/join.md)
  EXPECT_TRUE(contains(run.findings, kMegamorphicSite)) << ::testing::PrintToString(run.findings);
  EXPECT_TRUE(contains(run.findings, kOrderAt24));
  EXPECT_TRUE(contains(run.findings, kOrderAt26));
}

TEST(RunCommand, ACommandThatStartsNodeReachesItThroughTheShim) {
  JoinedRun run = run_joined("-- sh -c 'cd corpus/trace && node megamorphic/main.js'");
  EXPECT_EQ(run.cli.exit_code, 1) << run.cli.err;
  EXPECT_TRUE(contains(run.findings, kMegamorphicSite)) << ::testing::PrintToString(run.findings);
  EXPECT_TRUE(contains(run.findings, kOrderAt24));
}

TEST(RunCommand, AWorkerThreadsFindingsComeFromItsOwnIsolateAndFile) {
  TempDir kept;
  JoinedRun run = run_joined("--keep-logs " + shell_quote((kept.path() / "logs").string()) +
                             " -- node corpus/trace/worker/main.js");
  EXPECT_EQ(run.cli.exit_code, 1) << run.cli.err;
  EXPECT_TRUE(contains(run.findings, {"megamorphic-ic", "corpus/trace/worker/worker.js", 16, 15}))
      << ::testing::PrintToString(run.findings);
  EXPECT_EQ(run.cli.out, "");  // the "[bailout ...]" lines --log-deopt prints (Node 18-24) stay off stdout
  EXPECT_EQ(kept_logs(kept.path() / "logs").size(), 2u);  // the main thread's isolate and the worker's
}

TEST(RunCommand, NpmRunsTheScriptsNodeThroughTheShim) {
  TempDir project;
  project.write("package.json", R"({"name": "p", "version": "1.0.0", "scripts": {"test": "node lib/main.js"}})");
  std::filesystem::create_directories(project.path() / "lib");
  std::filesystem::copy_file(kSourceDir / "corpus/trace/megamorphic/main.js", project.path() / "lib/main.js");
  std::string report = (project.path() / "report.json").string();
  CliRun run = run_cli(project.path(), "run --format json -o report.json -- npm test --silent");
  EXPECT_EQ(run.exit_code, 1) << run.err;
  std::vector<Finding> found = findings_of(read_whole_file(report));
  EXPECT_TRUE(contains(found, {"megamorphic-ic", "lib/main.js", 18, 12})) << ::testing::PrintToString(found);
  EXPECT_TRUE(contains(found, {"inconsistent-property-order", "lib/main.js", 24, 5}));
}

TEST(RunCommand, ChildProcessesEachWriteTheirOwnLog) {
  TempDir project;
  std::filesystem::copy_file(kSourceDir / "corpus/trace/megamorphic/main.js", project.path() / "main.js");
  // spawn('node') finds the shim; fork() passes the flags in execArgv;
  // process.execPath without execArgv bypasses both and logs nothing.
  project.write("parent.js",
                "const cp = require('node:child_process');\n"
                "cp.spawnSync('node', [`${__dirname}/main.js`], { stdio: 'inherit' });\n"
                "cp.spawnSync(process.execPath, ['-e', '0'], { stdio: 'inherit' });\n"
                "cp.fork(`${__dirname}/main.js`);\n");
  CliRun run = run_cli(project.path(), "run --format json -o report.json --keep-logs kept -- node parent.js");
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_EQ(kept_logs(project.path() / "kept").size(), 3u);  // parent, spawned child, forked child
  std::vector<Finding> found = findings_of(read_whole_file(project.path() / "report.json"));
  EXPECT_TRUE(contains(found, {"megamorphic-ic", "main.js", 18, 12})) << ::testing::PrintToString(found);
}

TEST(RunCommand, NodeByAbsolutePathInsideTheCommandBypassesTheShim) {
  std::optional<std::string> node = process::find_executable("node", process::current_search_path());
  ASSERT_TRUE(node.has_value());
  CliRun run = run_cli(kSourceDir, "run -- sh -c " + shell_quote(shell_quote(*node) + " -e 0"));
  EXPECT_EQ(run.exit_code, 2);  // the documented limit: no log was written
  EXPECT_EQ(run.err, "v8lint: 'sh' started no node process: no V8 log to analyze\n");
}

TEST(RunCommand, MapsAddsMapEventsToTheLog) {
  TempDir kept;
  JoinedRun run = run_joined("--maps --keep-logs " + shell_quote(kept.path().string()) +
                             " -- node corpus/trace/megamorphic/main.js");
  EXPECT_EQ(run.cli.exit_code, 1) << run.cli.err;
  EXPECT_TRUE(contains(run.findings, kMegamorphicSite));
  std::vector<std::filesystem::path> logs = kept_logs(kept.path());
  ASSERT_EQ(logs.size(), 1u);
  EXPECT_NE(read_whole_file(logs[0]).find("\nmap,"), std::string::npos);
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
// The programs end by themselves after a minute, so a v8lint that does not
// forward leaves no process behind.
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
      "setTimeout(() => {}, 60000); console.log('ready');",
      temp);
  EXPECT_EQ(code, 7);
  EXPECT_EQ(read_whole_file(temp.path() / "marker"), "got SIGTERM");
}

TEST(RunCommand, AChildKilledBySigtermExits143) {
  TempDir temp;
  EXPECT_EQ(terminate_v8lint_running("setTimeout(() => {}, 60000); console.log('ready');", temp), 128 + 15);
  EXPECT_TRUE(std::filesystem::exists(temp.path() / "report.json"));  // its logs were still analyzed
}

TEST(RunCommand, ErrorLevelFindingsExitOneWhenTheChildSucceeded) {
  JoinedRun run = run_joined("--rule megamorphic-ic=error -- node corpus/trace/megamorphic/main.js");
  EXPECT_EQ(run.cli.exit_code, 1) << run.cli.err;
  EXPECT_TRUE(contains(run.findings, kMegamorphicSite));
}

TEST(RunCommand, KeepLogsThatCannotBeWrittenExitTwoAfterTheReport) {
  TempDir temp;
  std::string not_a_dir = temp.write("a-file", "").string();
  JoinedRun run = run_joined("--keep-logs " + shell_quote(not_a_dir + "/logs") + " -- node corpus/trace/megamorphic/main.js");
  EXPECT_EQ(run.cli.exit_code, 2);
  EXPECT_TRUE(run.cli.err.starts_with("v8lint: --keep-logs: cannot create " + not_a_dir + "/logs")) << run.cli.err;
  EXPECT_TRUE(contains(run.findings, kMegamorphicSite));
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
  CliRun failed = run_cli(kSourceDir, "run -- sh -c 'exit 4'");
  EXPECT_EQ(failed.exit_code, 4);  // the child's failure still wins
  EXPECT_EQ(failed.err, "v8lint: 'sh' started no node process: no V8 log to analyze\n");
}

}  // namespace
}  // namespace v8lint::testing
