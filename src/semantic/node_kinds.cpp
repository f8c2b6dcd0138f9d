#include "semantic/node_kinds.h"

#include <string_view>
#include <unordered_map>

namespace v8lint {

NodeKinds::NodeKinds(const TSLanguage* language) : by_symbol_(ts_language_symbol_count(language), Js::Other) {
  static const std::unordered_map<std::string_view, Js> by_name = {
#define V8LINT_JS_NAME(name, text) {text, Js::name},
      V8LINT_JS_NODE_KINDS(V8LINT_JS_NAME)
#undef V8LINT_JS_NAME
  };
  for (uint32_t s = 0; s < by_symbol_.size(); ++s) {
    auto symbol = static_cast<TSSymbol>(s);
    if (ts_language_symbol_type(language, symbol) != TSSymbolTypeRegular) continue;
    auto it = by_name.find(ts_language_symbol_name(language, symbol));
    if (it != by_name.end()) by_symbol_[s] = it->second;
  }
  static constexpr std::array<std::string_view, static_cast<size_t>(JsField::Count)> field_names = {
#define V8LINT_JS_FIELD_NAME(name, text) text,
      V8LINT_JS_FIELDS(V8LINT_JS_FIELD_NAME)
#undef V8LINT_JS_FIELD_NAME
  };
  for (size_t f = 0; f < field_names.size(); ++f) {
    field_ids_[f] =
        ts_language_field_id_for_name(language, field_names[f].data(), static_cast<uint32_t>(field_names[f].size()));
  }
}

const NodeKinds& NodeKinds::for_dialect(Dialect dialect) { return per_grammar<NodeKinds>(dialect); }

}  // namespace v8lint
