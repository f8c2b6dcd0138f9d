// Every function in a file (declarations, expressions, arrows, methods,
// accessors, constructors, generators, async): its name, enclosing function,
// estimated bytecode size, and why it runs hot, if it does.
//
// Fed enter/leave for every node on the single walk; complete after finish().
// During the walk, current_site() describes the node most recently entered,
// so rules can capture where a node sits and ask about hotness at file end.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include <tree_sitter/api.h>

#include "semantic/bytecode_estimate.h"
#include "syntax/syntax_tree.h"

namespace v8lint {

struct HotConfig;

inline constexpr size_t kNoFunction = SIZE_MAX;  // top-level code

// What FunctionModel::enter needs to know about a node kind, looked up by
// symbol: enter runs on every node, and comparing kind names there is costly.
enum class Role : uint8_t { Other, Function, Comment, Call, ForLoop, WhileOrDoLoop, ForInLoop };
class NodeRoles;  // Role by symbol, for one grammar

enum class HotKind : uint8_t {
  Marker,          // `// v8lint-hot` comment immediately before the function
  FunctionGlob,    // its name matches a `hot.functions` glob
  FileGlob,        // the file matches a `hot.files` glob
  Handler,         // request/stream handler (http.createServer, app.get, .on('data'), ...)
  CalledInLoop,    // called (by name, as an IIFE or as an array-method callback) in a loop body
  CalledFromHot,   // called the same way from a hot function
  RegisteredInHot, // a listener a hot function registers (`req.on('end', fn)` in a request handler)
};

struct HotReason {
  HotKind kind = HotKind::Marker;
  TSNode site{};                 // the marker comment, the registering call, or the call that runs it
  TSNode loop{};                 // CalledInLoop: the loop around `site`
  size_t caller = kNoFunction;   // CalledFromHot, RegisteredInHot: the hot function containing `site`
  std::string detail;            // the glob that matched, or the handler's or listener's event ("request", "end", ...)
};

struct FunctionInfo {
  TSNode node{};
  std::string name;    // declared or inferred name; empty when anonymous
  TSNode name_node{};  // where the name is written (null when anonymous)
  size_t parent = kNoFunction;
  uint32_t bytecode_estimate = 0;  // bytes; see semantic/bytecode_estimate.h
  std::optional<HotReason> hot;
};

// Where a node sits: its innermost function and, within that function, the
// innermost loop whose repeated part (body, condition, update) contains it.
struct SiteContext {
  size_t function = kNoFunction;
  TSNode loop{};
};

class FunctionModel {
 public:
  FunctionModel(const SyntaxTree& tree, const HotConfig& hot);
  void enter(const VisitedNode& visited);
  void leave(TSNode node);
  void finish();

  const std::vector<FunctionInfo>& functions() const { return functions_; }
  SiteContext current_site() const;

  // "a request handler registered at line 5", "called from a `for` loop at line 12", ...
  std::string describe(const HotReason& reason) const;
  // "`parse`" or "the function at line 7".
  std::string display_name(size_t function) const;

 private:
  // A call that runs a function: by name (`f()`, `this.f()`, `arr.map(f)`),
  // or a function literal (IIFE, array-method callback); or that registers it
  // as a listener, which runs once per event of the emitter, later.
  struct Invocation {
    size_t caller = kNoFunction;
    TSNode site{};
    TSNode loop{};
    size_t target = kNoFunction;  // function literal
    std::string target_name;      // by name, when target is kNoFunction
    bool method = false;          // by name as `this.f()`, not as `f()`
    std::string event;            // a listener registration's event; empty for a call
  };
  struct Frame {
    TSNode node{};
    TSSymbol symbol = 0;  // of `node`: looked up once, for pricing and roles
    bool opens_function = false;
    bool opens_loop_region = false;
    bool opens_unpriced_region = false;
  };
  void enter_function(TSNode node);
  void enter_call(TSNode call);
  void infer_name(FunctionInfo& info) const;
  std::optional<HotReason> marker_before(TSNode node) const;
  std::optional<HotReason> configured_hot(const FunctionInfo& info) const;
  void add_cost(double bytes);
  std::vector<Invocation> resolved_invocations() const;
  void propagate_hotness(const std::vector<Invocation>& invocations);

  const SyntaxTree& tree_;
  const HotConfig& hot_;
  const BytecodeCosts& costs_;
  const NodeRoles& roles_;
  std::vector<FunctionInfo> functions_;
  std::vector<double> open_estimates_;  // parallel to open_functions_
  std::vector<size_t> open_functions_;
  std::vector<size_t> loop_depth_at_function_;  // loops_.size() when each open function began
  std::vector<Frame> frames_;
  std::vector<TSNode> loops_;  // loop nodes whose repeated part is open
  size_t unpriced_depth_ = 0;
  std::vector<TSNode> markers_;  // `// v8lint-hot` comments, in document order
  std::vector<Invocation> invocations_;
  // Roles decided at a call for its function-literal arguments/callee, keyed by node id.
  std::unordered_map<const void*, HotReason> pending_handlers_;
  std::unordered_map<const void*, Invocation> pending_invocations_;
  std::vector<std::pair<std::string, HotReason>> named_handlers_;  // `http.createServer(handle)`
  std::optional<std::string> hot_file_glob_;
};

// Declarations, expressions, arrows, generators and class/object methods.
bool is_function(TSNode node);

// "for", "for...of", "for...in", "while", "do...while".
std::string_view loop_label(const SyntaxTree& tree, TSNode loop);

}  // namespace v8lint
