#include "rules/rule_docs.h"

#include <string>

namespace v8lint {

std::string_view rule_doc(std::string_view id) {
  for (const RuleDoc& doc : embedded_rule_docs()) {
    if (doc.id == id) return doc.markdown;
  }
  return {};
}

std::string rule_doc_description(std::string_view id) {
  std::string_view doc = rule_doc(id);
  std::string paragraph;
  size_t pos = 0;
  while (pos < doc.size()) {
    size_t end = doc.find('\n', pos);
    if (end == std::string_view::npos) end = doc.size();
    std::string_view line = doc.substr(pos, end - pos);
    pos = end + 1;
    if (line.starts_with("#")) {
      if (!paragraph.empty()) break;
      continue;
    }
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) {
      if (!paragraph.empty()) break;
      continue;
    }
    if (!paragraph.empty()) paragraph += ' ';
    paragraph += line;
  }
  return paragraph;
}

}  // namespace v8lint
