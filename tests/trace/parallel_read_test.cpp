// Reading a V8 log on several threads, in blocks of any size, gives exactly
// what one thread gives: the same findings in the same order, the same
// counts, the same summary and the same skipped lines. Checked on every real
// log (../shared/fixtures/v8-logs and corpus/trace), plain and gzip.
#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

#include "report/json_reporter.h"
#include "trace/line_reader.h"
#include "trace/script_paths.h"
#include "trace/script_maps.h"
#include "trace/trace_findings.h"
#include "trace/v8_log_reader.h"
#include "trace_test_support.h"

namespace v8lint::trace {
namespace {
using namespace testing_support;
namespace fs = std::filesystem;

// Everything a read leaves behind, as text: findings (JSON), summary, problems.
std::string read_result(const std::string& path, const ReadOptions& options) {
  TraceData data;
  data.isolates.push_back("v8.log");
  LogProblems problems;
  std::string error;
  EXPECT_TRUE(read_v8_log(path, 0, data, problems, error, options)) << error;
  PathOptions paths;
  paths.source_root = "/nonexistent";
  ScriptResolver resolver(data.scripts, paths);
  ScriptMaps maps(data.scripts, resolver);
  TraceFindings findings = build_findings(data, resolver, maps, FindingOptions{});
  std::ostringstream out;
  write_json(Report{"trace", findings.diagnostics, 1, {}}, out);
  for (const std::string& line : findings.summary_lines) out << line << '\n';
  out << problems.skipped_lines << ' ' << problems.first_skipped_line << ' ' << problems.first_skipped_reason << ' '
      << problems.ic_events << ' ' << problems.unresolved_ics << ' ' << problems.unresolved_deopts << ' '
      << problems.read_error;
  return out.str();
}

std::vector<std::string> real_v8_logs() {
  std::vector<std::string> logs;
  for (const auto& entry : fs::directory_iterator(std::string(V8LINT_SHARED_DIR) + "/fixtures/v8-logs")) {
    if (entry.path().string().find(".v8.log") != std::string::npos) logs.push_back(entry.path().string());
  }
  for (const auto& entry : fs::recursive_directory_iterator(std::string(V8LINT_SOURCE_DIR) + "/corpus/trace")) {
    if (entry.path().string().ends_with(".v8.log.gz")) logs.push_back(entry.path().string());
  }
  std::sort(logs.begin(), logs.end());
  return logs;
}

std::string gunzip(const std::string& path, const ScratchDir& dir) {
  LineReader reader;
  std::string error, text;
  EXPECT_TRUE(reader.open(path, error)) << error;
  for (std::string_view line; reader.next(line);) (text += line) += '\n';
  return dir.write("plain.v8.log", text);
}

TEST(ParallelRead, EveryRealLogReadsTheSameOnAnyThreadsAndBlocks) {
  ScratchDir dir;
  std::vector<std::string> logs = real_v8_logs();
  ASSERT_GE(logs.size(), 30u);
  size_t with_findings = 0;  // the comparisons compare findings: only the worker logs' main isolates and array-callback's Node 18 log (nothing polymorphic, no deopt) have none
  for (const std::string& log : logs) {
    std::string one_thread = read_result(log, {.threads = 1});
    with_findings += one_thread.find("\"ruleId\"") != std::string::npos;
    EXPECT_EQ(read_result(log, {.threads = 4, .block_size = 997}), one_thread) << log;
    if (log.ends_with(".gz")) {
      std::string plain = gunzip(log, dir);
      EXPECT_EQ(read_result(plain, {.threads = 3, .block_size = 4096}), one_thread) << log;
    }
  }
  EXPECT_EQ(with_findings, logs.size() - 3);
}

TEST(ParallelRead, SkippedLinesAreNumberedInTheWholeFile) {
  ScratchDir dir;
  std::string log = "v8-version,11,3,244,8,-node.38,0\n";
  for (int line = 0; line < 500; ++line) log += "code-creation,JS,10,100,0x1000,64,getX /proj/app.js:1:10,0xa0,~\n";
  log += "LoadIC,broken\nnot an event\ncode-deopt,130,300,0x3000,-1";
  std::string path = dir.write("v8.log", log);
  for (ReadOptions options : {ReadOptions{.threads = 1}, ReadOptions{.threads = 4, .block_size = 100}}) {
    TraceData data;
    LogProblems problems;
    std::string error;
    ASSERT_TRUE(read_v8_log(path, 0, data, problems, error, options));
    EXPECT_EQ(problems.skipped_lines, 3);
    EXPECT_EQ(problems.first_skipped_line, 502u);
    EXPECT_EQ(problems.first_skipped_reason, "IC event in no known layout");
  }
}

}  // namespace
}  // namespace v8lint::trace
