#include "syntax/parse_arena.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <sys/mman.h>
#include <tree_sitter/api.h>

namespace v8lint {
namespace {

// Each block starts with its size (for realloc), padded so that blocks keep
// malloc's 16-byte alignment. Large blocks have kLargeFlag set in it.
constexpr size_t kHeader = 16;
constexpr size_t kLargeFlag = size_t{1} << 63;
constexpr size_t kLargeBlock = size_t{64} << 10;
// Large enough for most files' whole tree; mapped directly, so freeing one
// never leaves a hole in malloc's heap. Not populated on mapping (MAP_POPULATE
// saved ~2 % of time): the join keeps hundreds of small trees alive at once,
// and each should cost the pages it touches, not 2 MiB.
constexpr size_t kChunk = size_t{2} << 20;
// Chunks kept per thread for the next file's arena (64 MiB): most files need
// one, and fresh memory costs page faults and zeroing.
constexpr size_t kCachedChunks = 32;

size_t round_up(size_t size, size_t unit) { return (size + unit - 1) / unit * unit; }

size_t& header_of(void* block) { return *reinterpret_cast<size_t*>(static_cast<char*>(block) - kHeader); }
bool is_large(void* block) { return (header_of(block) & kLargeFlag) != 0; }
size_t size_of(void* block) { return header_of(block) & ~kLargeFlag; }

char* map_chunk() {
  void* chunk = mmap(nullptr, kChunk, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  return chunk == MAP_FAILED ? nullptr : static_cast<char*>(chunk);
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

char* take_chunk() {
  if (chunk_cache.chunks.empty()) return map_chunk();
  char* chunk = chunk_cache.chunks.back();
  chunk_cache.chunks.pop_back();
  return chunk;
}

void give_back_chunk(char* chunk) {
  if (chunk_cache_alive && chunk_cache.chunks.size() < kCachedChunks)
    chunk_cache.chunks.push_back(chunk);
  else
    munmap(chunk, kChunk);
}

thread_local ParseArena* active_arena = nullptr;

// tree-sitter does not check its allocations: like its own default allocator,
// stop with a message rather than hand it a null block.
void* or_abort(void* block, size_t size) {
  if (block || size == 0) return block;
  std::fprintf(stderr, "v8lint: out of memory (%zu bytes) while parsing\n", size);
  std::abort();
}

void* hook_malloc(size_t size) {
  return or_abort(active_arena ? active_arena->allocate(size) : std::malloc(size), size);
}

void* hook_calloc(size_t count, size_t size) {
  if (size != 0 && count > SIZE_MAX / size) return or_abort(nullptr, SIZE_MAX);
  if (!active_arena) return or_abort(std::calloc(count, size), count * size);
  void* block = or_abort(active_arena->allocate(count * size), count * size);
  std::memset(block, 0, count * size);
  return block;
}

void* hook_realloc(void* block, size_t size) {
  return or_abort(active_arena ? active_arena->reallocate(block, size) : std::realloc(block, size), size);
}

void hook_free(void* block) {
  if (active_arena)
    active_arena->release(block);
  else
    std::free(block);
}

// ts_set_allocator is process-wide. Outside a scope the hooks are plain malloc,
// so blocks tree-sitter made before they were installed are still freed right.
void install_hooks() {
  static const bool installed = (ts_set_allocator(hook_malloc, hook_calloc, hook_realloc, hook_free), true);
  (void)installed;
}

}  // namespace

ParseArena::~ParseArena() {
  for (void* header : large_) std::free(header);
  for (char* chunk : chunks_) give_back_chunk(chunk);
}

ParseArena::Scope::Scope(ParseArena& arena) : previous_(active_arena) {
  install_hooks();
  active_arena = &arena;
}

ParseArena::Scope::~Scope() { active_arena = previous_; }

void* ParseArena::allocate(size_t size) { return size >= kLargeBlock ? allocate_large(size) : allocate_small(size); }

char* ParseArena::allocate_small(size_t size) {
  const size_t needed = kHeader + round_up(size, 16);
  if (needed > static_cast<size_t>(end_ - next_)) {
    char* chunk = take_chunk();
    if (!chunk) return nullptr;
    chunks_.push_back(chunk);
    next_ = chunk;
    end_ = chunk + kChunk;
  }
  char* block = next_ + kHeader;
  header_of(block) = size;
  next_ += needed;
  return block;
}

void* ParseArena::allocate_large(size_t size) {
  if (size > (SIZE_MAX >> 1) - kHeader) return nullptr;  // the header's flag bit must stay free
  char* header = static_cast<char*>(std::malloc(kHeader + size));
  if (!header) return nullptr;
  large_.push_back(header);
  header_of(header + kHeader) = size | kLargeFlag;
  return header + kHeader;
}

void* ParseArena::reallocate(void* block, size_t size) {
  if (!block) return allocate(size);
  if (is_large(block)) return reallocate_large(block, size);
  const size_t old_size = size_of(block);
  // The newest small block grows in place while its chunk has room.
  char* old_end = static_cast<char*>(block) + round_up(old_size, 16);
  if (size < kLargeBlock && old_end == next_ && size >= old_size &&
      round_up(size, 16) - round_up(old_size, 16) <= static_cast<size_t>(end_ - next_)) {
    next_ = static_cast<char*>(block) + round_up(size, 16);
    header_of(block) = size;
    return block;
  }
  void* moved = allocate(size);
  if (moved) std::memcpy(moved, block, std::min(old_size, size));
  return moved;
}

void* ParseArena::reallocate_large(void* block, size_t size) {
  if (size > (SIZE_MAX >> 1) - kHeader) return nullptr;
  char* old_header = static_cast<char*>(block) - kHeader;
  auto entry = std::find(large_.begin(), large_.end(), old_header);
  char* header = static_cast<char*>(std::realloc(old_header, kHeader + size));
  if (!header) return nullptr;
  *entry = header;
  header_of(header + kHeader) = size | kLargeFlag;
  return header + kHeader;
}

// Small blocks stay until the arena goes; large ones are given back to malloc now.
void ParseArena::release(void* block) {
  if (!block || !is_large(block)) return;
  char* header = static_cast<char*>(block) - kHeader;
  large_.erase(std::find(large_.begin(), large_.end(), header));
  std::free(header);
}

size_t ParseArena::bytes_reserved() const {
  size_t total = chunks_.size() * kChunk;
  for (void* header : large_) total += size_of(static_cast<char*>(header) + kHeader);
  return total;
}

}  // namespace v8lint
