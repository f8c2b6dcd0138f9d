// The events of one block of a V8 log: parsed on any thread (field
// splitting, number parsing), then replayed in log order on the thread that
// owns the isolate's state (code map, sites), since what an IC pc resolves
// to depends on every code event before it. Text fields stay views into the
// block, which must outlive the replay (script sources excepted: decoded).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "trace/block_reader.h"
#include "trace/v8_log_parser.h"

namespace v8lint::trace {

// Lines a reader could not use: counted, and the first one named.
struct SkippedLines {
  int64_t count = 0;
  uint64_t first_line = 0;  // 1-based, in the file
  std::string first_reason;

  void add(uint64_t line, const std::string& reason);
};

class EventBatch final : public V8LogListener {
 public:
  EventBatch() : parser_(*this) {}
  EventBatch(const EventBatch&) = delete;
  EventBatch& operator=(const EventBatch&) = delete;

  // Parses every line of `block`, replacing what the batch held.
  void parse(const TextBlock& block);
  // Hands the events to `listener` in log order (script texts moved out).
  void replay(V8LogListener& listener);
  uint64_t lines() const { return lines_; }
  // Line numbers relative to the block (the first line is 1).
  const SkippedLines& skipped() const { return skipped_; }

 private:
  struct CodeMove {
    uint64_t from, to;
  };
  struct CodeDelete {
    uint64_t start;
  };
  struct DisableOptimization {
    std::string_view function_name, reason;
  };
  struct Script {
    int64_t id;
    std::string name, source, source_map_url;
  };
  using Event = std::variant<CodeCreation, CodeMove, CodeDelete, IcEvent, DeoptEvent, DisableOptimization, Script>;

  void on_code_creation(const CodeCreation& event) override { events_.emplace_back(event); }
  void on_code_move(uint64_t from, uint64_t to) override { events_.emplace_back(CodeMove{from, to}); }
  void on_code_delete(uint64_t start) override { events_.emplace_back(CodeDelete{start}); }
  void on_ic(const IcEvent& event) override { events_.emplace_back(event); }
  void on_deopt(const DeoptEvent& event) override { events_.emplace_back(event); }
  void on_disable_optimization(std::string_view function_name, std::string_view reason) override {
    events_.emplace_back(DisableOptimization{function_name, reason});
  }
  void on_script(int64_t id, std::string name, std::string source, std::string source_map_url) override {
    events_.emplace_back(Script{id, std::move(name), std::move(source), std::move(source_map_url)});
  }

  V8LogParser parser_;
  std::vector<Event> events_;
  uint64_t lines_ = 0;
  SkippedLines skipped_;
  std::string problem_;
};

}  // namespace v8lint::trace
