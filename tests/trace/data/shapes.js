'use strict';
// Small program for v8lint's trace tests: one megamorphic load, one
// polymorphic load, eager deopts and a function that deoptimizes repeatedly.
function getX(p) { return p.x; }
function getY(p) { return p.y; }
function add(a, b) { return a + b; }
const shapes = [];
for (let i = 0; i < 8; i++) { const o = {}; o['k' + i] = i; o.x = i; o.y = i; shapes.push(o); }
let sum = 0;
for (let i = 0; i < 200000; i++) sum += getX(shapes[i % 8]);
for (let i = 0; i < 200000; i++) sum += getY(shapes[i % 2]);
const values = [1, 1.5, 'a', {}, [], null, true, 2n];
for (let round = 0; round < values.length - 1; round++) {
  for (let i = 0; i < 50000; i++) add(values[round], values[round]);
}
console.log(sum > 0);
