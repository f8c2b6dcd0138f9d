// Shared by the join tests: a join request over one recorded corpus/trace log.
#pragma once

#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include <nlohmann/json.hpp>

#include "join/join_run.h"

namespace v8lint::join::testing_support {

inline const std::string kCorpus = std::string(V8LINT_SOURCE_DIR) + "/corpus/trace";
inline const int kNodeVersions[] = {18, 20, 22, 24, 26};

// The logs hold the paths they were recorded at: map them onto this checkout.
inline JoinRequest corpus_request(const std::string& log) {
  nlohmann::json about = nlohmann::json::parse(std::ifstream(kCorpus + "/expectations.json"));
  JoinRequest request;
  request.trace.inputs = {kCorpus + "/" + log};
  request.trace.paths.source_root = "/nonexistent";
  request.trace.paths.path_maps = {{about["recorded_in"].get<std::string>(), kCorpus}};
  request.lint.threads = 1;
  return request;
}

// A log of the TypeScript program (corpus/trace/typescript, recorded elsewhere
// than the other programs): `build` is "tsc" or "bundle".
inline JoinRequest typescript_request(int version, const std::string& build) {
  nlohmann::json about = nlohmann::json::parse(std::ifstream(kCorpus + "/typescript/expectations.json"));
  JoinRequest request = corpus_request("typescript/logs/node" + std::to_string(version) + "." + build + ".v8.log.gz");
  request.trace.paths.path_maps = {{about["recorded_in"].get<std::string>(), kCorpus}};
  return request;
}

inline std::string node_log(const std::string& program, int version) {
  return program + "/logs/node" + std::to_string(version) + ".v8.log.gz";
}

// Runs the join on `program`'s log of every recorded Node version.
template <typename Check>
void for_every_node_version(const std::string& program, Check check) {
  for (int version : kNodeVersions) {
    SCOPED_TRACE("node " + std::to_string(version));
    check(version, run_join(corpus_request(node_log(program, version))));
  }
}

}  // namespace v8lint::join::testing_support
