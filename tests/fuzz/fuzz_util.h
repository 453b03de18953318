// Helpers shared by the libFuzzer targets (tests/fuzz/README.md).

#ifndef JAGANETRAL_TESTS_FUZZ_UTIL_H_
#define JAGANETRAL_TESTS_FUZZ_UTIL_H_

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "jaganetral/engine.h"
#include "jaganetral/pack_files.h"

#ifndef JAGANETRAL_RULES_DIR
#error "JAGANETRAL_RULES_DIR must be defined by the build"
#endif

namespace jaganetral {
namespace fuzz {

// Aborts with a message: libFuzzer reports it as a crash and saves the input.
#define FUZZ_CHECK(cond)                                                          \
  do {                                                                            \
    if (!(cond)) {                                                                \
      std::fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
      std::abort();                                                               \
    }                                                                             \
  } while (0)

// The bundled packs (rules/*.json), as the extension loads them.
inline std::vector<PackSource> BundledPacks() {
  std::vector<PackSource> packs;
  ReadPackFiles({JAGANETRAL_RULES_DIR}, &packs);
  return packs;
}

// An engine with the bundled packs loaded, built once per process.
inline const Engine& BundledEngine() {
  static Engine* engine = [] {
    auto* e = new Engine();
    const Status status = e->LoadPacks(BundledPacks());
    if (!status.ok()) {
      for (const Problem& p : status.problems()) std::fprintf(stderr, "%s\n", p.ToString().c_str());
      std::abort();
    }
    return e;
  }();
  return *engine;
}

// Number of UTF-16 code units the engine counts for `text` (invalid bytes read as U+FFFD).
inline size_t Utf16Length(const std::string& text) {
  size_t units = 0;
  for (size_t i = 0; i < text.size();) {
    const unsigned char b = static_cast<unsigned char>(text[i]);
    size_t len = 1;
    if (b >= 0xC2 && b <= 0xDF) len = 2;
    else if (b >= 0xE0 && b <= 0xEF) len = 3;
    else if (b >= 0xF0 && b <= 0xF4) len = 4;
    bool valid = len > 1 && i + len <= text.size();
    for (size_t k = 1; valid && k < len; ++k) valid = (static_cast<unsigned char>(text[i + k]) & 0xC0) == 0x80;
    if (valid) {
      // Overlong, surrogate and out-of-range forms are invalid too.
      const unsigned char b1 = static_cast<unsigned char>(text[i + 1]);
      if ((b == 0xE0 && b1 < 0xA0) || (b == 0xED && b1 >= 0xA0) || (b == 0xF0 && b1 < 0x90) ||
          (b == 0xF4 && b1 >= 0x90)) {
        valid = false;
      }
    }
    if (!valid) len = 1;
    units += len == 4 ? 2 : 1;
    i += len;
  }
  return units;
}

}  // namespace fuzz
}  // namespace jaganetral

#endif  // JAGANETRAL_TESTS_FUZZ_UTIL_H_
