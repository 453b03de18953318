// Fuzzes pack parsing and validation (core/src/pack_parser.cc, json_reader.cc, the
// pattern compilation in matcher.cc) with arbitrary pack text; when a pack loads, it
// classifies a few texts with it, so that odd but valid rules reach the scorer.

#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_util.h"

namespace {
// Real packs are 5–80 KB; mutations of those are what finds bugs, not megabytes.
constexpr size_t kMaxInput = 64 * 1024;

const char* const kTexts[] = {
    "Ayo coblos nomor 2, Prabowo-Gibran menang satu putaran! #02 \xE2\x9C\x8C\xEF\xB8\x8F",
    "P R A B O W O pr4b0w0 menaaang, kata ketua KPU (Senin, 12/2).",
    "",
};
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > kMaxInput) return -1;
  const jaganetral::PackSource pack{"fuzz.json", std::string(reinterpret_cast<const char*>(data), size)};
  const jaganetral::Status validated = jaganetral::Engine::Validate({pack});
  for (const jaganetral::Problem& p : validated.problems()) FUZZ_CHECK(!p.message.empty());

  jaganetral::Engine engine;
  const jaganetral::Status loaded = engine.LoadPacks({pack});
  FUZZ_CHECK(loaded.ok() == validated.ok());
  if (!loaded.ok()) {
    FUZZ_CHECK(engine.packs().empty());  // all or nothing
    return 0;
  }
  for (const char* text : kTexts) {
    jaganetral::Request request;
    request.text = text;
    request.action = jaganetral::Action::kShare;
    request.date = "2024-02-01";
    const jaganetral::Verdict verdict = engine.Classify(request);
    FUZZ_CHECK(verdict.score >= 0 && verdict.score <= 100);
  }
  engine.elections();
  return 0;
}
