#include "syntax/parse_arena.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <new>

#include <sys/mman.h>

#include <tree_sitter/api.h>

namespace v8lint {
namespace {

// Each arena block starts with its size (for realloc), padded so that blocks
// keep malloc's 16-byte alignment.
constexpr size_t kHeader = 16;
// Chunks are one transparent huge page each, so a large tree costs one page
// fault per 2 MiB instead of one per 4 KiB, and few TLB entries to walk.
constexpr size_t kChunk = size_t{2} << 20;
// Chunks kept per thread for the next file's arena (64 MiB): most files need
// one, and fresh memory costs page faults and zeroing.
constexpr size_t kCachedChunks = 32;

size_t round_up(size_t size, size_t unit) { return (size + unit - 1) / unit * unit; }

thread_local ParseArena* active_arena = nullptr;

// `size` bytes (a multiple of kChunk) aligned to kChunk, as huge pages where the
// system allows: mapped with a kChunk of slack, whose unaligned ends are unmapped.
char* map_chunk(size_t size) {
  void* mapped = mmap(nullptr, size + kChunk, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (mapped == MAP_FAILED) return nullptr;
  char* start = static_cast<char*>(mapped);
  char* aligned = reinterpret_cast<char*>(round_up(reinterpret_cast<uintptr_t>(start), kChunk));
  if (aligned > start) munmap(start, static_cast<size_t>(aligned - start));
  if (char* tail = aligned + size; tail < start + size + kChunk)
    munmap(tail, static_cast<size_t>(start + size + kChunk - tail));
  madvise(aligned, size, MADV_HUGEPAGE);  // only advice: without THP the chunk is plain pages
  return aligned;
}

struct ChunkCache {
  std::vector<char*> chunks;
  ~ChunkCache();
};
thread_local ChunkCache chunk_cache;
// False once the thread's cache is destroyed: a tree that outlives it (a static
// one, freed after the thread's locals) unmaps its chunks straight away.
thread_local bool chunk_cache_alive = true;

ChunkCache::~ChunkCache() {
  chunk_cache_alive = false;
  for (char* chunk : chunks) munmap(chunk, kChunk);
}

char* take_chunk(size_t size) {
  if (size != kChunk || chunk_cache.chunks.empty()) return map_chunk(size);
  char* chunk = chunk_cache.chunks.back();
  chunk_cache.chunks.pop_back();
  return chunk;
}

void give_back_chunk(char* memory, size_t size) {
  if (size == kChunk && chunk_cache_alive && chunk_cache.chunks.size() < kCachedChunks)
    chunk_cache.chunks.push_back(memory);
  else
    munmap(memory, size);
}

size_t block_size(void* block) { return *reinterpret_cast<size_t*>(static_cast<char*>(block) - kHeader); }

void* hook_malloc(size_t size) { return active_arena ? active_arena->allocate(size) : std::malloc(size); }

void* hook_calloc(size_t count, size_t size) {
  if (!active_arena) return std::calloc(count, size);
  if (size != 0 && count > SIZE_MAX / size) return nullptr;
  void* block = active_arena->allocate(count * size);
  if (block) std::memset(block, 0, count * size);
  return block;
}

void* hook_realloc(void* block, size_t size) {
  return active_arena ? active_arena->reallocate(block, size) : std::realloc(block, size);
}

// Inside a scope only the parse's own blocks are freed: the arena drops them all at once.
void hook_free(void* block) {
  if (!active_arena) std::free(block);
}

}  // namespace

void install_parse_arena_allocator() {
  static const bool installed = (ts_set_allocator(hook_malloc, hook_calloc, hook_realloc, hook_free), true);
  (void)installed;
}

// Writes the block's header at `at` and returns the block after it.
char* ParseArena::place(char* at, size_t size) {
  *reinterpret_cast<size_t*>(at) = size;
  return at + kHeader;
}

ParseArena::~ParseArena() {
  for (const Chunk& chunk : chunks_) give_back_chunk(chunk.memory, chunk.size);
}

ParseArena::Scope::Scope(ParseArena& arena) : previous_(active_arena) {
  install_parse_arena_allocator();
  active_arena = &arena;
}

ParseArena::Scope::~Scope() { active_arena = previous_; }

void* ParseArena::allocate(size_t size) {
  const size_t needed = kHeader + round_up(size, 16);
  if (needed > static_cast<size_t>(end_ - next_)) {
    // A block larger than a chunk gets a mapping of its own; the current chunk keeps its room.
    const size_t chunk_size = needed > kChunk ? round_up(needed, kChunk) : kChunk;
    char* memory = take_chunk(chunk_size);
    if (!memory) return nullptr;
    chunks_.push_back(Chunk{memory, chunk_size});
    if (chunk_size > kChunk) return place(memory, size);
    next_ = memory;
    end_ = memory + chunk_size;
  }
  char* block = place(next_, size);
  next_ += needed;
  return block;
}

void* ParseArena::reallocate(void* block, size_t size) {
  if (!block) return allocate(size);
  const size_t old_size = block_size(block);
  char* old_end = static_cast<char*>(block) + round_up(old_size, 16);
  // The newest block grows in place while its chunk has room: the parse stack's arrays do this.
  if (old_end == next_ && size >= old_size &&
      round_up(size, 16) - round_up(old_size, 16) <= static_cast<size_t>(end_ - next_)) {
    next_ = static_cast<char*>(block) + round_up(size, 16);
    *reinterpret_cast<size_t*>(static_cast<char*>(block) - kHeader) = size;
    return block;
  }
  void* moved = allocate(size);
  if (moved) std::memcpy(moved, block, std::min(old_size, size));
  return moved;
}

size_t ParseArena::bytes_reserved() const {
  size_t total = 0;
  for (const Chunk& chunk : chunks_) total += chunk.size;
  return total;
}

}  // namespace v8lint
