// Fuzzes normalization (core/src/normalize.cc) with arbitrary bytes: it must never
// crash, and its offsets must stay inside the original text.

#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_util.h"
#include "normalize.h"

namespace {
constexpr size_t kMaxInput = 16 * 1024;  // posts are short; longer inputs only slow the search
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > kMaxInput) return -1;
  const std::string input(reinterpret_cast<const char*>(data), size);
  const jaganetral::NormalizedText n = jaganetral::Normalize(input);
  const size_t units = jaganetral::fuzz::Utf16Length(input);
  FUZZ_CHECK(n.u16_begin.size() == n.text.size());
  FUZZ_CHECK(n.u16_end.size() == n.text.size());
  FUZZ_CHECK(n.byte_begin.size() == n.text.size());
  FUZZ_CHECK(n.byte_end.size() == n.text.size());
  for (size_t i = 0; i < n.text.size(); ++i) {
    FUZZ_CHECK(n.u16_begin[i] < n.u16_end[i]);
    FUZZ_CHECK(n.u16_end[i] <= units);
    FUZZ_CHECK(n.byte_begin[i] < n.byte_end[i]);
    FUZZ_CHECK(n.byte_end[i] <= input.size());
  }
  // The offset-free variant (used for pack keywords) gives the same text.
  FUZZ_CHECK(jaganetral::NormalizeText(input) == n.text);
  return 0;
}
