// What the trace pass learns from all logs, merged by source location.
// Memory is bounded by distinct functions, IC sites and deopt sites, never
// by log size.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "trace/code_name.h"
#include "trace/v8_log_events.h"

namespace v8lint::trace {

inline constexpr uint32_t kNoFunction = UINT32_MAX;

// A point in a script, as V8 reports it: 1-based line and column.
struct SourcePoint {
  uint32_t script = 0;
  uint32_t line = 0;
  uint32_t column = 0;
  auto operator<=>(const SourcePoint&) const = default;
};

struct IsolateCount {
  uint32_t isolate = 0;
  int64_t count = 0;
};
void count_for_isolate(std::vector<IsolateCount>& counts, uint32_t isolate);

// Script names interned once for all isolates; sources from script-source events.
class ScriptTable {
 public:
  uint32_t intern(std::string_view name);
  const std::string& name(uint32_t id) const { return names_[id]; }
  void set_source(uint32_t id, std::string source);
  const std::string* source(uint32_t id) const;
  // The sourceMappingURL of script-details events; empty when none was logged.
  void set_source_map_url(uint32_t id, std::string url) { source_map_urls_.try_emplace(id, std::move(url)); }
  std::string_view source_map_url(uint32_t id) const;
  size_t size() const { return names_.size(); }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
  };
  std::vector<std::string> names_;
  std::unordered_map<std::string, uint32_t, Hash, std::equal_to<>> ids_;
  std::unordered_map<uint32_t, std::string> sources_;
  std::unordered_map<uint32_t, std::string> source_map_urls_;
};

// A deopt position chain with its script names unescaped and interned.
std::vector<SourcePoint> intern_chain(ScriptTable& scripts, const std::vector<NamedPosition>& chain);

struct FunctionRecord {
  std::string name;
  SourcePoint definition;
  std::array<int64_t, kTierCount> compiled{};  // code objects created, per tier
  int64_t deopts = 0;
  std::string disabled_reason;                  // from code-disable-optimization
  std::vector<IsolateCount> isolates;           // deopts per isolate
};

// IC states in the order of how bad they are; 'X' (no feedback) ranks lowest.
int ic_state_rank(char state);

struct IcSite {
  SourcePoint point;
  std::string type;
  uint32_t function = kNoFunction;
  std::vector<std::string> keys;  // distinct, at most kMaxKeys
  // Distinct (isolate, map address) pairs, at most kMaxMaps: addresses mean
  // something only within one isolate.
  std::vector<std::pair<uint32_t, uint64_t>> maps;
  char worst_state = 'X';
  int64_t events = 0;
  int64_t transitions = 0;        // events that changed the state
  uint8_t tiers = 0;              // bit per Tier the IC ran in
  std::vector<IsolateCount> isolates;
  // The most distinct maps any one isolate saw here.
  int64_t map_count() const;
  static constexpr size_t kMaxKeys = 8;
  static constexpr size_t kMaxMaps = 64;
};

enum class DeoptKind : uint8_t { Eager, Soft, Lazy, DependencyChange };
inline constexpr int kDeoptKindCount = 4;
DeoptKind deopt_kind_of(std::string_view logged);
// Maglev code hands a hot loop over to Turbofan with a planned deopt ("prepare
// for on stack replacement (OSR)"): expected tier-up, not lost work.
bool is_tier_up_deopt(std::string_view reason);
std::string_view deopt_kind_name(DeoptKind kind);

struct DeoptSite {
  SourcePoint point;                 // innermost position
  std::string reason;
  std::vector<uint32_t> functions;   // the optimized functions thrown away (distinct, first seen first)
  std::array<int64_t, kDeoptKindCount> kinds{};
  int64_t count = 0;
  std::vector<std::vector<SourcePoint>> chains;  // distinct "inlined at" chains (outer frames), at most 4
  std::vector<IsolateCount> isolates;
};

struct TraceData {
  ScriptTable scripts;
  std::vector<FunctionRecord> functions;
  std::vector<IcSite> ic_sites;
  std::vector<DeoptSite> deopt_sites;
  std::vector<std::string> isolates;  // one per log file

  // The function a code-creation name ("fn /a.js:3:10") denotes, created on first sight.
  uint32_t function_for(std::string_view logged_name);
  IcSite& ic_site(SourcePoint point);
  // Counts one deopt at `point` (innermost position; `outer` are the call
  // sites it was inlined at) against the optimized `function` (or kNoFunction).
  void add_deopt(uint32_t isolate, SourcePoint point, const std::vector<SourcePoint>& outer, DeoptKind kind,
                 std::string_view reason, uint32_t function);

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
    size_t operator()(const SourcePoint& p) const {  // splitmix64 finaliser over the packed point
      uint64_t x = (static_cast<uint64_t>(p.script) << 44) ^ (static_cast<uint64_t>(p.line) << 20) ^ p.column;
      x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
      x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
      return static_cast<size_t>(x ^ (x >> 31));
    }
  };
  std::unordered_map<std::string, uint32_t, Hash, std::equal_to<>> function_ids_;
  std::unordered_map<SourcePoint, uint32_t, Hash> ic_site_ids_;
  uint32_t last_ic_site_ = UINT32_MAX;  // sites, too, repeat in bursts
  DeoptSite& deopt_site(SourcePoint point, std::string_view reason);
  std::map<std::pair<SourcePoint, std::string>, uint32_t, std::less<>> deopt_site_ids_;
};

}  // namespace v8lint::trace
