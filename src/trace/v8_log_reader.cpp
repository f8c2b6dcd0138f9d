#include "trace/v8_log_reader.h"

#include <algorithm>
#include <unordered_map>

#include "trace/block_pipeline.h"
#include "trace/code_map.h"
#include "trace/code_name.h"
#include "trace/log_text.h"
#include "trace/v8_log_parser.h"

namespace v8lint::trace {
namespace {

// The listener for one isolate: its own code map, its own script ids.
class IsolateReader final : public V8LogListener {
 public:
  IsolateReader(TraceData& data, uint32_t isolate, LogProblems& problems)
      : data_(data), isolate_(isolate), problems_(problems) {}

  void on_code_creation(const CodeCreation& event) override;
  void on_code_move(uint64_t from, uint64_t to) override { code_map_.move(from, to); }
  void on_code_delete(uint64_t start) override { code_map_.remove(start); }
  void on_ic(const IcEvent& event) override;
  void on_deopt(const DeoptEvent& event) override;
  void on_disable_optimization(std::string_view function_name, std::string_view reason) override;
  void on_script(int64_t script_id, std::string name, std::string source, std::string source_map_url) override;

 private:
  struct CodeObject {
    uint32_t function;
    Tier tier;
  };
  const CodeObject* code_at(uint64_t address) const {
    auto id = code_map_.find(address);
    return id ? &codes_[*id] : nullptr;
  }

  TraceData& data_;
  uint32_t isolate_;
  LogProblems& problems_;
  CodeMap code_map_;
  std::vector<CodeObject> codes_;
  // code-disable-optimization names only the function: take its latest code.
  std::unordered_map<std::string, uint32_t> latest_function_by_name_;
};

void IsolateReader::on_code_creation(const CodeCreation& event) {
  if (!event.is_js || event.name.empty()) {
    code_map_.evict(event.start, event.size);
    return;
  }
  uint32_t function = data_.function_for(event.name);
  code_map_.add(event.start, event.size, static_cast<uint32_t>(codes_.size()));
  codes_.push_back({function, event.tier});
  FunctionRecord& record = data_.functions[function];
  ++record.compiled[static_cast<int>(event.tier)];
  latest_function_by_name_[record.name] = function;
}

void IsolateReader::on_ic(const IcEvent& event) {
  ++problems_.ic_events;
  const CodeObject* code = code_at(event.pc);
  if (code == nullptr || event.line < 1 || event.column < 1) {
    ++problems_.unresolved_ics;
    return;
  }
  const FunctionRecord& function = data_.functions[code->function];
  SourcePoint point{function.definition.script, static_cast<uint32_t>(event.line), static_cast<uint32_t>(event.column)};
  IcSite& site = data_.ic_site(point);
  if (site.type.empty()) site.type = event.type;
  if (site.function == kNoFunction) site.function = code->function;
  ++site.events;
  if (event.old_state != event.new_state) ++site.transitions;
  if (ic_state_rank(event.new_state) > ic_state_rank(site.worst_state)) site.worst_state = event.new_state;
  site.tiers |= static_cast<uint8_t>(1u << static_cast<int>(code->tier));
  count_for_isolate(site.isolates, isolate_);
  bool known_key = std::find(site.keys.begin(), site.keys.end(), event.key) != site.keys.end();
  if (!known_key && site.keys.size() < IcSite::kMaxKeys && !event.key.empty()) site.keys.push_back(decoded(event.key));
  std::pair<uint32_t, uint64_t> map{isolate_, event.map};
  bool known_map = std::find(site.maps.begin(), site.maps.end(), map) != site.maps.end();
  if (!known_map && site.maps.size() < IcSite::kMaxMaps && event.map != 0) site.maps.push_back(map);
}

void IsolateReader::on_deopt(const DeoptEvent& event) {
  auto code_id = code_map_.at(event.code_start);
  if (!code_id) code_id = code_map_.find(event.code_start);
  uint32_t function = code_id ? codes_[*code_id].function : kNoFunction;
  std::vector<SourcePoint> chain = intern_chain(data_.scripts, split_position_chain(event.location));
  if (chain.empty() && function != kNoFunction) chain.push_back(data_.functions[function].definition);
  if (chain.empty()) {
    ++problems_.unresolved_deopts;
    return;
  }
  std::vector<SourcePoint> outer(chain.begin() + 1, chain.end());
  data_.add_deopt(isolate_, chain[0], outer, deopt_kind_of(event.kind), decoded(event.reason), function);
}

void IsolateReader::on_disable_optimization(std::string_view function_name, std::string_view reason) {
  auto it = latest_function_by_name_.find(decoded(function_name));
  if (it == latest_function_by_name_.end()) return;
  data_.functions[it->second].disabled_reason = decoded(reason);
}

void IsolateReader::on_script(int64_t script_id, std::string name, std::string source, std::string source_map_url) {
  (void)script_id;
  if (name.empty()) return;
  if (!source.empty()) data_.scripts.set_source(data_.scripts.intern(name), std::move(source));
  if (!source_map_url.empty()) data_.scripts.set_source_map_url(data_.scripts.intern(name), std::move(source_map_url));
}

}  // namespace

void LogProblems::skip(const SkippedLines& block, uint64_t lines_before) {
  if (block.count == 0) return;
  if (skipped_lines == 0) {
    first_skipped_line = lines_before + block.first_line;
    first_skipped_reason = block.first_reason;
  }
  skipped_lines += block.count;
}

bool read_v8_log(const std::string& path, uint32_t isolate, TraceData& data, LogProblems& problems,
                 std::string& error, const ReadOptions& options) {
  std::unique_ptr<BlockSource> blocks = BlockSource::open(path, error, options.block_size);
  if (!blocks) return false;
  IsolateReader listener(data, isolate, problems);
  uint64_t lines = 0;
  parse_blocks_in_order(*blocks, options.threads, [&](EventBatch& batch) {
    batch.replay(listener);
    problems.skip(batch.skipped(), lines);
    lines += batch.lines();
  });
  if (blocks->failed()) problems.read_error = blocks->error_after(lines);
  return true;
}

}  // namespace v8lint::trace
