#include "sourcemap/url.h"

#include <cctype>
#include <charconv>
#include <filesystem>
#include <optional>

#include "sourcemap/vlq.h"

namespace v8lint::sourcemap {
namespace fs = std::filesystem;
namespace {

// The byte of the two hex digits at text[at], if they are two hex digits.
std::optional<char> hex_byte(std::string_view text, size_t at) {
  if (at + 2 > text.size()) return std::nullopt;
  unsigned value = 0;
  auto [end, status] = std::from_chars(text.data() + at, text.data() + at + 2, value, 16);
  if (status != std::errc() || end != text.data() + at + 2) return std::nullopt;
  return static_cast<char>(value);
}

// The base64 alphabet, and its URL-safe variant's '-' and '_'.
int base64_value(char c) {
  if (c == '-') return 62;
  if (c == '_') return 63;
  return base64_digit(c);
}

bool base64_decode(std::string_view text, std::string& out) {
  while (!text.empty() && text.back() == '=') text.remove_suffix(1);
  uint32_t bits = 0;
  int held = 0;
  for (char c : text) {
    int value = base64_value(c);
    if (value < 0) return false;
    bits = (bits << 6) | static_cast<uint32_t>(value);
    held += 6;
    if (held >= 8) {
      held -= 8;
      out += static_cast<char>((bits >> held) & 0xFF);
    }
  }
  return true;
}

// "scheme:" per RFC 3986, longer than one letter so "C:/x" stays a path.
size_t scheme_length(std::string_view url) {
  size_t colon = url.find(':');
  if (colon == std::string_view::npos || colon < 2 || !std::isalpha(static_cast<unsigned char>(url[0]))) return 0;
  for (size_t i = 1; i < colon; ++i) {
    char c = url[i];
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '-' && c != '.') return 0;
  }
  return colon + 1;
}

}  // namespace

bool is_drive_path(std::string_view path) {
  return path.size() >= 3 && std::isalpha(static_cast<unsigned char>(path[0])) && path[1] == ':' &&
         (path[2] == '/' || path[2] == '\\');
}

std::string percent_decode(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    auto byte = text[i] == '%' ? hex_byte(text, i + 1) : std::nullopt;
    out += byte.value_or(text[i]);
    if (byte) i += 2;
  }
  return out;
}

std::string file_url_path(std::string_view url) {
  if (!url.starts_with("file://")) return std::string(url);
  std::string path = percent_decode(url.substr(7));
  if (path.size() >= 4 && path[0] == '/' && is_drive_path(std::string_view(path).substr(1))) path.erase(0, 1);
  return path;
}

bool is_non_file_url(std::string_view url) {
  size_t length = scheme_length(url);
  return length > 0 && url.substr(0, length) != "file:";
}

bool is_data_url(std::string_view url) { return url.starts_with("data:"); }

bool decode_data_url(std::string_view url, std::string& out, std::string& error) {
  size_t comma = url.find(',');
  if (!is_data_url(url) || comma == std::string_view::npos) {
    error = "a data: URL without a comma";
    return false;
  }
  std::string_view header = url.substr(5, comma - 5);
  std::string_view payload = url.substr(comma + 1);
  if (header.find("json") == std::string_view::npos) {
    error = "a data: URL of media type `" + std::string(header.substr(0, header.find(';'))) + "`, not application/json";
    return false;
  }
  out.clear();
  if (!header.ends_with(";base64")) {
    out = percent_decode(payload);
    return true;
  }
  if (!base64_decode(payload, out)) {
    error = "a data: URL with invalid base64";
    return false;
  }
  return true;
}

std::string resolve_source(std::string_view source_root, std::string_view source, const std::string& map_path) {
  std::string joined(source);
  bool standalone = is_non_file_url(source) || source.starts_with("file:") || source.starts_with('/');
  if (!source_root.empty() && !standalone) {
    joined = std::string(source_root) + (source_root.ends_with('/') ? "" : "/") + joined;
  }
  if (is_non_file_url(joined)) return joined;
  fs::path path(file_url_path(joined));
  if (!path.is_absolute() && !is_drive_path(joined)) path = fs::path(map_path).parent_path() / path;
  return path.lexically_normal().generic_string();
}

}  // namespace v8lint::sourcemap
