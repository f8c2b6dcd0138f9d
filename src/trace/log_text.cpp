#include "trace/log_text.h"

namespace v8lint::trace {
namespace {

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Value of `count` hex digits at text[at], or -1.
int32_t hex_value(std::string_view text, size_t at, size_t count) {
  if (at + count > text.size()) return -1;
  int32_t value = 0;
  for (size_t i = 0; i < count; ++i) {
    int digit = hex_digit(text[at + i]);
    if (digit < 0) return -1;
    value = value * 16 + digit;
  }
  return value;
}

void append_utf8(std::string& out, uint32_t code_point) {
  if (code_point < 0x80) {
    out += static_cast<char>(code_point);
  } else if (code_point < 0x800) {
    out += static_cast<char>(0xC0 | (code_point >> 6));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  } else if (code_point < 0x10000) {
    out += static_cast<char>(0xE0 | (code_point >> 12));
    out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code_point >> 18));
    out += static_cast<char>(0x80 | ((code_point >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  }
}

bool valid_utf8(std::string_view bytes) {
  for (size_t i = 0; i < bytes.size();) {
    auto c = static_cast<unsigned char>(bytes[i]);
    size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || i + len > bytes.size()) return false;
    for (size_t k = 1; k < len; ++k) {
      if ((static_cast<unsigned char>(bytes[i + k]) & 0xC0) != 0x80) return false;
    }
    i += len;
  }
  return true;
}

// V8 writes "\xNN" both for raw UTF-8 bytes of C strings (function names) and
// for Latin-1 characters of one-byte heap strings (script sources): keep a run
// of such bytes when it is valid UTF-8, else read each byte as a code point.
void append_byte_run(std::string& out, const std::string& run) {
  if (valid_utf8(run)) {
    out += run;
    return;
  }
  for (char byte : run) append_utf8(out, static_cast<unsigned char>(byte));
}

}  // namespace

void split_fields(std::string_view line, std::vector<std::string_view>& fields) {
  fields.clear();
  size_t start = 0;
  while (true) {
    size_t comma = line.find(',', start);
    if (comma == std::string_view::npos) {
      fields.push_back(line.substr(start));
      return;
    }
    fields.push_back(line.substr(start, comma - start));
    start = comma + 1;
  }
}

std::optional<int64_t> parse_int(std::string_view text) {
  bool negative = !text.empty() && text[0] == '-';
  if (negative) text.remove_prefix(1);
  if (text.empty() || text.size() > 18) return std::nullopt;
  int64_t value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return negative ? -value : value;
}

std::optional<uint64_t> parse_address(std::string_view text) {
  if (text.size() >= 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X')) text.remove_prefix(2);
  if (text.empty() || text.size() > 16) return std::nullopt;
  uint64_t value = 0;
  for (char c : text) {
    int digit = hex_digit(c);
    if (digit < 0) return std::nullopt;
    value = value * 16 + static_cast<uint64_t>(digit);
  }
  return value;
}

std::string unescape_field(std::string_view field) {
  std::string out;
  out.reserve(field.size());
  std::string byte_run;
  uint32_t high_surrogate = 0;
  auto flush_bytes = [&] {
    if (!byte_run.empty()) append_byte_run(out, byte_run);
    byte_run.clear();
  };
  for (size_t i = 0; i < field.size(); ++i) {
    char c = field[i];
    int32_t byte = c == '\\' && i + 1 < field.size() && field[i + 1] == 'x' ? hex_value(field, i + 2, 2) : -1;
    if (byte >= 0) {
      byte_run += static_cast<char>(byte);
      i += 3;
      continue;
    }
    flush_bytes();
    int32_t unit = c == '\\' && i + 1 < field.size() && field[i + 1] == 'u' ? hex_value(field, i + 2, 4) : -1;
    if (unit >= 0) {
      i += 5;
      if (unit >= 0xD800 && unit < 0xDC00) {
        high_surrogate = static_cast<uint32_t>(unit);
        continue;
      }
      if (unit >= 0xDC00 && unit < 0xE000 && high_surrogate != 0) {
        append_utf8(out, 0x10000 + ((high_surrogate - 0xD800) << 10) + (static_cast<uint32_t>(unit) - 0xDC00));
      } else {
        append_utf8(out, static_cast<uint32_t>(unit));
      }
      high_surrogate = 0;
      continue;
    }
    if (c == '\\' && i + 1 < field.size() && (field[i + 1] == '\\' || field[i + 1] == 'n')) {
      out += field[i + 1] == 'n' ? '\n' : '\\';
      ++i;
      continue;
    }
    out += c;
  }
  flush_bytes();
  return out;
}

}  // namespace v8lint::trace
