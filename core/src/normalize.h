// Text normalization: turns what people write into what patterns can match, and keeps,
// for every byte of the result, where it came from in the original text.
//
// Steps, in order (each documented in rules/README.md for rule authors):
//   1. decode UTF-8 (invalid bytes read as U+FFFD), noting UTF-16 offsets;
//   2. per code point: gesture emoji -> ":name:" tokens, dingbat digits -> digits,
//      keycap/variation/skin-tone/zero-width characters dropped, then utf8proc's
//      NFKD + case folding + mark stripping + lumping (dashes, quotes, spaces);
//      Cyrillic, Greek and small-capital look-alikes read as Latin letters ("Аnies"),
//      except in words that have other letters of their script;
//   3. white space runs -> one space;
//   4. spaced or dotted single letters joined ("P R A B O W O" -> "prabowo"), the run
//      marked with U+2063 so that keywords are found inside it as inside a hashtag;
//   5. leetspeak folded in words that show it ("pr4b0w0" -> "prabowo");
//   6. a letter repeated three or more times squeezed ("menaaang" -> "menang");
//   7. a number word right after a ballot word becomes digits ("nomer telu" -> "nomer 3").

#ifndef JAGANETRAL_NORMALIZE_H_
#define JAGANETRAL_NORMALIZE_H_

#include <cstdint>
#include <string>
#include <vector>

namespace jaganetral {

struct NormalizedText {
  std::string text;  // UTF-8
  // For each byte of `text`: the original span it came from, in UTF-16 code units
  // and in bytes of the original UTF-8.
  std::vector<uint32_t> u16_begin, u16_end;
  std::vector<uint32_t> byte_begin, byte_end;

  // The original span covering normalized bytes [begin, end), end > begin.
  uint32_t OriginalU16Begin(size_t begin) const { return u16_begin[begin]; }
  uint32_t OriginalU16End(size_t end) const { return u16_end[end - 1]; }
};

// Normalizes `input` with offsets.
NormalizedText Normalize(const std::string& input);

// Normalizes `input` without offsets (for pack keywords).
std::string NormalizeText(const std::string& input);

}  // namespace jaganetral

#endif  // JAGANETRAL_NORMALIZE_H_
