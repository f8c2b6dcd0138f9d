#include "rules/sync_in_handler.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string>

#include "semantic/call_shape.h"
#include "semantic/repetition.h"

namespace v8lint {
namespace {

// Names under which code reaches the blocking modules: `fs.readFileSync`,
// `crypto.pbkdf2Sync`, `zlib.gzipSync`, `child_process.execSync`.
constexpr std::array<std::string_view, 9> kBlockingModules = {
    "fs", "fse", "crypto", "zlib", "child_process", "childProcess", "cp", "nodeFs", "nodeCrypto"};

// The same functions called bare, after `const { readFileSync } = require('fs')`.
constexpr std::array<std::string_view, 40> kBlockingFunctions = {
    "accessSync",      "appendFileSync",       "chmodSync",         "copyFileSync",     "cpSync",
    "existsSync",      "fstatSync",            "lstatSync",         "mkdirSync",        "mkdtempSync",
    "openSync",        "readdirSync",          "readFileSync",      "readlinkSync",     "readSync",
    "realpathSync",    "renameSync",           "rmdirSync",         "rmSync",           "statSync",
    "unlinkSync",      "writeFileSync",        "writeSync",         "pbkdf2Sync",       "scryptSync",
    "generateKeyPairSync", "randomFillSync",   "hkdfSync",          "generatePrimeSync", "gzipSync",
    "gunzipSync",      "deflateSync",          "inflateSync",       "brotliCompressSync", "brotliDecompressSync",
    "unzipSync",       "execSync",             "execFileSync",      "spawnSync",        "deflateRawSync"};

// Where request handlers keep the raw body.
constexpr std::array<std::string_view, 3> kRequestObjects = {"req", "request", "ctx"};

template <size_t N>
bool contains(const std::array<std::string_view, N>& list, std::string_view value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

bool is_blocking_call(const SyntaxTree& tree, TSNode call) {
  CallParts parts = call_parts(call);
  if (parts.callee_kind == "identifier") return contains(kBlockingFunctions, tree.text(parts.callee));
  if (ts_node_is_null(parts.property)) return false;
  std::string_view method = tree.text(parts.property);
  return method.ends_with("Sync") && is(parts.object, "identifier") && contains(kBlockingModules, tree.text(parts.object));
}

// `JSON.parse(req.body)`, `JSON.parse(ctx.request.rawBody)`.
bool parses_request_body(const SyntaxTree& tree, TSNode call) {
  TSNode callee = call_parts(call).callee;
  if (!is(callee, "member_expression") || tree.text(callee) != "JSON.parse") return false;
  TSNode body = unparenthesized(call_argument(call, 0));
  std::string_view name = last_name(tree, body);
  if (!is(body, "member_expression") || (name != "body" && name != "rawBody")) return false;
  TSNode root = field(body, "object");
  while (is(root, "member_expression")) root = field(root, "object");
  return is(root, "identifier") && contains(kRequestObjects, tree.text(root));
}

std::string called_text(const SyntaxTree& tree, TSNode call) {
  return "`" + std::string(tree.text(field(call, "function"))) + "(...)`";
}

}  // namespace

void SyncInHandler::on_node(RuleContext& context, TSNode node) {
  if (is_blocking_call(context.tree(), node) || parses_request_body(context.tree(), node))
    candidates_.push_back(SitedNode{node, context.model().functions().current_site()});
}

void SyncInHandler::on_file_end(RuleContext& context) {
  if (candidates_.empty() || is_worker_script(context.tree())) return;
  for (const SitedNode& candidate : candidates_) {
    std::optional<std::string> why = why_in_handler(context.model().functions(), candidate.site);
    if (!why) continue;
    bool parse = parses_request_body(context.tree(), candidate.node);
    context.report(field(candidate.node, "function"),
                   called_text(context.tree(), candidate.node) + " " + *why +
                       (parse ? ": parsing a whole request body blocks the event loop for every other request "
                                "while it runs; parse it streaming, cap its size, or move it to a worker"
                              : ": a synchronous call blocks the event loop, so every other request waits until "
                                "it returns; use the callback or promise form, or a worker for CPU-bound work"));
  }
}

}  // namespace v8lint
