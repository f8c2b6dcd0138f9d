#include "trace/block_pipeline.h"

#include <algorithm>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace v8lint::trace {
namespace {

struct Slot {
  TextBlock block;
  EventBatch events;
  bool parsed = false;
};

class Pipeline {
 public:
  Pipeline(BlockSource& source, unsigned threads) : source_(source), slots_(4 * threads) {
    for (auto& slot : slots_) slot = std::make_unique<Slot>();
  }
  void run(unsigned helpers, const std::function<void(EventBatch&)>& apply);

 private:
  Slot& slot(uint64_t block) { return *slots_[block % slots_.size()]; }
  // A slot is free for the next block (state_ held).
  bool can_take() const { return taken_ < end_ && taken_ - applied_ < slots_.size(); }
  // Takes the next block number, reads and parses that block (state_ held on
  // entry and exit, released meanwhile).
  void take(std::unique_lock<std::mutex>& state);
  void help();

  BlockSource& source_;
  std::vector<std::unique_ptr<Slot>> slots_;  // block i lives in slots_[i % size] from taken to applied
  std::mutex state_;                          // guards everything below and Slot::parsed
  std::condition_variable changed_;
  uint64_t taken_ = 0;
  uint64_t applied_ = 0;
  uint64_t end_ = UINT64_MAX;  // the number of blocks, once a read has found the end
};

void Pipeline::take(std::unique_lock<std::mutex>& state) {
  uint64_t index = taken_++;
  Slot& target = slot(index);
  state.unlock();
  bool got = source_.read(index, target.block);
  if (got) target.events.parse(target.block);
  state.lock();
  if (got) {
    target.parsed = true;
  } else {
    end_ = std::min(end_, index);
  }
  changed_.notify_all();
}

void Pipeline::help() {
  std::unique_lock state(state_);
  while (true) {
    changed_.wait(state, [&] { return taken_ >= end_ || can_take(); });
    if (taken_ >= end_) return;
    take(state);
  }
}

void Pipeline::run(unsigned helpers, const std::function<void(EventBatch&)>& apply) {
  std::vector<std::jthread> threads;
  for (unsigned i = 0; i < helpers; ++i) threads.emplace_back([this] { help(); });
  std::unique_lock state(state_);
  while (applied_ < end_) {
    Slot& next = slot(applied_);
    if (next.parsed) {
      state.unlock();
      apply(next.events);
      state.lock();
      next.parsed = false;
      ++applied_;
      changed_.notify_all();
    } else if (can_take()) {
      take(state);
    } else {
      changed_.wait(state);
    }
  }
}

}  // namespace

void parse_blocks_in_order(BlockSource& source, unsigned threads, const std::function<void(EventBatch&)>& apply) {
  if (threads == 0) threads = std::thread::hardware_concurrency();
  threads = std::clamp(threads, 1u, kMaxReadThreads);
  Pipeline(source, threads).run(threads - 1, apply);
}

}  // namespace v8lint::trace
