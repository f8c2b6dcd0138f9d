// Compiles each file given on the command line, eagerly, as a CommonJS module
// body, between sentinel functions, so that under
//   node --no-lazy --print-bytecode print_bytecode.js FILE...
// the bytecode of file number I is printed between the functions
// __v8lint_begin_I_P__ and __v8lint_end_I__, where P is the length of the
// wrapper text before the file's own source (to subtract from positions).
// Nothing is run: compiling is enough for --print-bytecode.
'use strict';
const fs = require('fs');
const vm = require('vm');

const PREFIX = '(function (exports, require, module, __filename, __dirname) { ';
const SUFFIX = '\n})';

// Compile once first, so the Node internals vm.Script uses are compiled (and
// printed) before the first sentinel rather than among a file's functions.
new vm.Script('function __v8lint_warmup__() {}', { filename: 'warmup.js' });

process.argv.slice(2).forEach((file, index) => {
  const source = fs.readFileSync(file, 'utf8');
  new vm.Script(`function __v8lint_begin_${index}_${PREFIX.length}__() {}`);
  try {
    new vm.Script(PREFIX + source + SUFFIX, { filename: file });
    new vm.Script(`function __v8lint_end_${index}__() {}`);
  } catch (error) {
    new vm.Script(`function __v8lint_failed_${index}__() {}`);
    process.stderr.write(`${file}: not compiled (${error.message}); skipped\n`);
  }
});
