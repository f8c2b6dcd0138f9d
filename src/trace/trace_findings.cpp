#include "trace/trace_findings.h"

#include <algorithm>
#include <map>

namespace v8lint::trace {
namespace {

constexpr std::string_view kImpact = "impact";

// The items, each formatted, separated by `separator`.
template <typename Items, typename Format>
std::string join(const Items& items, Format format, std::string_view separator = ", ") {
  std::string text;
  for (const auto& item : items) {
    if (!text.empty()) text += separator;
    text += format(item);
  }
  return text;
}

std::string isolate_counts(const TraceData& data, const std::vector<IsolateCount>& counts) {
  return join(counts, [&](const IsolateCount& entry) { return data.isolates[entry.isolate] + ": " + std::to_string(entry.count); });
}

std::string tier_list(uint8_t tiers) {
  std::vector<Tier> present;
  for (int tier = 0; tier < kTierCount; ++tier) {
    if ((tiers & (1u << tier)) != 0) present.push_back(static_cast<Tier>(tier));
  }
  return join(present, [](Tier tier) { return std::string(tier_name(tier)); }, ",");
}

std::string function_label(const TraceData& data, uint32_t function) {
  if (function == kNoFunction) return "unknown function";
  const std::string& name = data.functions[function].name;
  return name.empty() ? "<anonymous>" : name;
}

std::string function_list(const TraceData& data, const std::vector<uint32_t>& functions) {
  std::string text = join(functions, [&](uint32_t function) { return function_label(data, function); });
  return text.empty() ? "unknown function" : text;
}

std::string quoted_keys(const std::vector<std::string>& keys) {
  std::string text = join(keys, [](const std::string& key) { return "`" + key + "`"; });
  return text.empty() ? "an unknown key" : text;
}

// "eager: 6, soft: 1"
std::string deopt_kinds(const DeoptSite& site) {
  std::vector<int> seen;
  for (int kind = 0; kind < kDeoptKindCount; ++kind) {
    if (site.kinds[kind] > 0) seen.push_back(kind);
  }
  return join(seen, [&](int kind) {
    return std::string(deopt_kind_name(static_cast<DeoptKind>(kind))) + ": " + std::to_string(site.kinds[kind]);
  });
}

// Builds one finding kind after another into a shared list.
class FindingBuilder {
 public:
  FindingBuilder(const TraceData& data, ScriptResolver& resolver, ScriptMaps& maps, const FindingOptions& options)
      : data_(data), resolver_(resolver), maps_(maps), options_(options) {}

  void add_ic_sites();
  void add_deopt_sites();
  void add_deopt_loops();
  std::vector<Diagnostic> take() { return std::move(diagnostics_); }
  // The text of each file findings point into, by the path they show.
  const std::map<std::string, const SourceText*>& texts_by_path() const { return texts_by_path_; }

 private:
  // In the original source when the script's source map maps the point (then `mapped` is set).
  Location location_of(const SourcePoint& point, bool* mapped = nullptr) {
    Location location;
    auto original = maps_.original(point);
    if (mapped != nullptr) *mapped = original.has_value();
    const SourceText* text = original ? original->text : resolver_.source_text(point.script);
    location.path = original ? *original->path : resolver_.display_path(point.script);
    location.start = original ? original->position : Position{point.line, point.column};
    location.end = {location.start.line, location.start.column + 1};
    texts_by_path_.emplace(location.path, text);
    add_line_text(text, location);
    return location;
  }
  Diagnostic& add(std::string_view rule, Severity severity, const SourcePoint& point, std::string message) {
    Diagnostic& d = diagnostics_.emplace_back();
    d.rule_id = rule;
    d.severity = severity;
    bool mapped = false;
    d.location = location_of(point, &mapped);
    d.message = std::move(message);
    if (mapped) {  // where V8 saw it, in the generated script
      d.properties.emplace_back("generated", resolver_.display_path(point.script) + ":" + std::to_string(point.line) + ":" +
                                                 std::to_string(point.column));
    }
    return d;
  }
  void add_chains(Diagnostic& d, const DeoptSite& site);
  int64_t deopt_loop_threshold(const SourcePoint& point) {
    return options_.file_settings ? options_.file_settings->deopt_loop_threshold(location_of(point).path)
                                  : kDefaultDeoptLoopThreshold;
  }

  const TraceData& data_;
  ScriptResolver& resolver_;
  ScriptMaps& maps_;
  const FindingOptions& options_;
  std::vector<Diagnostic> diagnostics_;
  std::map<std::string, const SourceText*> texts_by_path_;
};

void FindingBuilder::add_ic_sites() {
  for (const IcSite& site : data_.ic_sites) {
    int rank = ic_state_rank(site.worst_state);
    if (rank < ic_state_rank('P') || !maps_.is_reported(site.point)) continue;
    bool megamorphic = rank >= ic_state_rank('N');
    std::string state = site.worst_state == 'G' ? "generic" : megamorphic ? "megamorphic" : "polymorphic";
    std::string verb = megamorphic ? " went " : " stayed ";
    std::string message = site.type + " for " + quoted_keys(site.keys) + verb + state + " (" +
                          std::to_string(site.map_count()) + " maps seen) in " + function_label(data_, site.function);
    Diagnostic& d = add(megamorphic ? "megamorphic-ic" : "polymorphic-ic", megamorphic ? Severity::Warning : Severity::Note,
                        site.point, std::move(message));
    int64_t impact = megamorphic ? 100 + site.events : 10 + site.map_count();
    d.properties.insert(d.properties.begin(), {{"ic_type", site.type},
                    {"state", state},
                    {"keys", quoted_keys(site.keys)},
                    {"maps", site.map_count()},
                    {"events", site.events},
                    {"transitions", site.transitions},
                    {"function", function_label(data_, site.function)},
                    {"tiers", tier_list(site.tiers)},
                    {"isolates", isolate_counts(data_, site.isolates)},
                    {std::string(kImpact), impact}});
  }
}

// Every call site the deopt position was inlined through, once each, outermost last.
void FindingBuilder::add_chains(Diagnostic& d, const DeoptSite& site) {
  std::vector<SourcePoint> calls;
  for (const std::vector<SourcePoint>& chain : site.chains) {
    for (const SourcePoint& call : chain) {
      if (std::find(calls.begin(), calls.end(), call) == calls.end()) calls.push_back(call);
    }
  }
  for (const SourcePoint& call : calls) d.related.push_back({location_of(call), "inlined into optimized code through this call"});
}

void FindingBuilder::add_deopt_sites() {
  for (const DeoptSite& site : data_.deopt_sites) {
    if (!maps_.is_reported(site.point)) continue;
    auto dominant = static_cast<DeoptKind>(std::max_element(site.kinds.begin(), site.kinds.end()) - site.kinds.begin());
    int64_t costly = is_tier_up_deopt(site.reason) ? 0
                     : site.kinds[static_cast<int>(DeoptKind::Eager)] + site.kinds[static_cast<int>(DeoptKind::Soft)];
    std::string kinds = deopt_kinds(site);
    std::string message = std::string(deopt_kind_name(dominant)) + " deopt: " + site.reason + " (" +
                          std::to_string(site.count) + (site.count == 1 ? " time" : " times") + ") in optimized " +
                          function_list(data_, site.functions);
    Diagnostic& d = add("deopt", costly > 0 ? Severity::Warning : Severity::Note, site.point, std::move(message));
    add_chains(d, site);
    d.properties.insert(d.properties.begin(), {{"kind", std::string(deopt_kind_name(dominant))},
                    {"kinds", kinds},
                    {"reason", site.reason},
                    {"count", site.count},
                    {"function", function_list(data_, site.functions)},
                    {"inlined", static_cast<int64_t>(site.chains.size())},
                    {"isolates", isolate_counts(data_, site.isolates)},
                    {std::string(kImpact), costly * 10 + (site.count - costly) * 3}});
  }
}

// Each isolate runs its own copy of a function, so a loop is counted per isolate.
int64_t most_in_one_isolate(const std::vector<IsolateCount>& counts) {
  int64_t most = 0;
  for (const IsolateCount& entry : counts) most = std::max(most, entry.count);
  return most;
}

std::string deopt_loop_message(const FunctionRecord& function, const std::string& name, int64_t optimized, bool looping) {
  std::string message = "V8 gave up optimizing " + name;
  if (looping) {
    message = name + " was optimized " + std::to_string(optimized) + " times and deoptimized " +
              std::to_string(function.deopts) + " times";
    if (function.isolates.size() > 1) {
      message += " (up to " + std::to_string(most_in_one_isolate(function.isolates)) + " in one of " +
                 std::to_string(function.isolates.size()) + " isolates)";
    }
  }
  if (!function.disabled_reason.empty()) message += (looping ? "; optimization disabled: " : ": ") + function.disabled_reason;
  return message;
}

void FindingBuilder::add_deopt_loops() {
  for (const FunctionRecord& function : data_.functions) {
    if (!maps_.is_reported(function.definition)) continue;
    bool looping = most_in_one_isolate(function.isolates) >= deopt_loop_threshold(function.definition);
    if (!looping && function.disabled_reason.empty()) continue;
    int64_t optimized = function.compiled[static_cast<int>(Tier::Turbofan)] + function.compiled[static_cast<int>(Tier::Maglev)];
    std::string name = function.name.empty() ? "<anonymous>" : function.name;
    Diagnostic& d = add("deopt-loop", Severity::Error, function.definition,
                        deopt_loop_message(function, name, optimized, looping));
    d.properties.insert(d.properties.begin(), {{"function", name},
                    {"optimizations", optimized},
                    {"deopts", function.deopts},
                    {"disabled_reason", function.disabled_reason},
                    {"isolates", isolate_counts(data_, function.isolates)},
                    {std::string(kImpact), 1000 + 10 * function.deopts}});
  }
}

int64_t impact_of(const Diagnostic& d) {
  for (const auto& [key, value] : d.properties) {
    if (key == kImpact) return std::get<int64_t>(value);
  }
  return 0;
}

// Highest impact first (ties keep report order); each gets a "rank" property.
std::vector<const Diagnostic*> rank_by_impact(std::vector<Diagnostic>& found) {
  std::vector<std::pair<int64_t, Diagnostic*>> ranked;
  for (Diagnostic& d : found) ranked.emplace_back(impact_of(d), &d);
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<const Diagnostic*> order;
  for (auto& [impact, d] : ranked) {
    d->properties.emplace_back("rank", static_cast<int64_t>(order.size() + 1));
    order.push_back(d);
  }
  return order;
}

std::string tier_line(const TraceData& data, ScriptResolver& resolver) {
  std::array<int64_t, kTierCount> functions{};
  for (const FunctionRecord& function : data.functions) {
    if (!resolver.is_reported(function.definition.script)) continue;
    for (int tier = 0; tier < kTierCount; ++tier) functions[tier] += function.compiled[tier] > 0 ? 1 : 0;
  }
  std::string text = "functions compiled per tier:";
  for (Tier tier : {Tier::Interpreted, Tier::Sparkplug, Tier::Maglev, Tier::Turbofan}) {
    text += std::string(tier == Tier::Interpreted ? " " : ", ") + std::string(tier_name(tier)) + " " +
            std::to_string(functions[static_cast<int>(tier)]);
  }
  return text;
}

std::string ic_state_line(const TraceData& data, ScriptResolver& resolver) {
  std::map<char, int64_t> states;
  for (const IcSite& site : data.ic_sites) {
    if (resolver.is_reported(site.point.script)) ++states[site.worst_state];
  }
  return "IC sites: monomorphic " + std::to_string(states['1'] + states['^'] + states['D']) + ", polymorphic " +
         std::to_string(states['P']) + ", megamorphic " + std::to_string(states['N']) + ", generic " +
         std::to_string(states['G']) + ", no feedback " + std::to_string(states['0'] + states['.'] + states['X']);
}

std::string deopt_reason_line(const TraceData& data, ScriptResolver& resolver) {
  std::map<std::string, int64_t> reasons;
  for (const DeoptSite& site : data.deopt_sites) {
    if (resolver.is_reported(site.point.script)) reasons[site.reason] += site.count;
  }
  std::vector<std::pair<std::string, int64_t>> by_count(reasons.begin(), reasons.end());
  std::stable_sort(by_count.begin(), by_count.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  std::string text = join(by_count, [](const auto& entry) { return entry.first + " " + std::to_string(entry.second); });
  return "deopts by reason: " + (text.empty() ? std::string("none") : text);
}

// Facts about the whole run, then the top findings by impact.
std::vector<std::string> summary(const TraceData& data, ScriptResolver& resolver,
                                 const std::vector<const Diagnostic*>& ranked, size_t ranked_lines) {
  std::string isolates = join(data.isolates, [](const std::string& name) { return name; });
  std::vector<std::string> lines = {"isolates: " + std::to_string(data.isolates.size()) + " (" + isolates + ")",
                                    tier_line(data, resolver), ic_state_line(data, resolver),
                                    deopt_reason_line(data, resolver)};
  for (size_t i = 0; i < ranked.size() && i < ranked_lines; ++i) {
    const Location& at = ranked[i]->location;
    lines.push_back("#" + std::to_string(i + 1) + " " + at.path + ":" + std::to_string(at.start.line) + ":" +
                    std::to_string(at.start.column) + " " + ranked[i]->rule_id + ": " + ranked[i]->message);
  }
  return lines;
}

// Hands each source file's findings to the settings, once per file, and keeps what they leave.
std::vector<Diagnostic> settle_by_file(std::vector<Diagnostic> found, const std::map<std::string, const SourceText*>& texts,
                                       FileSettings& settings) {
  std::map<std::string, std::vector<Diagnostic>> by_path;
  for (Diagnostic& d : found) by_path[d.location.path].push_back(std::move(d));
  std::vector<Diagnostic> kept;
  for (auto& [path, findings] : by_path) {
    settings.settle(path, texts.at(path), findings);
    std::move(findings.begin(), findings.end(), std::back_inserter(kept));
  }
  return kept;
}

}  // namespace

TraceFindings build_findings(const TraceData& data, ScriptResolver& resolver, ScriptMaps& maps,
                             const FindingOptions& options) {
  FindingBuilder builder(data, resolver, maps, options);
  builder.add_ic_sites();
  builder.add_deopt_sites();
  builder.add_deopt_loops();
  TraceFindings findings;
  findings.diagnostics = builder.take();
  if (options.file_settings)
    findings.diagnostics = settle_by_file(std::move(findings.diagnostics), builder.texts_by_path(), *options.file_settings);
  std::sort(findings.diagnostics.begin(), findings.diagnostics.end(), diagnostic_less);
  findings.summary_lines = summary(data, resolver, rank_by_impact(findings.diagnostics), options.ranked_lines);
  return findings;
}

}  // namespace v8lint::trace
