// Shared by the join tests: a join over one committed corpus/trace log.
#pragma once

#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "join/join_run.h"

namespace v8lint::join::testing_support {

inline const std::string kCorpus = std::string(V8LINT_SOURCE_DIR) + "/corpus/trace";

// The logs hold the paths they were recorded under (expectations.json's recorded_in): mapped onto the checkout.
inline JoinRequest corpus_request(const std::string& log) {
  nlohmann::json about = nlohmann::json::parse(std::ifstream(kCorpus + "/expectations.json"));
  JoinRequest request;
  request.trace.inputs = {kCorpus + "/" + log};
  request.trace.paths.source_root = "/nonexistent";
  request.trace.paths.path_maps = {{about["recorded_in"].get<std::string>(), kCorpus}};
  request.lint.threads = 1;
  return request;
}

}  // namespace v8lint::join::testing_support
