#include "cli/trace_options.h"

#include <vector>

namespace v8lint::cli {

void TracePathOptions::add_to(CLI::App& command, CLI::Option* needs) {
  std::vector<CLI::Option*> added = {
      command.add_option("--source-root", paths_.source_root, "Match recorded script paths to files under DIR"),
      command.add_option("--path-map", path_maps_, "Rewrite recorded path prefix FROM to TO (FROM=TO, repeatable)")
          ->allow_extra_args(false)  // one value per flag: the logs that follow are not path maps
          ->check([](const std::string& value) { return value.find('=') == std::string::npos ? "expected FROM=TO" : ""; }),
      command.add_flag("--include-internals", paths_.include_internals, "Also report node: internals and natives"),
      command.add_flag("--include-dependencies", paths_.include_dependencies, "Also report code in node_modules")};
  if (needs == nullptr) return;
  for (CLI::Option* option : added) option->needs(needs);
}

trace::PathOptions TracePathOptions::resolved() const {
  trace::PathOptions paths = paths_;
  for (const std::string& map : path_maps_) {  // CLI11 has already rejected values without '='
    size_t equals = map.find('=');
    paths.path_maps.emplace_back(map.substr(0, equals), map.substr(equals + 1));
  }
  return paths;
}

}  // namespace v8lint::cli
