// Shared helpers for the trace tests: scratch files (plain and gzip) and
// lookups into findings.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>
#include <zlib.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <variant>
#include <vector>

#include "core/diagnostic.h"

namespace v8lint::trace::testing_support {

// A fresh directory per test, removed afterwards.
class ScratchDir {
 public:
  ScratchDir() {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    path_ = std::filesystem::temp_directory_path() /
            ("v8lint-trace-" + std::string(info->test_suite_name()) + "-" + info->name() + "-" + std::to_string(::getpid()));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~ScratchDir() { std::filesystem::remove_all(path_); }
  std::string path(const std::string& name) const { return (path_ / name).string(); }
  std::string root() const { return path_.string(); }

  std::string write(const std::string& name, const std::string& text) const {
    std::filesystem::create_directories((path_ / name).parent_path());
    std::ofstream(path(name), std::ios::binary) << text;
    return path(name);
  }
  std::string write_gz(const std::string& name, const std::string& text) const {
    gzFile file = gzopen(path(name).c_str(), "wb");
    gzwrite(file, text.data(), static_cast<unsigned>(text.size()));
    gzclose(file);
    return path(name);
  }

 private:
  std::filesystem::path path_;
};

struct ProcessResult {
  int exit_code;
  std::string output;  // stdout and stderr
};

// `v8lint trace ARGUMENTS` as a process.
inline ProcessResult run_cli(const std::string& arguments) {
  std::string command = std::string(V8LINT_BINARY) + " trace " + arguments + " 2>&1";
  FILE* pipe = popen(command.c_str(), "r");
  std::string output;
  char buffer[4096];
  while (size_t got = fread(buffer, 1, sizeof buffer, pipe)) output.append(buffer, got);
  int status = pclose(pipe);
  return {WEXITSTATUS(status), output};
}

// A finding's path made absolute: paths below the working directory are shown relative to it.
inline std::string absolute_path(const std::string& path) {
  return std::filesystem::absolute(path).lexically_normal().string();
}

inline const Diagnostic* find_diagnostic(const std::vector<Diagnostic>& found, const std::string& rule, uint32_t line,
                                         uint32_t column) {
  for (const Diagnostic& d : found) {
    if (d.rule_id == rule && d.location.start.line == line && d.location.start.column == column) return &d;
  }
  return nullptr;
}

// The finding of `rule` at line:column, with its message checked; fails the test and returns null when absent.
inline const Diagnostic* expect_finding(const std::vector<Diagnostic>& found, const std::string& rule, uint32_t line,
                                        uint32_t column, const std::string& message) {
  const Diagnostic* d = find_diagnostic(found, rule, line, column);
  if (d == nullptr) {
    ADD_FAILURE() << "no " << rule << " at " << line << ":" << column;
    return nullptr;
  }
  EXPECT_EQ(d->message, message);
  return d;
}

inline std::string text_property(const Diagnostic& d, const std::string& key) {
  for (const auto& [name, value] : d.properties) {
    if (name == key) return std::holds_alternative<std::string>(value) ? std::get<std::string>(value) : "";
  }
  return "<missing>";
}

inline int64_t int_property(const Diagnostic& d, const std::string& key) {
  for (const auto& [name, value] : d.properties) {
    if (name == key && std::holds_alternative<int64_t>(value)) return std::get<int64_t>(value);
  }
  return -1;
}

inline size_t count_rule(const std::vector<Diagnostic>& found, const std::string& rule) {
  size_t count = 0;
  for (const Diagnostic& d : found) count += d.rule_id == rule ? 1 : 0;
  return count;
}

}  // namespace v8lint::trace::testing_support
