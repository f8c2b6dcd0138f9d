#include "sourcemap/mappings_decoder.h"

#include <array>

#include "sourcemap/vlq.h"

namespace v8lint::sourcemap {
namespace {

// The running sums: every field but the generated column is relative to the
// previous segment of the whole map; the generated column restarts per line.
struct SegmentState {
  int64_t generated_column = 0;
  int64_t source = 0;
  int64_t line = 0;
  int64_t column = 0;
  int64_t name = 0;
};

class MappingsDecoder {
 public:
  MappingsDecoder(const MappingsFrame& frame, std::vector<Mapping>& out) : frame_(frame), out_(out) {}
  bool decode(std::string_view text, std::string& error);

 private:
  bool segment(std::string_view& text, std::string& problem);
  bool add(const std::array<int32_t, 5>& fields, size_t count, std::string& problem);
  bool place_generated(int32_t column_delta, Mapping& mapping, std::string& problem);
  bool place_original(const std::array<int32_t, 5>& fields, Mapping& mapping, std::string& problem);
  bool place_name(int32_t name_delta, Mapping& mapping, std::string& problem);

  const MappingsFrame& frame_;
  std::vector<Mapping>& out_;
  SegmentState state_;
  uint64_t line_ = 0;  // generated line within this map
};

bool fits(int64_t value, uint64_t limit) { return value >= 0 && static_cast<uint64_t>(value) < limit; }

bool MappingsDecoder::decode(std::string_view text, std::string& error) {
  size_t segment_number = 0;
  while (!text.empty()) {
    if (text.front() == ';') {
      ++line_;
      state_.generated_column = 0;
      segment_number = 0;
      text.remove_prefix(1);
      continue;
    }
    if (text.front() == ',') {  // an empty segment: nothing to add
      text.remove_prefix(1);
      continue;
    }
    ++segment_number;
    std::string problem;
    if (!segment(text, problem)) {
      error = "\"mappings\": generated line " + std::to_string(line_ + 1) + ", segment " +
              std::to_string(segment_number) + ": " + problem;
      return false;
    }
  }
  return true;
}

bool MappingsDecoder::segment(std::string_view& text, std::string& problem) {
  std::array<int32_t, 5> fields{};
  size_t count = 0;
  while (!text.empty() && text.front() != ',' && text.front() != ';') {
    if (count == fields.size()) {
      problem = "more than 5 fields";
      return false;
    }
    auto value = next_vlq(text);
    if (!value) {
      problem = base64_digit(text.front()) >= 0 ? "a base64 VLQ value cut short or over 32 bits"
                                                : "invalid base64 VLQ at `" + std::string(text.substr(0, 1)) + "`";
      return false;
    }
    fields[count++] = *value;
  }
  return add(fields, count, problem);
}

bool MappingsDecoder::add(const std::array<int32_t, 5>& fields, size_t count, std::string& problem) {
  if (count != 1 && count != 4 && count != 5) {
    problem = std::to_string(count) + " fields (a segment has 1, 4 or 5)";
    return false;
  }
  Mapping mapping;
  bool ok = place_generated(fields[0], mapping, problem) && (count < 4 || place_original(fields, mapping, problem)) &&
            (count < 5 || place_name(fields[4], mapping, problem));
  if (ok) out_.push_back(mapping);
  return ok;
}

bool MappingsDecoder::place_generated(int32_t column_delta, Mapping& mapping, std::string& problem) {
  state_.generated_column += column_delta;
  uint64_t column_offset = line_ == 0 ? frame_.column_offset : 0;
  uint64_t generated_line = line_ + frame_.line_offset;
  if (!fits(state_.generated_column, UINT32_MAX - column_offset) || generated_line >= UINT32_MAX) {
    problem = "generated column " + std::to_string(state_.generated_column) + " out of range";
    return false;
  }
  mapping.generated_line = static_cast<uint32_t>(generated_line);
  mapping.generated_column = static_cast<uint32_t>(state_.generated_column + column_offset);
  return true;
}

bool MappingsDecoder::place_original(const std::array<int32_t, 5>& fields, Mapping& mapping, std::string& problem) {
  state_.source += fields[1];
  state_.line += fields[2];
  state_.column += fields[3];
  if (!fits(state_.source, frame_.source_count)) {
    problem = "source index " + std::to_string(state_.source) + " out of range (" + std::to_string(frame_.source_count) +
              " sources)";
    return false;
  }
  if (!fits(state_.line, UINT32_MAX) || !fits(state_.column, UINT32_MAX)) {
    problem = "original line or column out of range";
    return false;
  }
  mapping.source = frame_.first_source + static_cast<uint32_t>(state_.source);
  mapping.line = static_cast<uint32_t>(state_.line);
  mapping.column = static_cast<uint32_t>(state_.column);
  return true;
}

bool MappingsDecoder::place_name(int32_t name_delta, Mapping& mapping, std::string& problem) {
  state_.name += name_delta;
  if (!fits(state_.name, frame_.name_count)) {
    problem = "name index " + std::to_string(state_.name) + " out of range (" + std::to_string(frame_.name_count) + " names)";
    return false;
  }
  mapping.name = frame_.first_name + static_cast<uint32_t>(state_.name);
  return true;
}

}  // namespace

bool decode_mappings(std::string_view text, const MappingsFrame& frame, std::vector<Mapping>& out, std::string& error) {
  return MappingsDecoder(frame, out).decode(text, error);
}

}  // namespace v8lint::sourcemap
