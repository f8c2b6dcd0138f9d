// The V8 log events the trace pass uses, as parsed from one line. Text
// fields are views into the line (still escaped) and die with it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace v8lint::trace {

// Execution tier of a code object, from the code-creation marker.
enum class Tier : uint8_t {
  Interpreted,  // "~" Ignition bytecode (or "" when optimization is disabled)
  Sparkplug,    // "^" baseline
  Maglev,       // "+" Maglev (V8 >= 11), Turboprop (V8 9.x)
  Turbofan,     // "*" Turbofan; "-" native-context-independent Turbofan (V8 8.x)
  Other,        // builtins, stubs, regexps, ...
};
inline constexpr int kTierCount = 5;
std::string_view tier_name(Tier tier);
inline bool is_optimized(Tier tier) { return tier == Tier::Maglev || tier == Tier::Turbofan; }

struct CodeCreation {
  uint64_t start = 0;
  uint64_t size = 0;
  bool is_js = false;       // tags LazyCompile/Function/Script/Eval (old), JS (new)
  Tier tier = Tier::Other;
  bool optimization_disabled = false;  // JS code logged with the "" marker
  std::string_view name;    // "<function> <script>:<line>:<column>" or "<script>"
};

struct IcEvent {
  std::string_view type;    // LoadIC, KeyedStoreIC, ...
  uint64_t pc = 0;
  int64_t line = 0;         // 1-based
  int64_t column = 0;       // 1-based
  char old_state = '0';
  char new_state = '0';
  uint64_t map = 0;
  std::string_view key;
};

struct DeoptEvent {
  uint64_t code_start = 0;
  std::string_view kind;     // eager, soft, lazy, deopt-eager, bailout-soft, dependency-change, ...
  std::string_view location; // "<a.js:2:46> inlined at <b.js:6:12>" or "<unknown>"
  std::string_view reason;
};

class V8LogListener {
 public:
  virtual ~V8LogListener() = default;
  virtual void on_code_creation(const CodeCreation& event) = 0;
  virtual void on_code_move(uint64_t from, uint64_t to) = 0;
  virtual void on_code_delete(uint64_t start) = 0;
  virtual void on_ic(const IcEvent& event) = 0;
  virtual void on_deopt(const DeoptEvent& event) = 0;
  virtual void on_disable_optimization(std::string_view function_name, std::string_view reason) = 0;
  // script-source (source set) and script-details (source_map_url set: the
  // script's sourceMappingURL as V8 read it, empty when it has none). Unlike
  // the other events' fields, these come unescaped: a source is megabytes of
  // text, decoded where lines are parsed (in parallel), not where events are
  // applied (in order, on one thread).
  virtual void on_script(int64_t script_id, std::string name, std::string source, std::string source_map_url) = 0;
};

}  // namespace v8lint::trace
