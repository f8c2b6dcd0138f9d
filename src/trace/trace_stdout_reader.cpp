#include "trace/trace_stdout_reader.h"

#include <map>
#include <unordered_map>

#include "trace/line_reader.h"

namespace v8lint::trace {
namespace {

// The text between `open` and `close` after `from`, or empty.
std::string_view between(std::string_view text, std::string_view open, std::string_view close, size_t from = 0) {
  size_t begin = text.find(open, from);
  if (begin == std::string_view::npos) return {};
  begin += open.size();
  size_t end = text.find(close, begin);
  return end == std::string_view::npos ? std::string_view() : text.substr(begin, end - begin);
}

// "<JSFunction addAny (sfi = 0x2d6f3f1a4f21)>" -> name "addAny", sfi "0x2d6f3f1a4f21".
struct JsFunction {
  std::string_view name;
  std::string_view sfi;
};
JsFunction js_function_in(std::string_view line) {
  std::string_view inside = between(line, "<JSFunction", ")>");
  size_t sfi = inside.find("(sfi = ");
  if (sfi == std::string_view::npos) return {};
  std::string_view name = inside.substr(0, sfi);
  while (!name.empty() && name.front() == ' ') name.remove_prefix(1);
  while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
  return {name, inside.substr(sfi + 7)};
}

class StdoutTraceReader {
 public:
  StdoutTraceReader(TraceData& data, uint32_t isolate, LogProblems& problems)
      : data_(data), isolate_(isolate), problems_(problems) {}

  void line(std::string_view text);
  void finish();

 private:
  struct Pending {
    bool active = false;
    std::string kind, reason, name, sfi;
  };
  struct Function {
    std::string name;
    uint32_t record = kNoFunction;
    int64_t optimized[kTierCount] = {};
  };
  void begin_deopt(std::string_view text, std::string_view kind, std::string_view reason);
  void mark_dependent(std::string_view text);
  void add_dependency_deopts();
  void deopt_position(std::string_view text);
  void flush_unlocated();

  TraceData& data_;
  uint32_t isolate_;
  LogProblems& problems_;
  Pending pending_;
  std::unordered_map<std::string, Function> functions_;  // by sfi address
  // Dependency-change deopts by (sfi address, reason): placed at the end, once
  // every deopt of the capture has said where its function is.
  std::map<std::pair<std::string, std::string>, int64_t> dependency_deopts_;
};

void StdoutTraceReader::line(std::string_view text) {
  if (size_t at = text.find("[bailout (kind: "); at != std::string_view::npos) {  // V8 >= 9
    std::string_view head = text.substr(at);
    begin_deopt(head, between(head, "kind: ", ","), between(head, "reason: ", "): begin"));
  } else if (size_t old = text.find("[deoptimizing (DEOPT "); old != std::string_view::npos) {  // V8 < 9
    std::string_view head = text.substr(old);
    begin_deopt(head, between(head, "(DEOPT ", ")"), {});
  } else if (text.find(";;; deoptimize at <") != std::string_view::npos) {
    deopt_position(text.substr(text.find(";;; deoptimize at <") + 18));
  } else if (size_t marked = text.find("[marking dependent code "); marked != std::string_view::npos) {
    mark_dependent(text.substr(marked));
  } else if (size_t done = text.find("[completed optimizing "); done != std::string_view::npos) {
    JsFunction function = js_function_in(text.substr(done));
    if (function.sfi.empty()) return;
    Function& entry = functions_[std::string(function.sfi)];
    entry.name = function.name;
    bool maglev = text.find("(target MAGLEV)") != std::string_view::npos;
    ++entry.optimized[static_cast<int>(maglev ? Tier::Maglev : Tier::Turbofan)];
  }
}

void StdoutTraceReader::begin_deopt(std::string_view text, std::string_view kind, std::string_view reason) {
  flush_unlocated();
  JsFunction function = js_function_in(text);
  pending_ = {true, std::string(kind), std::string(reason), std::string(function.name), std::string(function.sfi)};
}

// "<a.js:2:46> inlined at <b.js:6:12>[, reason]" (the reason only before V8 9).
void StdoutTraceReader::deopt_position(std::string_view text) {
  if (!pending_.active) return;
  pending_.active = false;
  size_t last = text.rfind('>');
  if (last == std::string_view::npos) return;
  std::string_view tail = text.substr(last + 1);
  if (pending_.reason.empty() && tail.starts_with(", ")) pending_.reason = tail.substr(2);
  std::vector<SourcePoint> chain = intern_chain(data_.scripts, split_position_chain(text.substr(0, last + 1)));
  if (chain.empty()) {
    ++problems_.unresolved_deopts;
    return;
  }
  Function& function = functions_[pending_.sfi];
  function.name = pending_.name;
  if (function.record == kNoFunction) {
    // The outermost frame lies in the optimized function itself: it stands in
    // for the definition, which this output never names.
    const SourcePoint& outermost = chain.back();
    function.record = data_.function_for(pending_.name + " " + data_.scripts.name(outermost.script) + ":" +
                                         std::to_string(outermost.line) + ":" + std::to_string(outermost.column));
  }
  std::vector<SourcePoint> outer(chain.begin() + 1, chain.end());
  data_.add_deopt(isolate_, chain[0], outer, deopt_kind_of(pending_.kind), pending_.reason, function.record);
}

// "[marking dependent code 0x5e8089 <Code TURBOFAN> (0x5e3281 <SharedFunctionInfo phase>) (opt id 7) for
// deoptimization, reason: code dependencies]" (V8 < 10 has no "<Code ...>"): a dependency-change deopt,
// printed without a position even with -verbose.
void StdoutTraceReader::mark_dependent(std::string_view text) {
  size_t info = text.find(" <SharedFunctionInfo ");
  size_t open = text.rfind('(', info);
  if (info == std::string_view::npos || open == std::string_view::npos) return;
  std::string_view sfi = text.substr(open + 1, info - open - 1);
  ++dependency_deopts_[{std::string(sfi), std::string(between(text, "reason: ", "]"))}];
}

// A dependency-change deopt goes to the definition of its function when the
// capture placed that function (by a located deopt of it), like code-deopt
// lines without a position in a V8 log; otherwise it is counted as unlocated.
void StdoutTraceReader::add_dependency_deopts() {
  for (const auto& [key, count] : dependency_deopts_) {
    auto function = functions_.find(key.first);
    if (function == functions_.end() || function->second.record == kNoFunction) {
      problems_.deopts_without_position += count;
      continue;
    }
    uint32_t record = function->second.record;
    SourcePoint definition = data_.functions[record].definition;
    for (int64_t i = 0; i < count; ++i) data_.add_deopt(isolate_, definition, {}, DeoptKind::DependencyChange, key.second, record);
  }
}

void StdoutTraceReader::flush_unlocated() {
  if (pending_.active) ++problems_.deopts_without_position;
  pending_.active = false;
}

void StdoutTraceReader::finish() {
  flush_unlocated();
  add_dependency_deopts();
  for (const auto& [sfi, function] : functions_) {
    if (function.record == kNoFunction) continue;
    for (int tier = 0; tier < kTierCount; ++tier) data_.functions[function.record].compiled[tier] += function.optimized[tier];
  }
}

}  // namespace

bool read_trace_stdout(const std::string& path, uint32_t isolate, TraceData& data, LogProblems& problems,
                       std::string& error) {
  LineReader reader;
  if (!reader.open(path, error)) return false;
  StdoutTraceReader trace(data, isolate, problems);
  std::string_view line;
  while (reader.next(line)) trace.line(line);
  trace.finish();
  problems.read_error = reader.error();
  return true;
}

}  // namespace v8lint::trace
