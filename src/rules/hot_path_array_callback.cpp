#include "rules/hot_path_array_callback.h"

#include <algorithm>
#include <array>

#include "semantic/call_shape.h"

namespace v8lint {
namespace {

constexpr std::array<std::string_view, 10> kDefaultMethods = {
    "map", "reduce", "reduceRight", "forEach", "filter", "some", "every", "find", "findIndex", "flatMap"};
constexpr size_t kMaxObjectText = 30;

std::vector<std::string> configured_methods(const nlohmann::json& options) {
  auto it = options.find("methods");
  std::vector<std::string> methods;
  if (it != options.end() && it->is_array()) {
    for (const nlohmann::json& method : *it)
      if (method.is_string()) methods.push_back(method.get<std::string>());
    return methods;
  }
  return {kDefaultMethods.begin(), kDefaultMethods.end()};
}

// A callback, or something that evaluates to one: not a literal such as
// `$.find('.row')` or `coll.find({ id })`.
bool may_be_callback(TSNode argument) {
  std::string_view k = kind(argument);
  return is_function(argument) || k == "identifier" || k == "member_expression" || k == "subscript_expression" ||
         k == "call_expression";
}

uint32_t line_of(const SyntaxTree& tree, TSNode node) { return tree.source().line_of(ts_node_start_byte(node)); }

}  // namespace

std::span<const std::string_view> default_array_callback_methods() { return kDefaultMethods; }

// "`items.map(...)`", or "`.map(...)`" when the receiver is long or spans lines.
std::string array_callback_call_text(const SyntaxTree& tree, TSNode call) {
  TSNode callee = field(call, "function");
  std::string_view object = tree.text(field(callee, "object"));
  std::string_view method = tree.text(field(callee, "property"));
  bool short_object = object.size() <= kMaxObjectText && object.find('\n') == std::string_view::npos;
  std::string text = "`";
  if (short_object) text += object;
  text.append(".").append(method).append("(...)`");
  return text;
}

bool HotPathArrayCallback::is_method_call_with_callback(const RuleContext& context, TSNode call) {
  if (!methods_read_) {
    methods_ = configured_methods(context.options());
    methods_read_ = true;
  }
  CallParts parts = call_parts(call);
  if (ts_node_is_null(parts.property)) return false;
  std::string_view method = context.tree().text(parts.property);
  if (std::find(methods_.begin(), methods_.end(), method) == methods_.end()) return false;
  return is(parts.arguments, "arguments") && may_be_callback(ts_node_named_child(parts.arguments, 0));
}

void HotPathArrayCallback::on_node(RuleContext& context, TSNode node) {
  if (is_method_call_with_callback(context, node))
    candidates_.push_back(Candidate{node, context.model().functions().current_site()});
}

std::optional<HotPathArrayCallback::HotEvidence> HotPathArrayCallback::why_hot(const RuleContext& context,
                                                                             const Candidate& candidate) const {
  const FunctionModel& model = context.model().functions();
  if (TSNode loop = candidate.site.loop; !ts_node_is_null(loop)) {
    std::string label = "`";
    label.append(loop_label(context.tree(), loop)).append("` loop");
    return HotEvidence{"inside a " + label + " (line " + std::to_string(line_of(context.tree(), loop)) + ")", loop,
                       "the " + label};
  }
  if (candidate.site.function == kNoFunction) return std::nullopt;
  const FunctionInfo& function = model.functions()[candidate.site.function];
  if (!function.hot) return std::nullopt;
  std::string reason = model.describe(*function.hot);
  return HotEvidence{"in " + model.display_name(candidate.site.function) + ", " + reason, function.hot->site, reason};
}

void HotPathArrayCallback::on_file_end(RuleContext& context) {
  for (const Candidate& candidate : candidates_) {
    std::optional<HotEvidence> hot = why_hot(context, candidate);
    if (!hot) continue;
    TSNode method = field(field(candidate.call, "function"), "property");
    context.report(method,
                   array_callback_call_text(context.tree(), candidate.call) + " " + hot->why + ": " +
                       std::string(kArrayCallbackCost),
                   {context.related(hot->where, hot->where_note)});
  }
}

}  // namespace v8lint
