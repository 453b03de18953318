// Hostile inputs against the whole engine with the bundled packs (rules/*.json), beyond
// what the other suites cover (normalize_test: 1 MB and invisible-only text through
// normalization; matcher_test: backtracking bombs; pack_parser_test: 100,000 levels of
// nesting; tests/wasm/api.test.js: lone surrogates, a 1 MB post in wasm, garbage
// settings). Times and memory are printed, never asserted: the machines are shared.

#include <unistd.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "jaganetral/engine.h"
#include "jaganetral/json_io.h"
#include "jaganetral/pack_files.h"
#include "test_util.h"

#ifndef JAGANETRAL_RULES_DIR
#error "JAGANETRAL_RULES_DIR must be defined by the build"
#endif

namespace jaganetral {
namespace {

constexpr char kExample[] = "Ayo coblos nomor 2, Prabowo-Gibran menang satu putaran!";

std::vector<PackSource> BundledPacks() {
  std::vector<PackSource> packs;
  ReadPackFiles({JAGANETRAL_RULES_DIR}, &packs);
  return packs;
}

double MillisSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

// Resident memory now, in KB (Linux); -1 if unknown.
long RssKb() {
  std::ifstream statm("/proc/self/statm");
  long pages = 0, resident = -1;
  if (!(statm >> pages >> resident)) return -1;
  return resident * (sysconf(_SC_PAGESIZE) / 1024);
}

size_t Utf16Units(const std::string& utf8) {
  size_t units = 0;
  for (size_t i = 0; i < utf8.size(); ++i) {
    const unsigned char b = static_cast<unsigned char>(utf8[i]);
    if ((b & 0xC0) != 0x80) units += b >= 0xF0 ? 2 : 1;
  }
  return units;
}

// Every span lies inside the text and holds text from it.
void ExpectSpansInside(const Verdict& v, const std::string& text) {
  const size_t units = Utf16Units(text);
  std::vector<Span> spans;
  for (const Reason& r : v.reasons) spans.insert(spans.end(), r.spans.begin(), r.spans.end());
  for (const CounterEvidence& c : v.counter) spans.insert(spans.end(), c.spans.begin(), c.spans.end());
  for (const Span& s : spans) {
    EXPECT_LT(s.begin, s.end) << s.signal;
    EXPECT_LE(s.end, units) << s.signal;
    EXPECT_NE(text.find(s.text), std::string::npos) << s.signal;
  }
}

class Hostile : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    engine_ = new Engine();
    const Status status = engine_->LoadPacks(BundledPacks());
    for (const Problem& p : status.problems()) ADD_FAILURE() << p.ToString();
  }
  static void TearDownTestSuite() {
    delete engine_;
    engine_ = nullptr;
  }
  static Verdict Classify(const std::string& text) {
    return engine_->Classify(MakeRequest(text, Action::kShare, "2024-02-01"));
  }
  static Engine* engine_;
};

Engine* Hostile::engine_ = nullptr;

TEST_F(Hostile, OneMegabytePostWithEveryKindOfCharacter) {
  const std::string unit =
      std::string(kExample) +
      " \xF0\x9F\x99\x8F\xF0\x9F\x8F\xBB P R A B O W O pr4b0w0 \xE2\x9C\x8C\xEF\xB8\x8F kata ketua KPU, "
      "\xE2\x80\x98netral\xE2\x80\x99 ya ASN. #02 @gerindra G\xC3\xA1nj\xC3\xA2r \xE2\x80\x8B ";
  std::string text;
  while (text.size() < (1u << 20)) text += unit;
  const auto start = std::chrono::steady_clock::now();
  const Verdict v = Classify(text);
  std::printf("1 MB post: %.1f ms, %zu reasons\n", MillisSince(start), v.reasons.size());
  EXPECT_EQ(v.level, Level::kWarn);
  ExpectSpansInside(v, text);
  EXPECT_FALSE(Dump(VerdictToJson(v)).empty());
}

TEST_F(Hostile, PostsOfOnlyInvisibleOrCombiningCharacters) {
  std::string zero_width, marks, one_letter_many_marks, joiners_and_selectors;
  for (int i = 0; i < 100000; ++i) zero_width += "\xE2\x80\x8B";               // U+200B
  for (int i = 0; i < 100000; ++i) marks += "\xCC\x81";                        // U+0301
  one_letter_many_marks = "a" + marks;
  for (int i = 0; i < 50000; ++i) joiners_and_selectors += "\xE2\x80\x8D\xEF\xB8\x8F";  // ZWJ, VS16
  for (const std::string* text : {&zero_width, &marks, &one_letter_many_marks, &joiners_and_selectors}) {
    const Verdict v = Classify(*text);
    EXPECT_EQ(v.level, Level::kAllow);
    EXPECT_TRUE(v.reasons.empty());
    EXPECT_TRUE(v.counter.empty());
  }
}

TEST_F(Hostile, InvalidUtf8AroundCampaignWords) {
  // Stray continuation bytes, a truncated sequence, an overlong form, a UTF-16
  // surrogate encoded in UTF-8 and bytes that never appear in UTF-8.
  const std::string text = std::string("\x80\xBF Ayo coblos nomor 2, \xC3 Prabowo-Gibran \xC0\xAF menang \xED\xA0\x80 ") +
                           "satu putaran! \xFE\xFF\xF8";
  const Verdict v = Classify(text);
  EXPECT_EQ(v.level, Level::kWarn);
  ExpectSpansInside(v, text);
  const std::string json = Dump(VerdictToJson(v));
  EXPECT_TRUE(nlohmann::json::accept(json)) << "the verdict serializes as valid JSON (and UTF-8)";
}

TEST_F(Hostile, DeeplyNestedRequestJson) {
  // The extension never sends this, but the request parser must survive it.
  const std::string deep = std::string(100000, '[') + "null" + std::string(100000, ']');
  const nlohmann::json json = nlohmann::json::parse(
      std::string("{\"text\": \"") + kExample + "\", \"action\": \"share\", \"date\": \"2024-02-01\", \"settings\": {\"regions\": " +
          deep + ", \"x\": " + deep + "}}",
      nullptr, false);
  ASSERT_FALSE(json.is_discarded());
  Request request;
  std::vector<std::string> warnings;
  ASSERT_TRUE(RequestFromJson(json, &request, &warnings).ok());
  EXPECT_FALSE(warnings.empty());
  EXPECT_EQ(engine_->Classify(request).level, Level::kWarn);
}

TEST(HostilePacks, NestingLimitIsExact) {
  const auto nested = [](int depth) {
    std::string value = "1";
    for (int i = 1; i < depth; ++i) value = "[" + value + "]";  // the pack object is level 1
    return PackSource{"nested.json", "{\"format\": 1, \"id\": \"n\", \"version\": \"1\", \"name\": \"n\", \"x\": " + value + "}"};
  };
  const auto nesting_problem = [](const Status& s) {
    for (const Problem& p : s.problems()) {
      if (p.message.find("nesting deeper") != std::string::npos) return true;
    }
    return false;
  };
  EXPECT_FALSE(nesting_problem(Engine::Validate({nested(64)})));
  EXPECT_TRUE(nesting_problem(Engine::Validate({nested(65)})));
}

TEST(HostilePacks, HugeStringsAndLongKeywordListsLoadOrFailCleanly) {
  Engine engine;
  ASSERT_TRUE(engine.LoadPacks({MiniPack()}).ok());
  const Request request = MakeRequest("Ayo coblos paslon 01 Budi Sari!", Action::kShare, "2024-01-10");
  const Level before = engine.Classify(request).level;
  EXPECT_EQ(before, Level::kWarn);

  // A 4 MB description: only size.
  auto start = std::chrono::steady_clock::now();
  const Status big_text = engine.LoadPacks({MiniPack(), InlinePack("text.json", "\"description\": \"" + std::string(4 << 20, 'x') + "\"", "teks")});
  std::printf("pack with a 4 MB string: %s in %.1f ms\n", big_text.ok() ? "loaded" : "rejected", MillisSince(start));
  EXPECT_TRUE(big_text.ok());

  // One cue with 50,000 keywords: one enormous alternation.
  const size_t packs_before = engine.packs().size();
  std::string keywords;
  for (int i = 0; i < 50000; ++i) keywords += std::string(i ? "," : "") + "\"kata" + std::to_string(i) + " lain\"";
  start = std::chrono::steady_clock::now();
  const Status many = engine.LoadPacks({MiniPack(), InlinePack("many.json",
      "\"cues\": [{\"id\": \"banyak\", \"category\": \"x\", \"weight\": 1, \"keywords\": [" + keywords + "]}]", "banyak")});
  std::printf("cue with 50,000 keywords: %s in %.1f ms\n",
              many.ok() ? "loaded" : many.problems()[0].ToString().c_str(), MillisSince(start));
  if (!many.ok()) {
    EXPECT_EQ(engine.packs().size(), packs_before) << "the previous packs stay in force";
  }
  EXPECT_EQ(engine.Classify(request).level, before);
}

// The pack bench/lib/big-pack.js generates, built here the same way (not byte for byte).
PackSource EntitiesPack(int n) {
  static const char* const kSyllables[] = {"ba", "bu", "di", "da", "sa", "su", "ri", "ra", "ti", "to", "wa",
                                           "wi", "ya", "yu", "ma", "mu", "ni", "no", "ka", "ko", "ga", "gu"};
  std::string entities;
  unsigned seed = 5000;
  const auto next = [&seed]() { seed = seed * 1103515245u + 12345u; return (seed >> 16) % 22; };
  for (int i = 0; i < n; ++i) {
    const std::string first = std::string(kSyllables[next()]) + kSyllables[next()] + kSyllables[next()];
    const std::string last = std::string(kSyllables[next()]) + kSyllables[next()];
    const std::string id = std::to_string(i);
    entities += std::string(i ? "," : "") + "{\"id\": \"calon-" + id + "\", \"type\": \"person\", \"name\": \"" + first +
                " " + last + "\", \"election\": \"pilkada-besar\", \"names\": [\"" + first + " " + last + id +
                "\", \"bung " + last + id + "\"], \"hashtags\": [\"#" + first + last + id + "\"], \"slogans\": [\"" + last +
                " menang " + id + "\"]}";
  }
  return InlinePack("entities.json",
                    "\"elections\": [{\"id\": \"pilkada-besar\", \"kind\": \"pilkada\", \"name\": \"uji\", \"regions\": [\"33\"],"
                    " \"phases\": [{\"phase\": \"campaign\", \"start\": \"2024-09-25\", \"end\": \"2024-11-23\"}]}],"
                    " \"entities\": [" + entities + "],"
                    " \"rules\": [{\"id\": \"sebut\", \"severity\": \"low\", \"score\": 20, \"primary\": {\"entity_types\": [\"person\"]},"
                    " \"message\": \"m\", \"legal_basis\": [\"b\"]}], \"legal_bases\": [{\"id\": \"b\", \"title\": \"t\"}]",
                    "besar");
}

TEST(HostilePacks, ThousandsOfEntities) {
  for (const int n : {1000, 5000}) {
    Engine engine;
    ASSERT_TRUE(engine.LoadPacks({MiniPack()}).ok());
    const PackSource pack = EntitiesPack(n);
    const long rss_before = RssKb();
    const auto start = std::chrono::steady_clock::now();
    const Status status = engine.LoadPacks({pack});
    const double ms = MillisSince(start);
    std::printf("%d entities (%zu KB of JSON): %s in %.0f ms, resident memory %+ld KB\n", n, pack.text.size() / 1024,
                status.ok() ? "loaded" : status.problems()[0].ToString().c_str(), ms, RssKb() - rss_before);
    if (status.ok()) {
      const Verdict v = engine.Classify(MakeRequest("Ayo dukung calon-7, bung " + std::string("x"), Action::kShare, "2024-10-01"));
      EXPECT_GE(v.score, 0);
      EXPECT_EQ(engine.packs()[0].entities, n);
    } else {
      // Too many patterns for one automaton: rejected as a whole, nothing half-loaded.
      ASSERT_EQ(status.problems().size(), 1u);
      EXPECT_NE(status.problems()[0].message.find("too large to compile"), std::string::npos);
      EXPECT_EQ(engine.packs()[0].id, "mini");
    }
    EXPECT_TRUE(n > 1000 || status.ok()) << "a thousand entities must load";
  }
}

}  // namespace
}  // namespace jaganetral
