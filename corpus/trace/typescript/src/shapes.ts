// The two hot helpers the TypeScript corpus program feeds: one property
// read that sees six object shapes, and one addition that is optimized on
// small integers and later fed strings. ../README.md gives their positions.

export interface HasX {
  x: number;
}

export function readX(point: HasX): number {
  // LoadIC `x`: 0 -> 1 -> P -> N (six shapes).
  return point.x;
}

export function add(a: number | string, b: number | string): number | string {
  // Optimized on Smis, then fed strings: eager deopt here.
  return (a as number) + (b as number);
}
