'use strict';
// Polymorphic property load, in a directory whose name has a space.
//
// describe() reads `shape.kind` on three shapes, so V8's LoadIC goes
// 0 -> 1 -> P and stays polymorphic (3 maps < 4, the megamorphic limit).
// With --log-ic the log has `LoadIC` lines at line 17, column 16
// (1-based), last new state P. The logged file path contains the space
// verbatim (`.../path with space/main.js`).
// ../expectations.json lists the exact sites per Node version.

const ITERATIONS = 20000;

function describe(shape) {
  // The one polymorphic load site.
  // Three maps reach it.
  // ↓
  return shape.kind.length;
}

const shapes = [
  { kind: 'circle', radius: 1 },
  { kind: 'square', side: 2 },
  { width: 3, kind: 'rect', height: 4 },
];

let total = 0;
for (let i = 0; i < ITERATIONS; i++) total += describe(shapes[i % 3]);
process.exitCode = total === 6 * 6667 + 6 * 6667 + 4 * 6666 ? 0 : 1;
