#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "finding_expectations.h"
#include "rule_test_util.h"

namespace v8lint {
namespace {

constexpr std::string_view kRule = "unbounded-cache";
// Makes `f` run per request.
constexpr std::string_view kRoute = "app.get('/r', (req, res) => res.send(f(req.query.k)));\n";

std::vector<std::string> found(std::string_view code) { return finding_positions(kRule, code); }
std::vector<std::string> found_routed(std::string_view code) { return found(std::string(code) + std::string(kRoute)); }

TEST(UnboundedCache, IsRegisteredAndDocumented) { EXPECT_EQ(missing_rule_parts(kRule), std::vector<std::string>{}); }

TEST(UnboundedCache, MapFilledPerRequestThatOnlyGrows) {
  auto diagnostics = lint_with_rule(kRule, "const cache = new Map();\nexport function f(k) {\n  if (cache.has(k)) return cache.get(k);\n"
                                           "  const v = load(k);\n  cache.set(k, v);\n  return v;\n}\n" + std::string(kRoute));
  ASSERT_NO_FATAL_FAILURE(expect_one_finding(diagnostics, Severity::Warning, {1, 7},
                                             "module-level `Map` `cache` is used as a cache that only grows: entries are added per request (line 5)"));
  ASSERT_EQ(diagnostics[0].related.size(), 1u);
  EXPECT_EQ(diagnostics[0].related[0].location.start, (Position{5, 3}));
}

TEST(UnboundedCache, ObjectsSetsAndArrays) {
  EXPECT_EQ(found("var memo = {};\nhttp.createServer((req, res) => {\n  res.end(memo[req.url] || (memo[req.url] = slow(req.url)));\n});\n"),
            std::vector<std::string>{"unbounded-cache 1:5"});
  EXPECT_EQ(found_routed("let seen = new Set();\nconst f = (x) => { if (!seen.has(x)) seen.add(x); };\n"),
            std::vector<std::string>{"unbounded-cache 1:5"});
  EXPECT_EQ(found_routed("const ids = [];\nfunction f(id) { if (!ids.includes(id)) ids.push(id); }\n"),
            std::vector<std::string>{"unbounded-cache 1:7"});
}

// Added to in the handler's own code and never read back: a log of every request.
TEST(UnboundedCache, WriteOnlyCollectionFilledInRequestCode) {
  constexpr std::string_view kServer = "http.createServer((req, res) => {\n  req.on('end', () => {\n"
                                       "    log.set(req.url, Date.now());\n  });\n});\n";
  auto diagnostics = lint_with_rule(kRule, "const log = new Map();\n" + std::string(kServer));
  ASSERT_NO_FATAL_FAILURE(expect_one_finding(diagnostics, Severity::Warning, {1, 7},
                                             "module-level `Map` `log` only grows: entries are added per request (line 4)"));
  EXPECT_EQ(found("const seen = [];\napp.post('/x', (req, res) => { seen.push(req.body); });\n"),
            std::vector<std::string>{"unbounded-cache 1:7"});
  // Read back somewhere, it may be a table the program bounds; outside request code, a registry.
  EXPECT_TRUE(found("const log = new Map();\n" + std::string(kServer) + "function get(k) { return log.get(k); }\n").empty());
  EXPECT_TRUE(found("const seen = new Set();\nserver.on('close', () => { seen.add(Date.now()); });\n").empty());
}

TEST(UnboundedCache, CachesFilledOutsideRequestsAreBoundedByTheProgram) {
  EXPECT_TRUE(found("const cache = new Map();\nfunction f(k) { if (!cache.has(k)) cache.set(k, build(k)); }\n").empty());
}

TEST(UnboundedCache, EvictedOrBoundedCollectionsAreFine) {
  constexpr std::string_view kCache = "const c = new Map();\nfunction f(k) { if (!c.has(k)) c.set(k, 1); }\n";
  for (std::string_view bound : {"c.delete(k);\n", "c.clear();\n", "if (c.size > 100) reset();\n",
                                 "function g() { c = new Map(); }\n", "lru.track(c);\n"}) {
    EXPECT_TRUE(found_routed(std::string(kCache) + std::string(bound)).empty()) << bound;
  }
  EXPECT_TRUE(found_routed("const q = [];\nfunction f(x) { if (q.indexOf(x) < 0) q.push(x); }\nfunction g() { q.length = 0; }\n").empty());
  EXPECT_TRUE(found_routed("const o = {};\nfunction f(k) { if (o[k]) return; o[k] = 1; }\nfunction g(k) { delete o[k]; }\n").empty());
}

TEST(UnboundedCache, RegistriesLocalsAndStartUpTablesAreFine) {
  EXPECT_TRUE(found_routed("const plugins = [];\nexport function f(p) { plugins.push(p); }\n").empty());
  EXPECT_TRUE(found_routed("function f(k) {\n  const m = new Map();\n  if (!m.has(k)) m.set(k, 1);\n}\n").empty());
  EXPECT_TRUE(found_routed("const table = {};\nif (!table.a) table['a'] = 1;\nconst full = [1, 2];\n"
                           "function f(x) { full.includes(x) || full.push(x); }\n")
                  .empty());
}

}  // namespace
}  // namespace v8lint
