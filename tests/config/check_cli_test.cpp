// `v8lint check` wiring of the configuration options, through the real binary.
#include <cstdio>
#include <sys/wait.h>

#include <gtest/gtest.h>

#include "../files/temp_tree.h"

namespace v8lint {
namespace {

using testing::TempTree;

struct CliRun {
  int exit_code;
  std::string output;  // stdout and stderr
};

// `cd_to`: the directory to run in (the test's own when empty).
CliRun check(const std::string& arguments, const std::string& cd_to = "") {
  std::string command = std::string("'") + V8LINT_BINARY + "' check --no-color " + arguments + " 2>&1";
  if (!cd_to.empty()) command = "cd " + cd_to + " && " + command;
  FILE* pipe = popen(command.c_str(), "r");
  CliRun run{-1, ""};
  char buffer[4096];
  while (size_t n = fread(buffer, 1, sizeof buffer, pipe)) run.output.append(buffer, n);
  int status = pclose(pipe);
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

std::string quote(const std::filesystem::path& path) { return "'" + path.string() + "'"; }

TEST(CheckCli, ConfigErrorExitsTwoNamingFileAndLine) {
  TempTree tree;
  tree.write("my project/.v8lintrc.json", "{\n  // comment\n  \"rules\": {\"parse-error\": \"loud\"}\n}\n");
  tree.write("my project/a.js", "let = ;\n");
  CliRun run = check(quote(tree.path("my project")));
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.output.substr(0, run.output.find('\n')),
            "v8lint: " + tree.path("my project/.v8lintrc.json").string() +
                ":3: rule level must be \"off\", \"note\", \"warn\" or \"error\"");
}

TEST(CheckCli, MissingForcedConfigIsAnErrorEvenWithNothingToLint) {
  TempTree tree;
  CliRun run = check("--config " + quote(tree.path("none.json")) + " " + quote(tree.root()));
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.output, "v8lint: " + tree.path("none.json").string() + ": cannot open: No such file or directory\n");
}

TEST(CheckCli, RuleOverrideIsValidatedAndApplied) {
  TempTree tree;
  tree.write("a.js", "let = ;\n");
  CliRun bad = check("--rule parse-error=loud " + quote(tree.root()));
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_EQ(bad.output, "v8lint: --rule parse-error=loud: level must be off, note, warn or error\n");

  EXPECT_EQ(check(quote(tree.root())).exit_code, 0);  // parse-error is a note by default
  CliRun raised = check("--rule parse-error=error " + quote(tree.root()));
  EXPECT_EQ(raised.exit_code, 1);  // now an error-level finding
  EXPECT_NE(raised.output.find("parse-error"), std::string::npos);
}

TEST(CheckCli, ReportUnusedDisableDirectives) {
  TempTree tree;
  tree.write("a.js", "// v8lint-disable-next-line parse-error\nlet x = 1;\n");
  EXPECT_EQ(check(quote(tree.root())).exit_code, 0);
  CliRun run = check("--report-unused-disable-directives --rule unused-disable-directive=error " + quote(tree.root()));
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.output.find("unused v8lint-disable-next-line directive: no \"parse-error\" finding to suppress"),
            std::string::npos);
}

// A file named without a directory, run from below the configuration's directory: its
// directory is the working directory, so the search must start there, not at "".
TEST(CheckCli, FileInWorkingDirectoryFindsConfigAbove) {
  TempTree tree;
  tree.write(".v8lintrc.json", "{\"rules\": {\"delete-property\": \"error\"}}\n");
  tree.write("sub dir/y.js", "function f(o) { delete o.a; return o; }\n");
  CliRun run = check("y.js", quote(tree.path("sub dir")));
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_EQ(run.output.substr(0, run.output.find("  ", run.output.find("error"))), "y.js:1:17  error");
  EXPECT_NE(run.output.find("[delete-property]"), std::string::npos);
}

}  // namespace
}  // namespace v8lint
