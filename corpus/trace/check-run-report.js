'use strict';
// Checks one `v8lint run --format json` report against expectations.json:
// every stable site of the program recorded on this Node major must be a
// finding with the same rule, file, line and column (and, for a deopt, the
// reason in its message). Prints one line per site; exit code 1 if any is missing.
//
//   node check-run-report.js EXPECTATIONS.json REPORT.json MAJOR PROGRAM

const fs = require('node:fs');

const [expectationsPath, reportPath, major, program] = process.argv.slice(2);
const expectations = JSON.parse(fs.readFileSync(expectationsPath, 'utf8'));
const report = JSON.parse(fs.readFileSync(reportPath, 'utf8'));

function reasonOf(site) {
  return site.reason_by_version ? site.reason_by_version[major] : site.reason;
}

function isReported(site) {
  const path = `corpus/trace/${site.file}`;
  const reason = reasonOf(site);
  return report.diagnostics.some((d) => d.ruleId === site.kind && d.path === path && d.line === site.line &&
                                        d.column === site.column && (!reason || d.message.includes(reason)));
}

let missing = 0;
for (const site of expectations.stable_sites) {
  if (site.program !== program || !site.versions.includes(Number(major))) continue;
  const found = isReported(site);
  const reason = reasonOf(site);
  console.log(`  ${found ? 'found  ' : 'MISSING'} ${site.kind} corpus/trace/${site.file}:${site.line}:${site.column}` +
              (reason ? ` (${reason})` : ''));
  if (!found) missing++;
}
process.exitCode = missing === 0 ? 0 : 1;
