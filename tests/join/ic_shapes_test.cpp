// The join rule for polymorphic / megamorphic ICs on a named key: the object
// shapes that create the key, as related locations, and the cheap fixes.
#include "join/ic_shapes.h"

#include <gtest/gtest.h>

#include "../trace/trace_test_support.h"
#include "join_test_support.h"

namespace v8lint::join {
namespace {
using namespace trace::testing_support;
using namespace join::testing_support;

const std::vector<int> kNodeVersions = {18, 20, 22, 24, 26};

struct Related {
  std::string file;  // relative to corpus/trace
  uint32_t line;
  uint32_t column;
  std::string message;
  bool operator==(const Related&) const = default;
};

std::ostream& operator<<(std::ostream& out, const Related& r) {
  return out << r.file << ":" << r.line << ":" << r.column << " " << r.message;
}

std::vector<Related> related_of(const Diagnostic& d) {
  std::vector<Related> found;
  for (const RelatedLocation& r : d.related) {
    std::string path = absolute_path(r.location.path);
    std::string file = path.rfind(kCorpus + "/", 0) == 0 ? path.substr(kCorpus.size() + 1) : path;
    found.push_back({file, r.location.start.line, r.location.start.column, r.message});
  }
  return found;
}

JoinOutcome join_corpus_log(const std::string& log) { return run_join(corpus_request(log)); }

void attach(std::vector<Diagnostic>& findings, const std::vector<std::string>& scripts) {
  ScriptCache parsed;
  attach_object_shapes(findings, scripts, parsed);
}

TEST(IcShapes, MegamorphicLiteralsOnEveryNodeVersion) {
  const std::string m = "megamorphic/main.js";
  const std::vector<Related> expected = {{m, 23, 5, "creates {x, y}"}, {m, 24, 5, "creates {y, x}"},
                                         {m, 25, 5, "creates {x, z}"}, {m, 26, 5, "creates {z, x}"},
                                         {m, 27, 5, "creates {x, y, z}"}, {m, 28, 5, "creates {w, x}"}};
  const std::string fix =
      "{x, y} and {y, x} differ only by key order: write the keys in one order; "
      "{x, z} and {z, x} differ only by key order: write the keys in one order";
  for (int node : kNodeVersions) {
    SCOPED_TRACE("node " + std::to_string(node));
    JoinOutcome outcome = join_corpus_log("megamorphic/logs/node" + std::to_string(node) + ".v8.log.gz");
    const Diagnostic* ic = expect_finding(outcome.diagnostics, "megamorphic-ic", 18, 12,
                                          "LoadIC for `x` went megamorphic (6 maps seen) in readX; statically, 6 "
                                          "object shapes create `x`; cheap fix: " + fix);
    ASSERT_NE(ic, nullptr);
    EXPECT_EQ(related_of(*ic), expected);
    EXPECT_EQ(int_property(*ic, "shapes"), 6);
    EXPECT_EQ(text_property(*ic, "cheap_fix"), fix);
  }
}

TEST(IcShapes, ClassShapesOnEveryNodeVersion) {
  const std::string c = "class-shapes/main.js";
  const std::vector<Related> expected = {
      {c, 14, 7, "class `Item` creates {id, tag, size}; `tag` only on some constructor paths"},
      {c, 22, 7, "class `Counter` creates {id, size, touched}; `touched` added after creation"},
      {c, 47, 72, "creates {id, size}"},
      {c, 47, 92, "creates {size, id}"}};
  const std::string fix =
      "{id, size} and {size, id} differ only by key order: write the keys in one order; "
      "class `Item` sets `tag` on only some paths: initialize `tag` in every constructor path; "
      "class `Counter` gets `touched` after creation: initialize `touched` in the constructor";
  const std::string shapes = "; statically, 4 object shapes create ";
  for (int node : kNodeVersions) {
    SCOPED_TRACE("node " + std::to_string(node));
    JoinOutcome outcome = join_corpus_log("class-shapes/logs/node" + std::to_string(node) + ".v8.log.gz");
    const Diagnostic* size = expect_finding(
        outcome.diagnostics, "megamorphic-ic", 33, 12,
        "LoadIC for `size` went megamorphic (6 maps seen) in sizeOf" + shapes + "`size`; cheap fix: " + fix);
    const Diagnostic* id = expect_finding(outcome.diagnostics, "polymorphic-ic", 37, 12,
                                          "LoadIC for `id` stayed polymorphic (3 maps seen) in idOf" + shapes +
                                              "`id`; cheap fix: " + fix);
    const Diagnostic* store = expect_finding(
        outcome.diagnostics, "polymorphic-ic", 18, 15,
        "StoreIC for `size` stayed polymorphic (2 maps seen) in Item" + shapes + "`size`; cheap fix: " + fix);
    for (const Diagnostic* site : {size, id, store}) {
      ASSERT_NE(site, nullptr);
      EXPECT_EQ(related_of(*site), expected);
      EXPECT_EQ(int_property(*site, "shapes"), 4);
      EXPECT_EQ(text_property(*site, "cheap_fix"), fix);
    }
  }
}

TEST(IcShapes, ElementSitesGetNoShapes) {
  for (int node : kNodeVersions) {
    SCOPED_TRACE("node " + std::to_string(node));
    JoinOutcome outcome = join_corpus_log("class-shapes/logs/node" + std::to_string(node) + ".v8.log.gz");
    const Diagnostic* element = expect_finding(outcome.diagnostics, "polymorphic-ic", 41, 11,
                                               "KeyedLoadIC for `0` stayed polymorphic (3 maps seen) in first");
    ASSERT_NE(element, nullptr);
    EXPECT_TRUE(element->related.empty());
    EXPECT_EQ(text_property(*element, "shapes"), "<missing>");
    EXPECT_EQ(text_property(*element, "cheap_fix"), "<missing>");
  }
}

Diagnostic ic_finding(const std::string& rule, const std::string& keys, const std::string& path) {
  Diagnostic d;
  d.rule_id = rule;
  d.message = "LoadIC for " + keys + " went megamorphic";
  d.location.path = path;
  d.location.start = {1, 1};
  d.properties = {{"ic_type", std::string("LoadIC")}, {"keys", keys}};
  return d;
}

TEST(IcShapes, KeysNoShapeCreatesSeveralKeysAndOtherRulesAreLeftAlone) {
  ScratchDir dir;
  std::string script = dir.write("app.js", "const a = {x: 1, 0: 2};\nconst b = {'1': 3};\n");
  std::vector<Diagnostic> findings = {ic_finding("megamorphic-ic", "`missing`", script),
                                      ic_finding("megamorphic-ic", "`x`, `y`", script),
                                      ic_finding("polymorphic-ic", "`0`", script),
                                      ic_finding("polymorphic-ic", "`1`", script),
                                      ic_finding("deopt", "`x`", script)};
  std::vector<Diagnostic> before = findings;
  attach(findings, {script});
  for (size_t i = 0; i < findings.size(); ++i) {
    EXPECT_EQ(findings[i].message, before[i].message);
    EXPECT_TRUE(findings[i].related.empty());
    EXPECT_EQ(findings[i].properties.size(), 2u);
  }
}

TEST(IcShapes, ShapesFromEveryTracedScriptTheFindingsOwnFirst) {
  ScratchDir dir;
  std::string lib = dir.write("lib.js", "module.exports = () => ({k: 1, j: 2});\n");
  std::string app = dir.write("app.ts", "class K { constructor(public k: number) {} }\nexport const o = {k: 1, j: 2};\n");
  std::vector<Diagnostic> findings = {ic_finding("polymorphic-ic", "`k`", app)};
  attach(findings, {lib, dir.path("missing.js"), dir.path("notes.txt"), app});
  ASSERT_EQ(findings[0].related.size(), 2u);
  EXPECT_EQ(findings[0].related[0].location.path, app);
  EXPECT_EQ(findings[0].related[0].location.start, (Position{1, 7}));
  EXPECT_EQ(findings[0].related[0].message, "class `K` creates {k}");
  EXPECT_EQ(findings[0].related[1].location.path, app);  // lib.js's {k, j} is the same shape: listed once
  EXPECT_EQ(findings[0].related[1].location.start, (Position{2, 18}));
  EXPECT_EQ(findings[0].message, "LoadIC for `k` went megamorphic; statically, 2 object shapes create `k`");
  EXPECT_EQ(int_property(findings[0], "shapes"), 2);
  EXPECT_EQ(text_property(findings[0], "cheap_fix"), "");
}

TEST(IcShapes, LateLiteralAddsAndConstructorsNameTheirFix) {
  ScratchDir dir;
  std::string script = dir.write("app.js",
                                 "function make() {\n  const o = {a: 1};\n  o.b = 2;\n  return o;\n}\n"
                                 "function Pt(a) { if (a) this.a = a; this.b = 0; }\nnew Pt(1);\n");
  std::vector<Diagnostic> findings = {ic_finding("polymorphic-ic", "`b`", script)};
  attach(findings, {script});
  ASSERT_EQ(findings[0].related.size(), 2u);
  EXPECT_EQ(findings[0].related[0].message, "creates {a, b}; `b` added after creation");
  EXPECT_EQ(findings[0].related[1].message, "`new Pt` creates {a, b}; `a` only on some constructor paths");
  EXPECT_EQ(text_property(findings[0], "cheap_fix"),
            "the literal at line 2 gets `b` after creation: initialize `b` in the literal; "
            "`new Pt` sets `a` on only some paths: initialize `a` in every constructor path");
}

TEST(IcShapes, ManyShapesAreCappedAndCounted) {
  ScratchDir dir;
  std::string code;
  for (int i = 0; i < kMaxListedShapes + 3; ++i) code += "f({x: 1, k" + std::to_string(i) + ": 2});\n";
  std::string script = dir.write("many.js", code);
  std::vector<Diagnostic> findings = {ic_finding("megamorphic-ic", "`x`", script)};
  attach(findings, {script});
  EXPECT_EQ(findings[0].related.size(), kMaxListedShapes);
  EXPECT_EQ(findings[0].related.back().location.start.line, kMaxListedShapes);
  EXPECT_EQ(findings[0].message, "LoadIC for `x` went megamorphic; statically, 11 object shapes create `x` (8 listed, 3 more)");
  EXPECT_EQ(int_property(findings[0], "shapes"), 11);
}

TEST(IcShapes, OrderOnlyFixNamesEveryOrderOfOneKeySet) {
  ScratchDir dir;
  std::string script = dir.write("o.js", "f({a: 1, b: 2, c: 3});\nf({c: 1, a: 2, b: 3});\nf({b: 1, c: 2, a: 3});\nf({...r, a: 1});\n");
  std::vector<Diagnostic> findings = {ic_finding("megamorphic-ic", "`a`", script)};
  attach(findings, {script});
  ASSERT_EQ(findings[0].related.size(), 4u);
  EXPECT_EQ(findings[0].related[3].message, "creates {…, a}");
  EXPECT_EQ(text_property(findings[0], "cheap_fix"),
            "{a, b, c}, {c, a, b} and {b, c, a} differ only by key order: write the keys in one order");
}

Diagnostic deopt_finding(const std::string& reason, const std::string& path, const std::string& line, uint32_t column) {
  Diagnostic d;
  d.rule_id = "deopt";
  d.message = "eager deopt: " + reason;
  d.location.path = path;
  d.location.start = {2, column};
  d.location.line_text = line;
  d.properties = {{"kind", std::string("eager")}, {"reason", reason}};
  return d;
}

// The map check that failed guards the load at the deopt: the shapes that
// create its key are the maps it met. V8 places `o.k` and `o?.k` at `k`,
// `o["k"]` at its `[`.
TEST(IcShapes, WrongMapDeoptsOnAPropertyLoadGetTheShapesOfThatKey) {
  ScratchDir dir;
  const std::string line = "function f(p) { return p.x + p?.x + p['x'] + p[\"x\"] + p[0] + p.y; }";
  std::string script = dir.write("w.js", "const a = {x: 1, y: 2}, b = {y: 1, x: 2};\n" + line + "\n");
  std::vector<Diagnostic> findings = {deopt_finding("wrong map", script, line, 26),   // p.x
                                      deopt_finding("wrong map", script, line, 33),   // p?.x
                                      deopt_finding("wrong map", script, line, 38),   // p['x']
                                      deopt_finding("wrong map", script, line, 47),   // p["x"]
                                      deopt_finding("wrong map", script, line, 46),   // the `p` of p["x"]: not the load
                                      deopt_finding("wrong map", script, line, 28),   // `+`: not a member access
                                      deopt_finding("wrong map", script, line, 56),   // p[0]: an element
                                      deopt_finding("not a Smi", script, line, 26)};  // not a map check
  attach(findings, {script});
  for (size_t i = 0; i < 4; ++i) {
    SCOPED_TRACE("finding " + std::to_string(i));
    ASSERT_EQ(findings[i].related.size(), 2u);
    EXPECT_EQ(findings[i].related[0].message, "creates {x, y}");
    EXPECT_EQ(findings[i].related[1].message, "creates {y, x}");
    EXPECT_EQ(findings[i].message,
              "eager deopt: wrong map; statically, 2 object shapes create `x`; cheap fix: {x, y} and {y, x} differ only "
              "by key order: write the keys in one order");
    EXPECT_EQ(text_property(findings[i], "cheap_fix"),
              "{x, y} and {y, x} differ only by key order: write the keys in one order");
  }
  for (size_t i = 4; i < findings.size(); ++i) {
    EXPECT_TRUE(findings[i].related.empty()) << i;
    EXPECT_EQ(text_property(findings[i], "shapes"), "<missing>") << i;
  }
}

// Columns count UTF-16 units: a non-ASCII character before the load does not shift it.
TEST(IcShapes, WrongMapKeyIsFoundAfterNonAsciiText) {
  ScratchDir dir;
  const std::string line = "function f(p) { return 'é' + p.x; }";
  std::string script = dir.write("u.js", "const a = {x: 1, y: 2}, b = {y: 1, x: 2};\n" + line + "\n");
  std::vector<Diagnostic> findings = {deopt_finding("wrong map", script, line, 32)};  // `x`
  attach(findings, {script});
  EXPECT_EQ(int_property(findings[0], "shapes"), 2);
}

// field-representation's wrong map at p.x (28:12) comes from Point.x changing
// representation, the only class creating `x`: no shape list, property-type-change is its cause.
TEST(IcShapes, AWrongMapThatOneShapeCreatesGetsNoShapes) {
  for (int version : kNodeVersions) {
    SCOPED_TRACE("node " + std::to_string(version));
    JoinOutcome outcome = run_join(corpus_request(node_log("field-representation", version)));
    const Diagnostic* deopt = find_diagnostic(outcome.diagnostics, "deopt", 28, 12);
    ASSERT_NE(deopt, nullptr);
    ASSERT_EQ(text_property(*deopt, "reason"), "wrong map");
    EXPECT_EQ(text_property(*deopt, "shapes"), "<missing>");
    EXPECT_EQ(text_property(*deopt, "cause_rule"), "property-type-change");
  }
}

}  // namespace
}  // namespace v8lint::join
