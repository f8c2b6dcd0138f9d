// An ES module whose hot function deopts because of what another module
// passes it (see main.js): `w * h` at line 5, column 12.
export function area(w, h) {
  // The site of the deopt.
  return w * h;
}
