// Deopts caused in another module than the one that deopts.
//
// area() (geometry.js, an ES module imported here) and scale() (scale.cjs, a
// CommonJS module required here) are optimized while they only see small
// integers, then this module passes them strings: V8 deoptimizes eagerly in
// geometry.js at `w * h` (5:12) and in scale.cjs at `x * k` (6:12). The
// strings come from measurePhase('4', 3) and resizePhase('6', 2) below,
// through measure() and resize().
import { createRequire } from 'node:module';
import { area } from './geometry.js';
import { labels } from './labels.js';

const require = createRequire(import.meta.url);
const { scale } = require('./scale.cjs');

const PHASE_MS = 300;
const ROUNDS = 1000;

function measure(w, h, rounds) {
  let total = 0;
  for (let i = 0; i < rounds; i++) total = area(w, h);
  return total;
}

function resize(x, k, rounds) {
  let total = 0;
  for (let i = 0; i < rounds; i++) total = scale(x, k);
  return total;
}

// Many short calls for a fixed time, so that the callers are optimized as
// whole functions before the next phase enters them.
function measurePhase(w, h) {
  const end = Date.now() + PHASE_MS;
  let result;
  while (Date.now() < end) result = measure(w, h, ROUNDS);
  return result;
}

function resizePhase(x, k) {
  const end = Date.now() + PHASE_MS;
  let result;
  while (Date.now() < end) result = resize(x, k, ROUNDS);
  return result;
}

const areas = [measurePhase(2, 3), measurePhase('4', 3)];
const sizes = [resizePhase(5, 2), resizePhase('6', 2)];
const ok = areas[0] === 6 && areas[1] === 12 && sizes[0] === 10 && sizes[1] === 12 && labels.length === 2;
process.exitCode = ok ? 0 : 1;
