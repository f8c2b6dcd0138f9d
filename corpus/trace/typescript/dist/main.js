"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
// TypeScript corpus program: compiled by tsc (dist/, source maps beside)
// and bundled by esbuild (bundle/app.js, inline source map). V8 reports its
// megamorphic IC and its deopt in the generated JavaScript; the trace pass
// maps them back to src/shapes.ts through the source maps.
const shapes_1 = require("./shapes");
const ITERATIONS = 20000;
const PHASE_MS = 300;
const ROUNDS = 1000;
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
function sumShapes() {
    let sum = 0;
    for (let i = 0; i < ITERATIONS; i++) {
        for (const shape of makeShapes(i))
            sum += (0, shapes_1.readX)(shape);
    }
    return sum;
}
function sumPairs(first, second, rounds) {
    let total = first;
    for (let i = 0; i < rounds; i++)
        total = (0, shapes_1.add)(first, second);
    return total;
}
// Many short calls for a fixed time, so that sumPairs() is optimized as a
// whole function before the next phase feeds it another type.
function phase(first, second) {
    const end = Date.now() + PHASE_MS;
    let result = first;
    while (Date.now() < end)
        result = sumPairs(first, second, ROUNDS);
    return result;
}
const shapes = sumShapes();
const ints = phase(1, 2);
const strings = phase("a", "b");
// A wrong answer makes the run fail (record.sh stops).
process.exitCode = shapes === 1199940000 && ints === 3 && strings === "ab" ? 0 : 1;
//# sourceMappingURL=main.js.map