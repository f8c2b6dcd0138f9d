'use strict';
// Object shapes made by classes and literals, all read at one site.
//
// sizeOf() reads `o.size` on six hidden classes: an Item with and without
// its conditional `tag`, a Counter before and after touch() adds `touched`,
// and two literals with the same keys in two orders. V8's LoadIC at line
// 33, column 12 goes 0 -> 1 -> P -> N. idOf() reads `o.id` on three of them
// (line 37, column 12: polymorphic), first() reads element 0 of four arrays
// with different element kinds (line 41, column 11: a keyed element site).
// ../expectations.json lists the exact sites per Node version.

const ITERATIONS = 20000;

class Item {
  constructor(id, tag) {
    this.id = id;
    if (tag) this.tag = tag;
    this.size = 1;
  }
}

class Counter {
  constructor(id) {
    this.id = id;
    this.size = 2;
  }
  touch() {
    this.touched = true;
  }
}

function sizeOf(o) {
  return o.size;
}

function idOf(o) {
  return o.id;
}

function first(a) {
  return a[0];
}

function makeShapes(i) {
  const touched = new Counter(i);
  touched.touch();
  return [new Item(i), new Item(i, 'tagged'), new Counter(i), touched, { id: i, size: 3 }, { size: 4, id: i }];
}

const arrays = [[1, 2], [1.5, 2], ['a', 'b'], [{}, {}]];
let sum = 0;
for (let i = 0; i < ITERATIONS; i++) {
  const shapes = makeShapes(i);
  for (const shape of shapes) sum += sizeOf(shape);
  for (let k = 0; k < 3; k++) sum += idOf(shapes[k]);
  if (first(arrays[i % 4]) === 1) sum += 1;
}
// 13 per round (sizes), 3i (ids), 1 every fourth round (first of [1, 2]).
process.exitCode = sum === 13 * ITERATIONS + 3 * (ITERATIONS * (ITERATIONS - 1)) / 2 + ITERATIONS / 4 ? 0 : 1;
