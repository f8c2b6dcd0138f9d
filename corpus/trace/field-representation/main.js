'use strict';
// Field representation change -> dependent code is thrown away.
//
// Point.x starts as a Smi in every instance, so optimized code for
// lengthSquared() relies on the Smi field representation of Point's map.
// Then a Point with x = 1.5 generalizes the field to Double (a new map,
// the old one is deprecated), and later x = 'far' generalizes it to Tagged.
// V8 throws away the dependent code: with --log-deopt, `code-deopt` lines of
// kind dependency-change (reason "code dependencies" on Node 18-22,
// "dependent field representation changed" on 24+) at the start of
// sumLengths(), line 31, column 20, and eager "wrong map" deopts at `p.x`
// in lengthSquared(), line 28, column 12 (1-based), inlined into its callers.
// ../expectations.json lists the exact sites per Node version.

const PHASE_MS = 300;
const ROUNDS = 1000;

class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
}

function lengthSquared(p) {
  // The loads below depend on Point's field representation.
  // Keep `p.x` on line 28, column 12: expectations.json points here.
  return p.x * p.x + p.y * p.y;
}

function sumLengths(points, rounds) {
  let total = 0;
  for (let i = 0; i < rounds; i++) total += lengthSquared(points[i % points.length]);
  return total;
}

// Many short calls for a fixed time, so that optimized code of sumLengths()
// exists (even on a busy machine) before the next phase changes Point.x.
function phase(points) {
  const end = Date.now() + PHASE_MS;
  let result;
  while (Date.now() < end) result = sumLengths(points, ROUNDS);
  return result;
}

const first = phase([new Point(1, 2), new Point(3, 4)]);
const second = phase([new Point(1.5, 2), new Point(3, 4)]);
const third = phase([new Point('far', 2), new Point(3, 4)]);
process.exitCode = first === 15000 && second === 15625 && Number.isNaN(third) ? 0 : 1;
