// Which code object covers an address at the current point of the log.
// A plain ordered structure keyed by start address; updates arrive in log
// (time) order: creation evicts whatever it overlaps (the old object's memory
// was reused without a delete event), moves re-key, deletes erase.
#pragma once

#include <cstdint>
#include <map>
#include <optional>

namespace v8lint::trace {

class CodeMap {
 public:
  void add(uint64_t start, uint64_t size, uint32_t code_id);
  // Removes every entry overlapping [start, start + size) without adding one
  // (code we do not track, e.g. builtins or regexps, took the memory).
  void evict(uint64_t start, uint64_t size);
  // False when nothing starts at `from`.
  bool move(uint64_t from, uint64_t to);
  bool remove(uint64_t start);
  std::optional<uint32_t> find(uint64_t address) const;
  // Entry starting exactly at `start` (code-deopt and code-source-info name the start).
  std::optional<uint32_t> at(uint64_t start) const;
  size_t size() const { return entries_.size(); }

 private:
  struct Entry {
    uint64_t size;
    uint32_t code_id;
  };
  std::map<uint64_t, Entry> entries_;
};

}  // namespace v8lint::trace
