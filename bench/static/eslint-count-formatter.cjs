// ESLint formatter for bench/static/run.sh: one line of totals, so the run can
// check that ESLint really linted (and parsed) the whole corpus.
module.exports = function countFormatter(results) {
  let warnings = 0;
  let errors = 0;
  let unparsed = 0;
  for (const result of results) {
    warnings += result.warningCount;
    errors += result.errorCount;
    if (result.messages.some((message) => message.fatal)) unparsed += 1;
  }
  return `${results.length} files, ${warnings} warnings, ${errors} errors, ${unparsed} files with parse errors\n`;
};
