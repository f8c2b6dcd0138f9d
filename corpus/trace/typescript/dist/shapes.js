"use strict";
// The two hot helpers the TypeScript corpus program feeds: one property
// read that sees six object shapes, and one addition that is optimized on
// small integers and later fed strings. ../README.md gives their positions.
Object.defineProperty(exports, "__esModule", { value: true });
exports.readX = readX;
exports.add = add;
function readX(point) {
    // LoadIC `x`: 0 -> 1 -> P -> N (six shapes).
    return point.x;
}
function add(a, b) {
    // Optimized on Smis, then fed strings: eager deopt here.
    return a + b;
}
//# sourceMappingURL=shapes.js.map