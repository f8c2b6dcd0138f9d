// Memory for one file's parse and tree. tree-sitter builds a tree from tens of
// thousands of small blocks (subtrees, child arrays, its parse stack), which
// glibc's malloc scatters over the heap, reusing the previous file's freed
// blocks; freeing the tree then visits every node again (ts_tree_delete). An
// arena hands the small blocks out one after another from large chunks: the
// tree lies in memory in the order it was built, so the walk reads it as a
// stream, and it is freed at once, chunk by chunk, without visiting a node.
//
// While a ParseArena::Scope is open on a thread, every tree-sitter allocation
// on that thread comes from the arena, and tree-sitter's frees of small arena
// blocks are ignored. Outside a scope tree-sitter uses malloc as usual (tree
// cursors, for example). A parser, and the tree it builds, must therefore be
// made inside one scope and never be handed back to tree-sitter to free: the
// arena's destructor frees them (see SyntaxTree).
#pragma once

#include <cstddef>
#include <vector>

namespace v8lint {

class ParseArena {
 public:
  ParseArena() = default;
  ~ParseArena();
  ParseArena(const ParseArena&) = delete;
  ParseArena& operator=(const ParseArena&) = delete;

  // Routes this thread's tree-sitter allocations to `arena` while alive.
  class Scope {
   public:
    explicit Scope(ParseArena& arena);
    ~Scope();
    Scope(const Scope&) = delete;
    Scope& operator=(const Scope&) = delete;

   private:
    ParseArena* previous_;
  };

  void* allocate(size_t size);
  void* reallocate(void* block, size_t size);
  void release(void* block);
  // Chunk memory plus the large blocks alive: what the arena holds.
  size_t bytes_reserved() const;

 private:
  char* allocate_small(size_t size);
  void* allocate_large(size_t size);
  void* reallocate_large(void* block, size_t size);

  char* next_ = nullptr;  // free space of the newest chunk
  char* end_ = nullptr;
  std::vector<char*> chunks_;
  // Blocks of kLargeBlock bytes or more (the parse's growing arrays) come from
  // malloc, which can grow them in place; bump allocation would leave every
  // outgrown copy behind. Their headers, by address.
  std::vector<void*> large_;
};

}  // namespace v8lint
