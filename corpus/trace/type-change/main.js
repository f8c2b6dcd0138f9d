'use strict';
// Type change after optimization -> eager deopts.
//
// add() is optimized while it only sees small integers (Smis). Then the same
// call site feeds it doubles, then strings. Each change hits a type check in
// the optimized code of add() (alone, or inlined into its callers) and V8
// deoptimizes eagerly at `a + b`, line 18, column 12 (1-based): first with
// the reason "not a Smi", then "not a Number or Oddball" (Node 26 also
// says "not a Number"). --log-deopt writes `code-deopt` lines with
// `<file:18:12>`, followed by `inlined at <file:line:col>` when inlined.
// ../expectations.json lists the exact sites per Node version.

const PHASE_MS = 300;
const ROUNDS = 1000;

function add(a, b) {
  // The site every deopt points at.
  return a + b;
}

function sumPairs(first, second, rounds) {
  let total = first;
  for (let i = 0; i < rounds; i++) total = add(first, second);
  return total;
}

// Many short calls for a fixed time, so that sumPairs() is optimized as a
// whole function (not only on-stack-replaced) before the next phase enters
// it, even on a busy machine where concurrent compilation is slow.
function phase(first, second) {
  const end = Date.now() + PHASE_MS;
  let result;
  while (Date.now() < end) result = sumPairs(first, second, ROUNDS);
  return result;
}

const ints = phase(1, 2);
const doubles = phase(0.5, 0.25);
const strings = phase('a', 'b');
process.exitCode = ints === 3 && doubles === 0.75 && strings === 'ab' ? 0 : 1;
