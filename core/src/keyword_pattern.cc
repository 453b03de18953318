#include "keyword_pattern.h"

#include <re2/re2.h>

#include "utf8.h"

namespace jaganetral {
namespace {

// Between the words of a keyword: up to three characters that are not letters or
// digits, or none at all (hashtags run words together). Patterns match bytes (see
// MatchOptions), so a character is an ASCII byte or a UTF-8 lead byte with its
// continuation bytes: "Anies 💪 Muhaimin" has three separators, not six. ASCII classes
// on purpose: Unicode classes such as \pL compile into far larger automata.
constexpr char kSeparator[] = "(?:[^a-z0-9\\x80-\\xff]|[\\xc0-\\xff][\\x80-\\xbf]*){0,3}";
// The rest of a hashtag before a keyword inside it. A run of spaced letters the
// normalizer joined starts with U+2063 (its UTF-8 bytes here) and reads the same way:
// "G A N J A R M A H F U D" holds "ganjar" as "#GanjarMahfud" does.
constexpr char kHashtagPrefix[] = "(?:#|\\xe2\\x81\\xa3)[a-z0-9_]*";

bool IsWordChar(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
  // Normalized text is case-folded and stripped of marks; anything else above ASCII
  // that is not punctuation or a symbol counts as part of a word.
  return !(c >= 0x2000 && c <= 0x2BFF) && !(c >= 0x3000 && c <= 0x303F) && c < 0x1F000;
}

std::string Join(const std::vector<std::string>& alternatives) {
  std::string out;
  for (size_t i = 0; i < alternatives.size(); ++i) {
    if (i) out += '|';
    out += alternatives[i];
  }
  return out;
}

std::string Strip(const std::string& s, char prefix) {
  return !s.empty() && s[0] == prefix ? s.substr(1) : s;
}

// A keyword's parts as a pattern, any separator between them.
std::string PartsPattern(const std::vector<std::string>& parts) {
  std::string joined;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i) joined += kSeparator;
    joined += RE2::QuoteMeta(parts[i]);
  }
  return joined;
}

}  // namespace

std::vector<std::string> KeywordParts(const std::string& normalized) {
  std::vector<std::string> parts;
  std::string current;
  size_t i = 0;
  while (i < normalized.size()) {
    char32_t cp;
    const size_t len = DecodeUtf8(normalized, i, &cp);
    if (IsWordChar(cp)) {
      current.append(normalized, i, len);
    } else if (!current.empty()) {
      parts.push_back(current);
      current.clear();
    }
    i += len;
  }
  if (!current.empty()) parts.push_back(current);
  return parts;
}

std::string WordsPattern(const std::vector<std::string>& keywords) {
  std::vector<std::string> words, in_hashtags, hashtag_starts;
  for (const std::string& keyword : keywords) {
    const std::vector<std::string> parts = KeywordParts(keyword);
    if (parts.empty()) continue;
    const std::string joined = PartsPattern(parts);
    size_t length = 0;
    for (const std::string& part : parts) length += part.size();
    words.push_back(joined);
    // Inside a hashtag, longer keywords anywhere ("#tolakanies"); four-letter ones only
    // where the hashtag starts, or "imin" would be found in "#timingbelt".
    if (length >= 5) in_hashtags.push_back(joined);
    else if (length >= 4) hashtag_starts.push_back(joined);
  }
  if (words.empty()) return "";
  std::string pattern = "\\b(?:" + Join(words) + ")\\b";
  if (!in_hashtags.empty()) pattern += "|" + std::string(kHashtagPrefix) + "(?:" + Join(in_hashtags) + ")";
  if (!hashtag_starts.empty()) pattern += "|#(?:" + Join(hashtag_starts) + ")";
  return pattern;
}

std::string NamesWithNumberPattern(const std::vector<std::string>& names, int number) {
  std::vector<std::string> words;
  for (const std::string& name : names) {
    const std::vector<std::string> parts = KeywordParts(name);
    if (!parts.empty()) words.push_back(PartsPattern(parts));
  }
  if (words.empty() || number <= 0) return "";
  const std::string digits = std::to_string(number);
  return "\\b(?:" + Join(words) + ")[^a-z0-9(]{1,3}" + (number < 10 ? "0?" : "") + digits + "\\b";
}

std::string PairNamesJoinedPattern(const std::vector<std::string>& names) {
  // Words that join two running mates in Indonesian and the regional languages, and the
  // honorifics written before a name. A plain separator alone is the name itself.
  static const char kJoiner[] =
      "(?:dan|&|n|sama|ama|karo|lan|kalih|jeung|sareng|dohot|bareng|feat|ft|x|plus|\\+)";
  static const char kHonorific[] =
      "(?:pak|bapak|bu|ibu|mas|mbak|mba|bang|abang|kang|akang|cak|gus|ning|uda|uni|daeng|ompung|"
      "opung|prof|dr|kak|teh|teteh|abah|mbah|haji|h|hj|kyai|kiai|kh|habib|ustaz|ustadz|bunda|om|"
      "pakde|bude|jenderal|jend)";
  const std::string sep = "[^a-z0-9]{1,3}";
  const std::string join = sep + "(?:" + kJoiner + sep + "(?:" + kHonorific + sep + ")?|" + kHonorific + sep + ")";
  std::vector<std::string> words;
  for (const std::string& name : names) {
    const std::vector<std::string> parts = KeywordParts(name);
    if (parts.size() == 2) words.push_back(RE2::QuoteMeta(parts[0]) + join + RE2::QuoteMeta(parts[1]));
  }
  return words.empty() ? "" : "\\b(?:" + Join(words) + ")\\b";
}

std::string HashtagsPattern(const std::vector<std::string>& tags) {
  std::vector<std::string> quoted;
  for (const std::string& tag : tags) {
    const std::string bare = Strip(tag, '#');
    if (!bare.empty()) quoted.push_back(RE2::QuoteMeta(bare));
  }
  return quoted.empty() ? "" : "#(?:" + Join(quoted) + ")";
}

std::string HandlesPattern(const std::vector<std::string>& handles) {
  std::vector<std::string> quoted;
  for (const std::string& handle : handles) {
    const std::string bare = Strip(handle, '@');
    if (!bare.empty()) quoted.push_back(RE2::QuoteMeta(bare));
  }
  return quoted.empty() ? "" : "@(?:" + Join(quoted) + ")\\b";
}

std::string GesturesPattern(const std::vector<std::string>& names) {
  std::vector<std::string> quoted;
  for (const std::string& name : names) quoted.push_back(RE2::QuoteMeta(":" + name + ":"));
  return quoted.empty() ? "" : "(?:" + Join(quoted) + ")";
}

}  // namespace jaganetral
