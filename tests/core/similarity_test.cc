// The similarity model: features of normalized text, the margin and the words that
// raised it, the pack section that holds the model, and cues raised by its margin.

#include "similarity.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "jaganetral/engine.h"
#include "test_util.h"

namespace jaganetral {
namespace {

std::vector<std::string> Names(const std::vector<Feature>& features) {
  std::vector<std::string> out;
  for (const Feature& f : features) out.push_back(f.name);
  return out;
}

TEST(SimilarityFeatures, WordsSymbolsAndNeighbouringPairsOnceEach) {
  const std::string text = "ayo coblos 02 \xF0\x9F\x94\xA5\xF0\x9F\x94\xA5 ayo";  // two fire emoji
  const std::vector<Feature> f = SimilarityFeatures(text);
  EXPECT_EQ(Names(f), (std::vector<std::string>{"ayo", "ayo coblos", "coblos", "coblos 02", "02",
                                                 "02 \xF0\x9F\x94\xA5", "\xF0\x9F\x94\xA5",
                                                 "\xF0\x9F\x94\xA5 \xF0\x9F\x94\xA5",
                                                 "\xF0\x9F\x94\xA5 ayo"}));
  // Offsets are those of the first occurrence.
  EXPECT_EQ(text.substr(f[1].begin, f[1].end - f[1].begin), "ayo coblos");
}

TEST(SimilarityFeatures, SkipsPunctuationFlagsAndTheJoinedRunMark) {
  // "🇮🇩" (regional indicators), U+2063, a comma and a Greek word.
  EXPECT_EQ(Names(SimilarityFeatures("\xF0\x9F\x87\xAE\xF0\x9F\x87\xA9 \xE2\x81\xA3menang, "
                                     "\xCE\xBC\xCE\xB5\xCF\x81\xCE\xB1")),
            (std::vector<std::string>{"menang"}));
  EXPECT_TRUE(SimilarityFeatures("").empty());
}

TEST(ScoreSimilarity, MarginIsBiasPlusTheWeightsOfDistinctFeatures) {
  SimilarityModel model;
  model.loaded = true;
  model.bias = -1;
  model.weights = {{"ayo", 2}, {"ayo coblos", 3}, {"berita", -4}, {"menang", 0.5}};
  const SimilarityResult r = ScoreSimilarity(model, "ayo coblos ayo menang", 2);
  EXPECT_DOUBLE_EQ(r.margin, -1 + 2 + 3 + 0.5);  // "ayo" counts once
  ASSERT_EQ(r.strongest.size(), 2u);                // at most `keep`, strongest first
  EXPECT_EQ(r.strongest[0].name, "ayo coblos");
  EXPECT_EQ(r.strongest[1].name, "ayo");
  EXPECT_DOUBLE_EQ(ScoreSimilarity(model, "berita menang", 5).margin, -1 - 4 + 0.5);
  EXPECT_TRUE(ScoreSimilarity(model, "berita menang", 5).strongest.size() == 1u);  // only positive weights
}

TEST(ScoreSimilarity, WeighedListsEveryKnownFeatureInTextOrder) {
  SimilarityModel model;
  model.loaded = true;
  model.weights = {{"ayo", 2}, {"berita", -4}, {"menang", 0.5}};
  std::vector<std::pair<std::string, double>> weighed;
  ScoreSimilarity(model, "berita ayo menang ayo", 0, &weighed);
  const std::vector<std::pair<std::string, double>> expected = {{"berita", -4}, {"ayo", 2}, {"menang", 0.5}};
  EXPECT_EQ(weighed, expected);  // negative weights too, each feature once
}

TEST(ScoreSimilarity, WithoutAModelTheMarginIsZero) {
  const SimilarityResult r = ScoreSimilarity(SimilarityModel(), "ayo coblos", 5);
  EXPECT_DOUBLE_EQ(r.margin, 0);
  EXPECT_TRUE(r.strongest.empty());
}

// The mini pack's entities, a model, a cue raised by its margin and a rule on both.
PackSource ModelPack(const std::string& threshold) {
  return InlinePack("model.json", R"("similarity": {"trained_on": "test", "bias": -2,
                                       "features": {"mantap": 2, "jos": 1.5, "mantap jos": 1, "berita": -5}},
       "cues": [{"id": "gaya", "category": "campaign_style", "weight": 20, "similarity_above": )" +
                                      threshold + R"(}],
       "rules": [{"id": "mirip", "severity": "medium", "score": 70,
                  "primary": {"entity_types": ["person", "pair"], "mentions": ["name"]},
                  "support": {"cues": ["gaya"], "within": 100000},
                  "message": {"id": "Mirip kampanye.", "en": "Like campaign."},
                  "legal_basis": ["basis-medsos"]}])",
                    "model");
}

TEST(SimilarityCue, FiresAtItsThresholdWithTheWordsThatRaisedTheMargin) {
  Engine engine;
  ASSERT_TRUE(engine.LoadPacks({MiniPack(), ModelPack("2")}).ok());
  // margin -2 + 2 + 1.5 + 1 = 2.5 >= 2
  const Verdict v = engine.Classify(MakeRequest("Budi Santoso mantap jos", Action::kShare, "2024-01-10"));
  ASSERT_FALSE(v.reasons.empty());
  EXPECT_EQ(v.reasons[0].rule, "mirip");
  EXPECT_EQ(v.level, Level::kWarn);
  std::vector<std::string> spans;
  for (const Span& s : v.reasons[0].spans) spans.push_back(s.text + "/" + s.role);
  // The support span is the feature that raised the margin most.
  EXPECT_EQ(spans, (std::vector<std::string>{"Budi Santoso/primary", "mantap/support"}));
  // Reporting words lower the margin below the threshold: the rule does not fire.
  const Verdict news = engine.Classify(MakeRequest("berita: Budi Santoso mantap jos", Action::kShare, "2024-01-10"));
  for (const Reason& r : news.reasons) EXPECT_NE(r.rule, "mirip");
  // The margin and its features are part of the explanation.
  const Explanation e = engine.Explain("Budi Santoso mantap jos");
  EXPECT_TRUE(e.has_similarity);
  EXPECT_DOUBLE_EQ(e.similarity_margin, 2.5);
  ASSERT_EQ(e.similarity_features.size(), 3u);
  EXPECT_EQ(e.similarity_features[0].first, "mantap");
}

TEST(SimilarityCue, AContextBesideTheWordsThatRaisedItExplainsNothing) {
  Engine engine;
  ASSERT_TRUE(engine.LoadPacks({MiniPack(), ModelPack("2")}).ok());
  // "tetanggaku" explains a name or number within 15 characters. The resemblance is of the
  // whole text; "mantap" beside the context word only shows where the margin rose most.
  const std::string far_name = " jos, sudah lama sekali tidak ngopi bareng di warung sebelah pasar, ";
  const Verdict with_context =
      engine.Classify(MakeRequest("tetanggaku mantap" + far_name + "Budi Santoso", Action::kShare, "2024-01-10"));
  const Verdict without =
      engine.Classify(MakeRequest("temanku mantap" + far_name + "Budi Santoso", Action::kShare, "2024-01-10"));
  ASSERT_FALSE(with_context.reasons.empty());
  EXPECT_EQ(with_context.reasons[0].rule, "mirip");
  EXPECT_TRUE(with_context.counter.empty());
  EXPECT_EQ(with_context.score, without.score);
  // Beside the name it does explain: the name is a place in the text.
  const Verdict beside_name =
      engine.Classify(MakeRequest("mantap" + far_name + "Budi Santoso tetanggaku", Action::kShare, "2024-01-10"));
  ASSERT_EQ(beside_name.counter.size(), 1u);
  EXPECT_LT(beside_name.score, with_context.score);
}

TEST(SimilarityCue, AboveTheMarginOnlyItNeverFires) {
  Engine engine;
  ASSERT_TRUE(engine.LoadPacks({MiniPack(), ModelPack("3")}).ok());
  const Verdict v = engine.Classify(MakeRequest("Budi Santoso mantap jos", Action::kShare, "2024-01-10"));
  for (const Reason& r : v.reasons) EXPECT_NE(r.rule, "mirip");
}

TEST(SimilarityCue, WithoutAModelInThePacksTheCueIsSilent) {
  Engine engine;
  const PackSource no_model = InlinePack("cue.json", R"("cues": [{"id": "gaya", "category": "campaign_style",
                                                                   "weight": 20, "similarity_above": -50}])");
  ASSERT_TRUE(engine.LoadPacks({MiniPack(), no_model}).ok());
  const Explanation e = engine.Explain("Budi Santoso mantap jos");
  EXPECT_FALSE(e.has_similarity);
  for (const SignalMatch& m : e.matches) EXPECT_NE(m.signal, "cue:gaya");
}

std::vector<std::string> Problems(const std::vector<PackSource>& packs) {
  std::vector<std::string> out;
  const Status status = Engine::Validate(packs);
  for (const Problem& p : status.problems()) out.push_back(p.ToString());
  return out;
}

TEST(SimilarityPack, ReportsBadFeaturesWeightsAndASecondModel) {
  const auto problems = Problems({InlinePack("bad.json", R"("similarity": {"trained_on": "t", "bias": 0,
      "features": {"Mantap": 1, "a b c": 1, "ok": "x", "ok jos": 101, "a  b": 1}})"),
                                  InlinePack("second.json", R"("similarity": {"trained_on": "t", "bias": 0,
      "features": {}})", "second")});
  const std::vector<std::string> expected = {
      "bad.json: /similarity/features/Mantap: not a feature of normalized text",
      "bad.json: /similarity/features/a b c: not a feature of normalized text",
      "bad.json: /similarity/features/a  b: not a feature of normalized text",
      "bad.json: /similarity/features/ok: expected a number, found a string",
      "bad.json: /similarity/features/ok jos: expected a number from -100 to 100",
      "second.json: /similarity: the similarity model is already set by bad.json; only one pack may set it",
  };
  for (const std::string& e : expected) {
    bool found = false;
    for (const std::string& p : problems) found = found || p.find(e) != std::string::npos;
    EXPECT_TRUE(found) << "missing: " << e;
  }
}

TEST(SimilarityPack, ACueWithAThresholdHasNoPatternsAndIsNoCounterCue) {
  const auto problems = Problems({InlinePack("cue.json", R"("cues": [
      {"id": "a", "category": "x", "weight": 1, "similarity_above": 1, "keywords": ["ayo"]},
      {"id": "b", "category": "x", "weight": 1, "similarity_above": 1, "counter": true}])")});
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_NE(problems[0].find("cue.json: /cues/0/similarity_above: a similarity cue has no keywords"), std::string::npos);
  EXPECT_NE(problems[1].find("cue.json: /cues/1/counter: a similarity cue cannot be a counter-cue"), std::string::npos);
}

}  // namespace
}  // namespace jaganetral
