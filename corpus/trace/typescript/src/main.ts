// TypeScript corpus program: compiled by tsc (dist/, source maps beside)
// and bundled by esbuild (bundle/app.js, inline source map). V8 reports its
// megamorphic IC and its deopt in the generated JavaScript; the trace pass
// maps them back to src/shapes.ts through the source maps.
import { add, HasX, readX } from "./shapes";

// Node's global, declared here so the build needs no @types/node.
declare const process: { exitCode: number };

const ITERATIONS = 20000;
const PHASE_MS = 300;
const ROUNDS = 1000;

function makeShapes(i: number): HasX[] {
  return [
    { x: i, y: 1 } as HasX,
    { y: 1, x: i } as HasX,
    { x: i, z: 1 } as HasX,
    { z: 1, x: i } as HasX,
    { x: i, y: 1, z: 1 } as HasX,
    { w: 1, x: i } as HasX,
  ];
}

function sumShapes(): number {
  let sum = 0;
  for (let i = 0; i < ITERATIONS; i++) {
    for (const shape of makeShapes(i)) sum += readX(shape);
  }
  return sum;
}

function sumPairs(first: number | string, second: number | string, rounds: number): number | string {
  let total = first;
  for (let i = 0; i < rounds; i++) total = add(first, second);
  return total;
}

// Many short calls for a fixed time, so that sumPairs() is optimized as a
// whole function before the next phase feeds it another type.
function phase(first: number | string, second: number | string): number | string {
  const end = Date.now() + PHASE_MS;
  let result: number | string = first;
  while (Date.now() < end) result = sumPairs(first, second, ROUNDS);
  return result;
}

const shapes = sumShapes();
const ints = phase(1, 2);
const strings = phase("a", "b");
// A wrong answer makes the run fail (record.sh stops).
process.exitCode = shapes === 1199940000 && ints === 3 && strings === "ab" ? 0 : 1;
