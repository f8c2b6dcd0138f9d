# Writes a C++ file holding every rules/<id>.md as a string, keyed by id.
# Input: DOCS_DIR (the rules/ directory), OUT (the .cpp to write).
# (Globbed here: a list passed on the command line would be split at spaces.)
file(GLOB DOCS "${DOCS_DIR}/*.md")
set(body "#include \"rules/rule_docs.h\"\n\nnamespace v8lint {\n\nconst std::vector<RuleDoc>& embedded_rule_docs() {\n  static const std::vector<RuleDoc> docs = {\n")
foreach(doc ${DOCS})
  get_filename_component(id ${doc} NAME_WE)
  file(READ ${doc} text)
  string(APPEND body "    {\"${id}\", R\"v8lint_doc(${text})v8lint_doc\"},\n")
endforeach()
string(APPEND body "  };\n  return docs;\n}\n\n}  // namespace v8lint\n")
file(WRITE ${OUT}.tmp "${body}")
file(COPY_FILE ${OUT}.tmp ${OUT} ONLY_IF_DIFFERENT)
