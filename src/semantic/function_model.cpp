#include "semantic/function_model.h"


#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <deque>

#include "config/config.h"
#include "files/glob.h"
#include "semantic/call_roles.h"
#include "semantic/call_shape.h"

namespace v8lint {
namespace {

constexpr std::array<std::string_view, 6> kFunctionKinds = {
    "function_declaration", "function_expression", "generator_function", "generator_function_declaration",
    "arrow_function",       "method_definition"};

// Parents a `// v8lint-hot` comment may precede instead of the function itself:
// `const f = () => {}`, `export function f() {}`, `obj.f = function () {}`, `{ f: () => {} }`.
constexpr std::array<std::string_view, 10> kDeclarationWrappers = {
    "variable_declarator", "lexical_declaration",   "variable_declaration", "export_statement",
    "pair",                "assignment_expression", "expression_statement", "field_definition",
    "public_field_definition", "parenthesized_expression"};

// More functions of one name than this and calls by that name are not resolved.
constexpr size_t kMaxFunctionsPerName = 4;

template <size_t N>
bool contains(const std::array<std::string_view, N>& list, std::string_view value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

bool same(TSNode a, TSNode b) { return !ts_node_is_null(a) && ts_node_eq(a, b); }

// `{ f() {} }`, `class { f = () => {} }`, `obj.f = function () {}`: reached as
// `this.f()` or `obj.f()`, never as a plain `f()`, which only declarations reach.
bool names_a_method(const FunctionInfo& info) { return !is(info.name_node, "identifier"); }

Role role_of_name(std::string_view k) {
  if (contains(kFunctionKinds, k)) return Role::Function;
  if (k == "comment") return Role::Comment;
  if (k == "call_expression") return Role::Call;
  if (k == "for_statement") return Role::ForLoop;
  if (k == "while_statement" || k == "do_statement") return Role::WhileOrDoLoop;
  if (k == "for_in_statement") return Role::ForInLoop;
  return Role::Other;
}

}  // namespace

// Roles by symbol for one grammar, by every symbol's name (as kind() reads it).
class NodeRoles {
 public:
  explicit NodeRoles(const TSLanguage* language) {
    for (uint32_t s = 0; s < ts_language_symbol_count(language); ++s)
      by_symbol_.push_back(role_of_name(ts_language_symbol_name(language, static_cast<TSSymbol>(s))));
  }
  // ERROR nodes have symbol 65535, outside the table.
  Role of(TSSymbol symbol) const { return symbol < by_symbol_.size() ? by_symbol_[symbol] : Role::Other; }

 private:
  std::vector<Role> by_symbol_;
};

namespace {

// The loop whose body/condition/update `node` is, if `parent` is a loop: those
// parts run once per iteration; a for-initializer or for-of iterable runs once.
bool is_repeated_part(TSNode node, TSNode parent, Role parent_role) {
  auto part = [&](std::string_view name) { return same(field(parent, name), node); };
  switch (parent_role) {
    case Role::ForLoop: return part("body") || part("condition") || part("increment");
    case Role::WhileOrDoLoop: return part("body") || part("condition");
    case Role::ForInLoop: return part("body");
    default: return false;
  }
}

bool is_hot_marker(std::string_view comment) {
  if (comment.starts_with("//") || comment.starts_with("/*")) comment.remove_prefix(2);
  while (!comment.empty() && (comment.front() == ' ' || comment.front() == '*')) comment.remove_prefix(1);
  constexpr std::string_view kMarker = "v8lint-hot";
  if (!comment.starts_with(kMarker)) return false;
  comment.remove_prefix(kMarker.size());
  return comment.empty() || !(std::isalnum(static_cast<unsigned char>(comment.front())) || comment.front() == '-');
}

bool only_whitespace(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; });
}

// Globs are written relative to a project root the linted path may not start
// at, so a glob matches the path or any tail of it after a '/'.
bool path_matches(const std::string& glob, const std::string& path) {
  for (size_t from = 0; from != std::string::npos;) {
    if (glob_match(glob, path.substr(from))) return true;
    size_t slash = path.find('/', from);
    from = slash == std::string::npos ? slash : slash + 1;
  }
  return false;
}

// "a `'data'`", "an `'end'`".
std::string event_phrase(const std::string& event) {
  bool vowel = !event.empty() && std::string_view("aeiou").find(event.front()) != std::string_view::npos;
  return (vowel ? "an `'" : "a `'") + event + "'`";
}

}  // namespace

std::string_view loop_label(const SyntaxTree& tree, TSNode loop) {
  std::string_view k = kind(loop);
  if (k == "for_statement") return "for";
  if (k == "while_statement") return "while";
  if (k == "do_statement") return "do...while";
  return tree.text(field(loop, "operator")) == "of" ? "for...of" : "for...in";
}

bool is_function(TSNode node) { return !ts_node_is_null(node) && contains(kFunctionKinds, kind(node)); }

FunctionModel::FunctionModel(const SyntaxTree& tree, const HotConfig& hot)
    : tree_(tree), hot_(hot), costs_(BytecodeCosts::of(tree.dialect())), roles_(per_grammar<NodeRoles>(tree.dialect())) {
  for (const std::string& glob : hot.files) {
    if (path_matches(glob, tree.source().path())) {
      hot_file_glob_ = glob;
      break;
    }
  }
}

SiteContext FunctionModel::current_site() const {
  SiteContext site;
  if (!open_functions_.empty()) site.function = open_functions_.back();
  size_t floor = loop_depth_at_function_.empty() ? 0 : loop_depth_at_function_.back();
  if (loops_.size() > floor) site.loop = loops_.back();
  return site;
}

void FunctionModel::enter(const VisitedNode& visited) {
  const TSNode node = visited.node;
  Frame frame{.node = node, .symbol = visited.symbol};
  Frame parent = frames_.empty() ? Frame{} : frames_.back();
  // Inside a subtree its root priced whole (a type, a constant literal), nothing costs or matters.
  NodeCost cost = unpriced_depth_ > 0 ? NodeCost{0, false} : costs_.price(node, frame.symbol, parent.node, parent.symbol);
  add_cost(cost.bytes);  // for a function: creating its closure, paid by the enclosing function
  if (!cost.children_add) {
    frame.opens_unpriced_region = true;
    ++unpriced_depth_;
    frames_.push_back(frame);
    return;
  }
  if (is_repeated_part(node, parent.node, roles_.of(parent.symbol))) {
    loops_.push_back(parent.node);
    frame.opens_loop_region = true;
  }
  Role role = roles_.of(frame.symbol);
  if (role == Role::Comment && is_hot_marker(tree_.text(node))) markers_.push_back(node);
  if (role == Role::Call) enter_call(node);
  if (role == Role::Function) {
    enter_function(node);
    frame.opens_function = true;
  }
  frames_.push_back(frame);
}

void FunctionModel::leave(TSNode node) {
  (void)node;
  Frame frame = frames_.back();
  frames_.pop_back();
  if (frame.opens_unpriced_region) --unpriced_depth_;
  if (frame.opens_loop_region) loops_.pop_back();
  if (frame.opens_function) {
    functions_[open_functions_.back()].bytecode_estimate = static_cast<uint32_t>(std::lround(open_estimates_.back()));
    open_functions_.pop_back();
    open_estimates_.pop_back();
    loop_depth_at_function_.pop_back();
  }
}

void FunctionModel::finish() { propagate_hotness(resolved_invocations()); }

void FunctionModel::add_cost(double bytes) {
  if (!open_estimates_.empty()) open_estimates_.back() += bytes;
}

void FunctionModel::enter_call(TSNode call) {
  SiteContext here = current_site();
  Invocation invocation{.caller = here.function, .site = call, .loop = here.loop, .target = kNoFunction, .target_name = {},
                        .method = false, .event = {}};
  if (TSNode literal = invoked_literal(call); !ts_node_is_null(literal)) {
    pending_invocations_[literal.id] = invocation;
  } else if (auto name = called_name(tree_, call)) {
    Invocation named = invocation;
    named.target_name = *name;
    named.method = !ts_node_is_null(call_parts(call).property);
    invocations_.push_back(named);
  }
  TSNode arguments = call_parts(call).arguments;
  if (!is(arguments, "arguments")) return;  // tagged template
  std::optional<std::string> event = handler_event(tree_, call);
  std::optional<std::string_view> listened = event ? std::nullopt : listened_event(tree_, call);
  bool per_element = !event && !listened && runs_callback_per_element(tree_, call);
  if (!event && !listened && !per_element) return;  // its arguments play no role
  for (uint32_t i = 0; i < ts_node_named_child_count(arguments); ++i) {
    TSNode argument = ts_node_named_child(arguments, i);
    bool literal = is_function(argument);
    if (!literal && !is(argument, "identifier")) continue;
    if (event) {
      HotReason reason{.kind = HotKind::Handler, .site = call, .detail = *event};
      if (literal) pending_handlers_[argument.id] = reason;
      else named_handlers_.emplace_back(tree_.text(argument), reason);
    } else if (per_element || listened) {
      Invocation callback = invocation;
      callback.target_name = literal ? "" : std::string(tree_.text(argument));
      if (listened) {  // hot only through a hot registering function: a loop registers on many emitters, or one
        callback.event = *listened;
        callback.loop = TSNode{};
      }
      if (literal) pending_invocations_[argument.id] = callback;
      else invocations_.push_back(callback);
    }
  }
}

void FunctionModel::enter_function(TSNode node) {
  size_t index = functions_.size();
  FunctionInfo& info = functions_.emplace_back();
  info.node = node;
  info.parent = open_functions_.empty() ? kNoFunction : open_functions_.back();
  infer_name(info);
  info.hot = marker_before(node);
  if (!info.hot) info.hot = configured_hot(info);
  if (auto handler = pending_handlers_.find(node.id); handler != pending_handlers_.end()) {
    if (!info.hot) info.hot = handler->second;
    pending_handlers_.erase(handler);
  }
  if (auto invocation = pending_invocations_.find(node.id); invocation != pending_invocations_.end()) {
    invocation->second.target = index;
    invocations_.push_back(invocation->second);
    pending_invocations_.erase(invocation);
  }
  open_functions_.push_back(index);
  open_estimates_.push_back(costs_.function_base(node));
  loop_depth_at_function_.push_back(loops_.size());
}

void FunctionModel::infer_name(FunctionInfo& info) const {
  TSNode parent = frames_.empty() ? TSNode{} : frames_.back().node;
  std::string_view p = kind(parent);
  auto value_is_function = [&](std::string_view value_field) { return same(field(parent, value_field), info.node); };
  TSNode name = field(info.node, "name");
  if (ts_node_is_null(name)) {
    if (p == "variable_declarator" && value_is_function("value")) name = field(parent, "name");
    else if (p == "assignment_expression" && value_is_function("right")) name = field(parent, "left");
    else if (p == "pair" && value_is_function("value")) name = field(parent, "key");
    else if ((p == "field_definition" || p == "public_field_definition") && value_is_function("value"))
      name = field(parent, "property");
    else if (p == "export_statement") info.name = "default";
  }
  if (is(name, "member_expression")) name = field(name, "property");  // `obj.handle = function () {}`
  std::string_view k = kind(name);
  if (k == "string") {
    info.name = string_value(tree_, name);
  } else if (k == "identifier" || k == "property_identifier" || k == "private_property_identifier" ||
             k == "number") {
    info.name = tree_.text(name);
  } else {
    return;  // anonymous, destructuring or computed key
  }
  info.name_node = name;
}

std::optional<HotReason> FunctionModel::marker_before(TSNode node) const {
  uint32_t anchor = ts_node_start_byte(node);
  for (size_t i = frames_.size(); i-- > 0 && contains(kDeclarationWrappers, kind(frames_[i].node));)
    anchor = ts_node_start_byte(frames_[i].node);
  auto before = std::find_if(markers_.rbegin(), markers_.rend(),
                             [&](TSNode marker) { return ts_node_end_byte(marker) <= anchor; });
  if (before == markers_.rend()) return std::nullopt;
  uint32_t end = ts_node_end_byte(*before);
  if (!only_whitespace(tree_.source().bytes().substr(end, anchor - end))) return std::nullopt;
  return HotReason{.kind = HotKind::Marker, .site = *before, .detail = {}};
}

std::optional<HotReason> FunctionModel::configured_hot(const FunctionInfo& info) const {
  if (!info.name.empty()) {
    for (const std::string& glob : hot_.functions)
      if (glob_match(glob, info.name)) return HotReason{.kind = HotKind::FunctionGlob, .site = info.node, .detail = glob};
  }
  if (hot_file_glob_) return HotReason{.kind = HotKind::FileGlob, .site = info.node, .detail = *hot_file_glob_};
  return std::nullopt;
}

// Calls by name reach every function of that name in the file (no scope
// resolution: a same-named local shadowing a top-level function counts too),
// `f()` only those bound to a name, `this.f()` only methods and properties,
// unless so many share the name that it says nothing (`e`, `t` in minified
// code, where resolving them all would also be quadratic).
std::vector<FunctionModel::Invocation> FunctionModel::resolved_invocations() const {
  std::unordered_map<std::string_view, std::vector<size_t>> by_name;
  for (size_t i = 0; i < functions_.size(); ++i)
    if (!functions_[i].name.empty()) by_name[functions_[i].name].push_back(i);
  std::erase_if(by_name, [](const auto& entry) { return entry.second.size() > kMaxFunctionsPerName; });
  std::vector<Invocation> resolved;
  for (const Invocation& invocation : invocations_) {
    if (invocation.target != kNoFunction) {
      resolved.push_back(invocation);
      continue;
    }
    auto named = by_name.find(invocation.target_name);
    if (named == by_name.end()) continue;
    for (size_t target : named->second) {
      if (names_a_method(functions_[target]) != invocation.method) continue;
      resolved.push_back(invocation);
      resolved.back().target = target;
    }
  }
  return resolved;
}

void FunctionModel::propagate_hotness(const std::vector<Invocation>& invocations) {
  std::unordered_map<std::string_view, const HotReason*> handler_names;
  for (const auto& [name, reason] : named_handlers_) handler_names.emplace(name, &reason);
  for (FunctionInfo& info : functions_) {
    auto handler = handler_names.find(info.name);
    if (!info.hot && !info.name.empty() && handler != handler_names.end()) info.hot = *handler->second;
  }
  for (const Invocation& call : invocations) {
    FunctionInfo& target = functions_[call.target];
    if (!target.hot && !ts_node_is_null(call.loop))
      target.hot = HotReason{.kind = HotKind::CalledInLoop, .site = call.site, .loop = call.loop, .detail = {}};
  }
  // Breadth first from every hot function, so each reason names the shortest chain.
  std::vector<std::vector<const Invocation*>> calls_from(functions_.size());
  for (const Invocation& call : invocations)
    if (call.caller != kNoFunction) calls_from[call.caller].push_back(&call);
  std::deque<size_t> queue;
  for (size_t i = 0; i < functions_.size(); ++i)
    if (functions_[i].hot) queue.push_back(i);
  while (!queue.empty()) {
    size_t caller = queue.front();
    queue.pop_front();
    for (const Invocation* call : calls_from[caller]) {
      FunctionInfo& target = functions_[call->target];
      if (target.hot) continue;
      HotKind kind = call->event.empty() ? HotKind::CalledFromHot : HotKind::RegisteredInHot;
      target.hot = HotReason{.kind = kind, .site = call->site, .caller = caller, .detail = call->event};
      queue.push_back(call->target);
    }
  }
}

std::string FunctionModel::display_name(size_t function) const {
  const FunctionInfo& info = functions_[function];
  if (!info.name.empty()) return "`" + info.name + "`";
  return "the function at line " + std::to_string(tree_.source().line_of(ts_node_start_byte(info.node)));
}

std::string FunctionModel::describe(const HotReason& reason) const {
  std::string line = std::to_string(tree_.source().line_of(ts_node_start_byte(reason.site)));
  switch (reason.kind) {
    case HotKind::Marker: return "marked `// v8lint-hot` (line " + line + ")";
    case HotKind::FunctionGlob: return "matched by hot function glob `" + reason.detail + "`";
    case HotKind::FileGlob: return "in a file matched by hot file glob `" + reason.detail + "`";
    case HotKind::Handler:
      return (reason.detail == "request" ? std::string("a request handler") : event_phrase(reason.detail) + " handler") +
             " registered at line " + line;
    case HotKind::CalledInLoop:
      return "called at line " + line + " inside a `" + std::string(loop_label(tree_, reason.loop)) + "` loop";
    case HotKind::CalledFromHot: return "called at line " + line + " from hot function " + display_name(reason.caller);
    case HotKind::RegisteredInHot:
      return event_phrase(reason.detail) + " listener registered at line " + line + " by hot function " +
             display_name(reason.caller);
  }
  return {};
}

}  // namespace v8lint
