// UTF-8 decoding and encoding, tolerant of invalid input.

#ifndef JAGANETRAL_UTF8_H_
#define JAGANETRAL_UTF8_H_

#include <cstddef>
#include <string>

namespace jaganetral {

// Decodes the code point starting at s[i] (i < s.size()) and returns the number of
// bytes it takes. An invalid or truncated sequence yields U+FFFD and consumes one byte,
// so decoding always advances and never reads past the end.
size_t DecodeUtf8(const std::string& s, size_t i, char32_t* cp);

// Appends the UTF-8 encoding of `cp` (surrogates and out-of-range values as U+FFFD).
void AppendUtf8(char32_t cp, std::string* out);

// The number of UTF-16 code units `cp` takes (2 above U+FFFF).
inline unsigned Utf16Length(char32_t cp) { return cp > 0xFFFF ? 2 : 1; }

}  // namespace jaganetral

#endif  // JAGANETRAL_UTF8_H_
