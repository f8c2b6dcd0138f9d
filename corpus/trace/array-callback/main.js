'use strict';
// Array callbacks that only the trace shows hot.
//
// Nothing here looks hot to the static pass: no loop around the calls, no
// handler, no hot marker; the loop that runs them calls a parameter. V8
// still optimizes:
// - total(): called 20000 times, so V8 optimizes it and its `reduce`
//   callback (line 20): the enclosing function is hot;
// - scaleOnce(): called once, so it never leaves the interpreter, but its
//   `map` callback (line 25) runs for a million elements and is optimized.
// - countEven() has a `filter` in a `for` loop (line 30), which the static
//   rule reports itself; the trace confirms it.
// ../expectations.json lists the tiers each Node version reached.

const ROUNDS = 20000;
const values = Array.from({ length: 64 }, (_, i) => i);

function total(xs) {
  // The enclosing function is optimized.
  return xs.reduce((sum, x) => sum + x, 0);
}

function scaleOnce(xs) {
  // Only the callback is optimized.
  return xs.map((x) => x * 2 + 1);
}

function countEven(lists) {
  let count = 0;
  for (const list of lists) count += list.filter((x) => x % 2 === 0).length;
  return count;
}

function repeat(work, times, input) {
  let result = 0;
  for (let i = 0; i < times; i++) result = work(input);
  return result;
}

const sum = repeat(total, ROUNDS, values);
const scaled = scaleOnce(Array.from({ length: 1000000 }, (_, i) => i));
const even = repeat(countEven, ROUNDS / 10, [values, values]);
process.exitCode = sum === 2016 && scaled[999999] === 1999999 && even === 64 ? 0 : 1;
