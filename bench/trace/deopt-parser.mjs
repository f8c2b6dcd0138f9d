// Parses one V8 log with v8-deopt-parser, the way its README documents it:
// the whole log as one string to parseV8Log(), then the result as JSON.
//
//   node deopt-parser.mjs LOG [OUT]      (OUT defaults to /dev/null)
import { readFileSync, writeFileSync } from 'node:fs';
import { parseV8Log } from 'v8-deopt-parser';

const [logPath, outPath = '/dev/null'] = process.argv.slice(2);
if (!logPath) {
  console.error('usage: node deopt-parser.mjs LOG [OUT]');
  process.exit(2);
}
const info = await parseV8Log(readFileSync(logPath, 'utf8'));
writeFileSync(outPath, JSON.stringify(info));
// On stderr, so a run that parsed nothing is visible in the harness output.
console.error(`${logPath}: ${info.ics.length} IC sites, ${info.deopts.length} deopt sites, ${info.codes.length} code entries`);
