'use strict';
// Worker thread: a megamorphic load like ../megamorphic/main.js, on its own
// isolate. `item.x` sees six shapes, so the LoadIC at line 16, column 15
// (1-based) goes 0 -> 1 -> P -> N, in the worker isolate's log only.
// ../expectations.json lists the exact sites per Node version.

const { parentPort } = require('node:worker_threads');

const ITERATIONS = 20000;

function readX(item) {
  // The worker's hot load site:
  // it sees every shape below.
  // Keep this on line 16
  // ↓ column 15.
  return item.x;
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
parentPort.postMessage(sum);
