// Matching: keyword patterns, one pass over all signals, exact spans, linear time.

#include "matcher.h"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include "catalog.h"
#include "keyword_pattern.h"
#include "normalize.h"
#include "pack_parser.h"
#include "test_util.h"

namespace jaganetral {
namespace {

struct WordCase {
  const char* keyword;
  const char* text;
  bool matches;
};

class WordsPatternTable : public ::testing::TestWithParam<WordCase> {};

TEST_P(WordsPatternTable, MatchesWholeWordsAndHashtags) {
  const WordCase& c = GetParam();
  RE2 re(WordsPattern({NormalizeText(c.keyword)}), MatchOptions());  // bytes, as the matcher runs it
  ASSERT_TRUE(re.ok()) << re.error();
  EXPECT_EQ(RE2::PartialMatch(NormalizeText(c.text), re), c.matches) << c.keyword << " in " << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, WordsPatternTable,
    ::testing::Values(WordCase{"prabowo gibran", "Prabowo-Gibran menang", true},
                      WordCase{"prabowo gibran", "prabowo / gibran", true},
                      WordCase{"prabowo gibran", "#PrabowoGibran2024", true},
                      WordCase{"prabowo", "#BersamaPrabowo", true},
                      WordCase{"amin", "semoga sehat, aamiin", false},  // whole words only
                      WordCase{"amin", "#AMINaja", true},               // four letters: inside hashtags too
                      WordCase{"amin", "#aamiin", false},
                      WordCase{"pks", "#pksmenang", false},             // three: too short for hashtags
                      WordCase{"coblos", "dicoblos", false},
                      WordCase{"pilih nomor", "pilih   nomor", true},
                      WordCase{"anies muhaimin", "Anies \xF0\x9F\x92\xAA Muhaimin", true},  // one emoji is one separator
                      WordCase{"anies muhaimin", "Anies ... ... Muhaimin", false},
                      WordCase{"imin", "#timingbelt", false},         // four letters: only at a hashtag's start
                      WordCase{"anies", "#TolakAnies", true},         // five: anywhere in a hashtag
                      // A long run of spaced letters reads like a hashtag: names inside it count.
                      WordCase{"ganjar", "G A N J A R M A H F U D", true},
                      WordCase{"mahfud", "G A N J A R  M A H F U D menang", true},
                      WordCase{"gibran", "P R A B O W O G I B R A N", true},
                      WordCase{"amin", "A M I N U L L A H", false},    // four letters: never inside a run
                      WordCase{"pilih nomor", "pilihan nomor", false}));

TEST(HashtagsPattern, MatchesPrefixOfHashtag) {
  RE2 re(HashtagsPattern({"budisari"}));
  EXPECT_TRUE(RE2::PartialMatch("#budisari2024", re));
  EXPECT_FALSE(RE2::PartialMatch("budisari", re));
}

TEST(Matcher, FindsEverySignalWithSpans) {
  Catalog catalog;
  ASSERT_TRUE(BuildCatalog({MiniPack()}, &catalog).ok());
  Status status;
  std::unique_ptr<Matcher> matcher = Matcher::Build(catalog, &status);
  ASSERT_TRUE(status.ok());
  const std::string text = NormalizeText("Ayo coblos Budi Sari, coblos lagi! #BudiSari");
  const std::vector<Hit> hits = matcher->Find(text);
  int coblos = 0, names = 0, hashtags = 0;
  for (const Hit& h : hits) {
    const Signal& s = catalog.signals[h.signal];
    const std::string matched = text.substr(h.begin, h.end - h.begin);
    if (s.label == "cue:coblos") {
      EXPECT_EQ(matched, "coblos");
      ++coblos;
    }
    if (s.label == "entity:pair-1:name") ++names;
    if (s.label == "entity:pair-1:hashtag") {
      EXPECT_EQ(matched, "#budisari");
      ++hashtags;
    }
  }
  EXPECT_EQ(coblos, 2);
  EXPECT_EQ(names, 2);  // "budi sari" and inside "#budisari"
  EXPECT_EQ(hashtags, 1);
}

TEST(Matcher, CapsHitsPerSignal) {
  Catalog catalog;
  ASSERT_TRUE(BuildCatalog({MiniPack()}, &catalog).ok());
  Status status;
  std::unique_ptr<Matcher> matcher = Matcher::Build(catalog, &status);
  std::string text;
  for (int i = 0; i < 1000; ++i) text += "coblos ";
  EXPECT_EQ(static_cast<int>(matcher->Find(text).size()), Matcher::kMaxHitsPerSignal);
}

TEST(Matcher, BacktrackingBombsStayLinear) {
  // (a+)+$ on "aaaa...!" takes exponential time in a backtracking engine; RE2 does not
  // backtrack. The test asserts the result, not a timing: a stall would time out CTest.
  Catalog catalog;
  ASSERT_TRUE(BuildCatalog({InlinePack("bomb.json", R"("cues": [{"id": "bomb", "category": "x", "weight": 1, "patterns": ["(a+)+$", "(x|x)*y", "(\\w+\\s?)*z$"]}])")},
                           &catalog).ok());
  Status status;
  std::unique_ptr<Matcher> matcher = Matcher::Build(catalog, &status);
  ASSERT_TRUE(status.ok());
  const std::string hostile = std::string(200000, 'a') + "!" + std::string(200000, 'x') + " " + std::string(100000, 'w');
  EXPECT_TRUE(matcher->Find(hostile).empty());
}

}  // namespace
}  // namespace jaganetral
