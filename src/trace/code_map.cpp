#include "trace/code_map.h"

namespace v8lint::trace {

void CodeMap::evict(uint64_t start, uint64_t size) {
  uint64_t end = start + (size == 0 ? 1 : size);
  auto it = entries_.lower_bound(start);
  if (it != entries_.begin()) {
    auto before = std::prev(it);
    if (before->first + before->second.size > start) it = before;
  }
  while (it != entries_.end() && it->first < end) it = entries_.erase(it);
}

void CodeMap::add(uint64_t start, uint64_t size, uint32_t code_id) {
  evict(start, size);
  entries_.emplace(start, Entry{size, code_id});
}

bool CodeMap::move(uint64_t from, uint64_t to) {
  auto it = entries_.find(from);
  if (it == entries_.end()) return false;
  Entry entry = it->second;
  entries_.erase(it);
  add(to, entry.size, entry.code_id);
  return true;
}

bool CodeMap::remove(uint64_t start) { return entries_.erase(start) > 0; }

std::optional<uint32_t> CodeMap::find(uint64_t address) const {
  auto it = entries_.upper_bound(address);
  if (it == entries_.begin()) return std::nullopt;
  --it;
  uint64_t size = it->second.size == 0 ? 1 : it->second.size;
  if (address - it->first < size) return it->second.code_id;
  return std::nullopt;
}

std::optional<uint32_t> CodeMap::at(uint64_t start) const {
  auto it = entries_.find(start);
  if (it == entries_.end()) return std::nullopt;
  return it->second.code_id;
}

}  // namespace v8lint::trace
