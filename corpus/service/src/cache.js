'use strict';
// A TTL price cache. `hits` starts as a number and later becomes a string:
// V8 generalizes the field's representation and deoptimizes readers.
class PriceCache {
  constructor(ttlMs) {
    this.ttlMs = ttlMs;
    this.entries = new Map();
    this.hits = 0;
    this.lastSweep = null;
  }

  get(key) {
    const entry = this.entries.get(key);
    if (entry === undefined || entry.expires < Date.now()) return undefined;
    this.hits++;
    return entry.value;
  }

  set(key, value) {
    this.entries.set(key, { value, expires: Date.now() + this.ttlMs });
  }

  evict(key) {
    const entry = { value: this.entries.get(key), expires: 0 };
    delete entry.value; // turns the record into a slow dictionary object
    this.entries.delete(key); // Map#delete: a look-alike, not the delete operator
    return entry;
  }

  stats() {
    if (this.hits > 1000) this.hits = 'many';
    this.lastSweep = Date.now();
    return { size: this.entries.size, hits: this.hits };
  }
}

// Look-alike: a different class with a field of the same name, given a string
// from the start. Not a change of kind.
class Counter {
  constructor() {
    this.hits = 'none';
  }
  bump() {
    this.hits = 'some';
  }
}

module.exports = { PriceCache, Counter };
