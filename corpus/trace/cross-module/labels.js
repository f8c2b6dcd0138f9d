// Unrelated to geometry.js: its own area(), fed a string and a number, which
// must not be taken for a cause of geometry.js's deopt.
function area(room, size) {
  return room + ': ' + size;
}

function label(room, size) {
  return area(room, size);
}

export const labels = [label('kitchen', 12), label(3, 4)];
