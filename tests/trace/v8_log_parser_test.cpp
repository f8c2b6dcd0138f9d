#include "trace/v8_log_parser.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace v8lint::trace {
namespace {

// Keeps a copy of every event it is told about.
struct Recorder final : V8LogListener {
  struct Code {
    uint64_t start, size;
    bool is_js;
    Tier tier;
    bool disabled;
    std::string name;
  };
  struct Ic {
    std::string type;
    uint64_t pc;
    int64_t line, column;
    char old_state, new_state;
    uint64_t map;
    std::string key;
  };
  struct Deopt {
    uint64_t start;
    std::string kind, location, reason;
  };
  std::vector<Code> codes;
  std::vector<Ic> ics;
  std::vector<Deopt> deopts;
  std::vector<std::string> other;

  void on_code_creation(const CodeCreation& e) override {
    codes.push_back({e.start, e.size, e.is_js, e.tier, e.optimization_disabled, std::string(e.name)});
  }
  void on_code_move(uint64_t from, uint64_t to) override { other.push_back("move " + std::to_string(from) + ">" + std::to_string(to)); }
  void on_code_delete(uint64_t start) override { other.push_back("delete " + std::to_string(start)); }
  void on_ic(const IcEvent& e) override {
    ics.push_back({std::string(e.type), e.pc, e.line, e.column, e.old_state, e.new_state, e.map, std::string(e.key)});
  }
  void on_deopt(const DeoptEvent& e) override {
    deopts.push_back({e.code_start, std::string(e.kind), std::string(e.location), std::string(e.reason)});
  }
  void on_disable_optimization(std::string_view name, std::string_view reason) override {
    other.push_back("disable " + std::string(name) + ": " + std::string(reason));
  }
  void on_script(int64_t id, std::string name, std::string source, std::string source_map_url) override {
    bool details = source.empty();  // script-details: no source, perhaps a source map URL
    other.push_back((details ? "details " : "script ") + std::to_string(id) + " " + name + " [" +
                    (details ? source_map_url : source) + "]");
  }
};

struct ParserTest : testing::Test {
  Recorder recorder;
  V8LogParser parser{recorder};
  std::string problem;
  LineOutcome parse(std::string_view line) { return parser.parse(line, problem); }
};

TEST_F(ParserTest, IcWithoutTimeField) {  // V8 < 8.6 (Node 12, 14)
  EXPECT_EQ(parse("KeyedStoreIC,0x1629d85ae4,301,14,1,N,0x017b7660ca01,ERR_X,,"), LineOutcome::Used);
  ASSERT_EQ(recorder.ics.size(), 1u);
  const auto& ic = recorder.ics[0];
  EXPECT_EQ(ic.type, "KeyedStoreIC");
  EXPECT_EQ(ic.pc, 0x1629d85ae4u);
  EXPECT_EQ(ic.line, 301);
  EXPECT_EQ(ic.column, 14);
  EXPECT_EQ(ic.old_state, '1');
  EXPECT_EQ(ic.new_state, 'N');
  EXPECT_EQ(ic.map, 0x017b7660ca01u);
  EXPECT_EQ(ic.key, "ERR_X");
}

TEST_F(ParserTest, IcWithTimeField) {  // V8 >= 8.6 (Node 16+)
  EXPECT_EQ(parse("LoadIC,0x3d0d7f00bb4e,387289,2,29,P,N,0x3d0d7f00b921,x,,"), LineOutcome::Used);
  ASSERT_EQ(recorder.ics.size(), 1u);
  EXPECT_EQ(recorder.ics[0].line, 2);
  EXPECT_EQ(recorder.ics[0].column, 29);
  EXPECT_EQ(recorder.ics[0].old_state, 'P');
  EXPECT_EQ(recorder.ics[0].new_state, 'N');
}

TEST_F(ParserTest, EveryIcTypeAndState) {
  const char* types[] = {"LoadIC", "StoreIC", "KeyedLoadIC", "KeyedStoreIC", "LoadGlobalIC", "StoreGlobalIC",
                         "StoreInArrayLiteralIC"};
  for (const char* type : types) {
    for (char state : std::string("X0.1^PNDG")) {
      std::string line = std::string(type) + ",0x10,5,1,2,0," + state + ",0x20,k,,";
      EXPECT_EQ(parse(line), LineOutcome::Used) << line;
    }
  }
  EXPECT_EQ(recorder.ics.size(), 7u * 9u);
  EXPECT_EQ(recorder.ics.back().new_state, 'G');
}

TEST_F(ParserTest, IcKeyKeepsItsEscapesForTheReaderToDecode) {
  EXPECT_EQ(parse(R"(StoreIC,0x10,5,1,2,0,1,0x20,a\x2Cb,,)"), LineOutcome::Used);
  EXPECT_EQ(recorder.ics[0].key, R"(a\x2Cb)");
}

TEST_F(ParserTest, CodeCreationTagsAndTierMarkers) {
  parse("code-creation,LazyCompile,11,19133,0x3b22eefec09e,19,SafeSet internal/per_context/primordials.js:73:3,0x1dbe96005020,~");
  parse("code-creation,LazyCompile,0,84000,0x2dc86bf84640,4704,addAny /tmp/a.js:90:16,0x1dbe96005021,*");
  parse("code-creation,Script,12,61544,0x420708266016,528, file:///tmp/a.js:1:1,0x420708265db8,~");
  parse("code-creation,Function,10,21992,0x2b55223b82e,58, node:internal/main/run_main_module:1:1,0x2b55223b700,~");
  parse("code-creation,JS,11,387474,0x7facfc005b80,1404, /tmp/s.js:1:1,0x3d0d7f00a598,^");
  parse("code-creation,JS,12,387474,0x7facfc006000,99,f /tmp/s.js:2:1,0x3d0d7f00a598,+");
  parse("code-creation,Eval,10,387054,0x3d0d7f00a61e,5, /tmp/s.js:1:1,0x3d0d7f00a4d8,~");
  parse("code-creation,LazyCompile,1,5,0x50,4,g /tmp/a.js:9:1,0x60,-");
  parse("code-creation,LazyCompile,1,5,0x70,4,h /tmp/a.js:9:1,0x60,");
  parse("code-creation,Builtin,3,2187,0x12eb960,1634,RecordWrite");
  ASSERT_EQ(recorder.codes.size(), 10u);
  EXPECT_EQ(recorder.codes[0].name, "SafeSet internal/per_context/primordials.js:73:3");
  EXPECT_EQ(recorder.codes[0].tier, Tier::Interpreted);
  EXPECT_EQ(recorder.codes[1].tier, Tier::Turbofan);
  EXPECT_EQ(recorder.codes[1].start, 0x2dc86bf84640u);
  EXPECT_EQ(recorder.codes[1].size, 4704u);
  EXPECT_TRUE(recorder.codes[2].is_js);
  EXPECT_EQ(recorder.codes[2].name, " file:///tmp/a.js:1:1");
  EXPECT_TRUE(recorder.codes[3].is_js);
  EXPECT_EQ(recorder.codes[4].tier, Tier::Sparkplug);
  EXPECT_EQ(recorder.codes[5].tier, Tier::Maglev);
  EXPECT_TRUE(recorder.codes[6].is_js);
  EXPECT_EQ(recorder.codes[7].tier, Tier::Turbofan);  // "-": V8 8.x native-context-independent code
  EXPECT_EQ(recorder.codes[8].tier, Tier::Interpreted);
  EXPECT_TRUE(recorder.codes[8].disabled);
  EXPECT_FALSE(recorder.codes[9].is_js);
  EXPECT_EQ(recorder.codes[9].name, "RecordWrite");
}

// V8 12+ (Node 22+, recorded in corpus/trace): "o" marks on-stack-replaced
// code, a trailing "'" context-specialized code.
TEST_F(ParserTest, OsrAndContextSpecializedTierMarkers) {
  parse("code-creation,JS,12,134762,0x7f2b3a804100,264,add /t/main.js:16:13,0x15ce4aa9eb20,+'");
  parse("code-creation,JS,12,135416,0x7f2b3a804280,1204,sumPairs /t/main.js:21:18,0x15ce4aa9eb68,o+");
  parse("code-creation,JS,13,136907,0x7f2b3a8049c0,548,sumPairs /t/main.js:21:18,0x15ce4aa9eb68,*'");
  parse("code-creation,JS,13,138300,0x7f2b3a804c40,644,sumPairs /t/main.js:21:18,0x15ce4aa9eb68,o*");
  ASSERT_EQ(recorder.codes.size(), 4u);
  EXPECT_EQ(recorder.codes[0].tier, Tier::Maglev);
  EXPECT_EQ(recorder.codes[1].tier, Tier::Maglev);
  EXPECT_EQ(recorder.codes[2].tier, Tier::Turbofan);
  EXPECT_EQ(recorder.codes[3].tier, Tier::Turbofan);
}

TEST_F(ParserTest, DeoptKindsOldAndNew) {
  parse("code-deopt,84325,4704,0x2dc86bf84640,8,1549,eager,</tmp/a.js:104:11> inlined at </tmp/a.js:112:5>,wrong map");
  parse("code-deopt,475826,1024,0x7facfc006680,-1,317,deopt-eager,</tmp/s.js:8:19>,Insufficient type feedback for compare operation");
  parse("code-deopt,1,2,0x30,-1,17,dependency-change,</tmp/s.js:1:1>,field-type");
  parse(R"(code-deopt,1,2,0x30,-1,17,bailout-soft,<unknown>,odd\x2C reason)");
  ASSERT_EQ(recorder.deopts.size(), 4u);
  EXPECT_EQ(recorder.deopts[0].start, 0x2dc86bf84640u);
  EXPECT_EQ(recorder.deopts[0].kind, "eager");
  EXPECT_EQ(recorder.deopts[0].location, "</tmp/a.js:104:11> inlined at </tmp/a.js:112:5>");
  EXPECT_EQ(recorder.deopts[0].reason, "wrong map");
  EXPECT_EQ(recorder.deopts[1].kind, "deopt-eager");
  EXPECT_EQ(recorder.deopts[2].kind, "dependency-change");
  EXPECT_EQ(recorder.deopts[3].reason, R"(odd\x2C reason)");
}

TEST_F(ParserTest, MovesDeletesScriptsAndDisabledOptimization) {
  parse("code-move,0x10,0x20");
  parse("code-delete,0x20");
  parse("code-disable-optimization,hot,Function is being debugged");
  parse(R"(script-source,81,/tmp/s.js,a\x2C b)");
  parse("script-details,81,/tmp/s.js,0,0,");
  parse("script-details,82,/tmp/t.js,0,0,t.js.map");
  EXPECT_EQ(recorder.other, (std::vector<std::string>{"move 16>32", "delete 32", "disable hot: Function is being debugged",
                                                      "script 81 /tmp/s.js [a, b]", "details 81 /tmp/s.js []",
                                                      "details 82 /tmp/t.js [t.js.map]"}));
}

TEST_F(ParserTest, MapAndHeapEventsAreSkippedCheaply) {
  EXPECT_EQ(parse("map-details,4853,0x2ec008200121,Map=00002EC008200121\\n - type: JS_OBJECT_TYPE"), LineOutcome::Ignored);
  EXPECT_EQ(parse("map,Transition,5000,0x1,0x2,0x3,1,1,x"), LineOutcome::Ignored);
  EXPECT_EQ(parse("sfi-move,0x1,0x2"), LineOutcome::Ignored);
  EXPECT_EQ(parse("code-source-info,0x2b55223b786,91,0,649,C0O0C4O649,,"), LineOutcome::Ignored);
  EXPECT_EQ(parse("v8-version,9,3,345,16,-node.12,0"), LineOutcome::Ignored);
  EXPECT_EQ(parse("code-moving-gc"), LineOutcome::Ignored);
  EXPECT_EQ(parse("map-move,77,0x1,0x2"), LineOutcome::Ignored);  // V8 >= 12 with --log-maps
  EXPECT_TRUE(recorder.codes.empty() && recorder.ics.empty() && recorder.other.empty());
}

TEST_F(ParserTest, UnknownAndMalformedLinesSayWhy) {
  EXPECT_EQ(parse("frobnicate,1,2"), LineOutcome::UnknownEvent);
  EXPECT_EQ(problem, "unknown event `frobnicate`");
  EXPECT_EQ(parse("LoadIC,0x10,5"), LineOutcome::Malformed);
  EXPECT_EQ(problem, "IC event in no known layout");
  // Two isolates writing into one file: a line cut off and glued to the next.
  EXPECT_EQ(parse("code-creation,LazyCompile,11,191LoadIC,0x3b22eefec974,157,35,0,.,0x1,x,,"), LineOutcome::Malformed);
  EXPECT_EQ(parse("code-deopt,1,2,nothex,-1,0,eager,<a.js:1:1>,r"), LineOutcome::Malformed);
  EXPECT_TRUE(recorder.codes.empty() && recorder.ics.empty() && recorder.deopts.empty());
}

}  // namespace
}  // namespace v8lint::trace
