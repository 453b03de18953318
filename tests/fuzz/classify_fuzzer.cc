// Fuzzes classification with the bundled packs: the first byte picks how the rest is
// used — as the text of a request (raw bytes, any action), or as a whole JSON request
// as the extension sends it (json_io.cc, settings included). Checks the verdict's
// invariants: score in range, spans inside the original text and in order.

#include <cstddef>
#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "fuzz_util.h"
#include "jaganetral/json_io.h"

namespace {
constexpr size_t kMaxInput = 16 * 1024;

void CheckVerdict(const jaganetral::Verdict& v, const std::string& text) {
  FUZZ_CHECK(v.score >= 0 && v.score <= 100);
  const size_t units = jaganetral::fuzz::Utf16Length(text);
  const auto check_span = [&](const jaganetral::Span& s) {
    FUZZ_CHECK(s.begin < s.end);
    FUZZ_CHECK(s.end <= units);
    FUZZ_CHECK(s.text.size() <= text.size());
  };
  for (const auto& reason : v.reasons) {
    for (const auto& span : reason.spans) check_span(span);
  }
  for (const auto& counter : v.counter) {
    for (const auto& span : counter.spans) check_span(span);
  }
  // Serializing never fails, whatever bytes the spans hold.
  FUZZ_CHECK(!jaganetral::Dump(jaganetral::VerdictToJson(v)).empty());
}
}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  jaganetral::fuzz::BundledEngine();  // load once, before the first input
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1 || size > kMaxInput) return -1;
  const jaganetral::Engine& engine = jaganetral::fuzz::BundledEngine();
  const uint8_t mode = data[0];
  const std::string rest(reinterpret_cast<const char*>(data + 1), size - 1);
  if (mode % 2 == 0) {
    jaganetral::Request request;
    request.text = rest;
    request.action = static_cast<jaganetral::Action>((mode / 2) % 7);
    request.date = (mode & 0x80) ? "2024-02-01" : "2026-06-15";
    request.has_media = (mode & 0x40) != 0;
    CheckVerdict(engine.Classify(request), request.text);
    return 0;
  }
  const nlohmann::json json = nlohmann::json::parse(rest, nullptr, /*allow_exceptions=*/false);
  if (json.is_discarded()) return 0;
  jaganetral::Request request;
  std::vector<std::string> warnings;
  if (!jaganetral::RequestFromJson(json, &request, &warnings).ok()) return 0;
  CheckVerdict(engine.Classify(request), request.text);
  return 0;
}
