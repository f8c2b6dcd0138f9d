'use strict';
// A CommonJS module whose hot function deopts because of what another module
// passes it (see main.js): `x * k` at line 6, column 12.
function scale(x, k) {
  // The site of the deopt.
  return x * k;
}

exports.scale = scale;
