'use strict';
// Main thread of the worker program: it starts worker.js on a second V8
// isolate and waits for it. With --logfile-per-isolate V8 writes one log per
// isolate (`isolate-<address>-<pid>-v8.log`); the megamorphic site is only in
// the worker's log, at worker.js line 16, column 15 (1-based).
// This thread has no interesting site of its own.
// ../expectations.json lists the exact sites per Node version.

const { Worker } = require('node:worker_threads');
const path = require('node:path');

const worker = new Worker(path.join(__dirname, 'worker.js'));
worker.on('message', (sum) => {
  process.exitCode = sum === 1199940000 ? 0 : 1;
});
