'use strict';
// Megamorphic property load.
//
// readX() is fed objects of six different shapes (hidden classes): the same
// keys in different orders, and extra keys. V8's LoadIC for `p.x` goes
// 0 -> 1 (monomorphic) -> P (polymorphic, up to 4 maps) -> N (megamorphic)
// when the fifth map arrives. With --log-ic the log has `LoadIC` lines at
// line 18, column 12 (the `x` of `p.x`, 1-based), the last ones with new
// state N. ../expectations.json lists the exact sites per Node version.
//
// The program prints nothing on purpose: console.log would make Node load
// (and --log-code log the source of) ~40 more internal modules.

const ITERATIONS = 20000;

function readX(p) {
  // The one hot load site; it sees every shape below.
  return p.x;
}

function makeShapes(i) {
  return [
    { x: i, y: 1 },
    { y: 1, x: i },
    { x: i, z: 1 },
    { z: 1, x: i },
    { x: i, y: 1, z: 1 },
    { w: 1, x: i },
  ];
}

let sum = 0;
for (let i = 0; i < ITERATIONS; i++) {
  for (const shape of makeShapes(i)) sum += readX(shape);
}
// 6 * (0 + 1 + ... + 19999): a wrong answer makes the run fail.
process.exitCode = sum === 1199940000 ? 0 : 1;
