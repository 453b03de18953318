// Scoring: evidence combined into levels, weighted by action, region and period;
// counter-cues, balanced mentions and year-round protection.

#include <gtest/gtest.h>

#include <cmath>
#include <memory>

#include "jaganetral/engine.h"
#include "test_util.h"

namespace jaganetral {
namespace {

class ScorerTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(engine_.LoadPacks({MiniPack()}).ok()); }

  Verdict Run(const std::string& text, Action action = Action::kShare, const std::string& date = "2024-01-10",
              Settings settings = Settings()) {
    Request r = MakeRequest(text, action, date);
    r.settings = settings;
    return engine_.Classify(r);
  }

  // The normalized text of each match of `signal` in `text`.
  std::vector<std::string> Matched(const std::string& signal, const std::string& text) {
    std::vector<std::string> out;
    for (const SignalMatch& m : engine_.Explain(text).matches) {
      if (m.signal == signal) out.push_back(m.text);
    }
    return out;
  }

  Engine engine_;
};

TEST_F(ScorerTest, NameNextToCallToVoteWarnsWithSpansAndLegalBasis) {
  const std::string text = "Ayo coblos Budi Sari, pasti menang!";
  const Verdict v = Run(text);
  EXPECT_EQ(v.level, Level::kWarn);
  ASSERT_FALSE(v.reasons.empty());
  const Reason& top = v.reasons[0];
  EXPECT_EQ(top.rule, "ajakan-memilih");
  EXPECT_EQ(top.entity, "pair-1");
  ASSERT_EQ(top.legal_basis.size(), 1u);
  EXPECT_EQ(top.legal_basis[0].id, "basis-medsos");
  ASSERT_EQ(top.spans.size(), 2u);
  EXPECT_EQ(top.spans[0].text, "coblos");
  EXPECT_EQ(top.spans[1].text, "Budi Sari");
  EXPECT_EQ(text.substr(top.spans[1].begin, top.spans[1].end - top.spans[1].begin), "Budi Sari");
}

TEST_F(ScorerTest, ANameAloneIsNotCampaignMaterial) {
  const Verdict v = Run("Budi Santoso meresmikan jembatan di desa kami.");
  EXPECT_EQ(v.level, Level::kAllow);
  EXPECT_EQ(v.entities.size(), 1u);
}

TEST_F(ScorerTest, ProximityMatters) {
  const std::string far = "Ayo coblos. " + std::string(200, '.') + " Budi Sari meresmikan jembatan.";
  EXPECT_LT(Run(far).score, Run("Ayo coblos Budi Sari").score);
  EXPECT_NE(Run(far).level, Level::kWarn);
}

TEST_F(ScorerTest, EvasionsAreCaught) {
  EXPECT_EQ(Run("ayo c0bl0s B U D I S A R I").level, Level::kWarn);
  EXPECT_EQ(Run("ayo coblooos 0\xEF\xB8\x8F\xE2\x83\xA3" "1\xEF\xB8\x8F\xE2\x83\xA3").level, Level::kWarn);
  EXPECT_EQ(Run("pilih yang ini \xE2\x98\x9D\xEF\xB8\x8F").level, Level::kWarn);
}

TEST_F(ScorerTest, PostingWeighsMoreThanLiking) {
  const std::string text = "Ayo coblos Budi Sari";
  EXPECT_GT(Run(text, Action::kPost).score, Run(text, Action::kLike).score);
  EXPECT_GT(Run(text, Action::kShare).score, Run(text, Action::kLike).score);
}

TEST_F(ScorerTest, ActivePeriodRaisesTheElectionsEntities) {
  const std::string text = "Ayo coblos Budi Sari";
  EXPECT_GT(Run(text, Action::kLike, "2024-01-10").score, Run(text, Action::kLike, "2026-05-01").score);
}

TEST_F(ScorerTest, ClearCampaignMaterialWarnsOnAnyDate) {
  EXPECT_EQ(Run("Ayo coblos Budi Sari", Action::kLike, "2026-11-23").level, Level::kWarn);
  EXPECT_EQ(Run("Lanjutkan 2 periode!", Action::kLike, "2026-11-23").level, Level::kWarn);
}

TEST_F(ScorerTest, YearRoundOffCapsAtCautionOutsideActivePeriods) {
  Settings off;
  off.year_round = false;
  EXPECT_EQ(Run("Ayo coblos Budi Sari", Action::kShare, "2026-11-23", off).level, Level::kCaution);
  EXPECT_EQ(Run("Ayo coblos Budi Sari", Action::kShare, "2024-01-10", off).level, Level::kWarn);
  Settings custom = off;
  custom.custom_period = Period{"2026-11-01", "2026-12-31"};
  const Verdict v = Run("Ayo coblos Budi Sari", Action::kShare, "2026-11-23", custom);
  EXPECT_EQ(v.level, Level::kWarn);
  ASSERT_EQ(v.active_elections.size(), 1u);
  EXPECT_EQ(v.active_elections[0].id, "custom");
}

TEST_F(ScorerTest, OwnRegionWeighsMoreThanElsewhere) {
  Settings batang, jakarta;
  batang.regions = {"33.25"};
  jakarta.regions = {"31.71"};
  const std::string text = "Ayo coblos Faiz Yono";
  const Verdict own = Run(text, Action::kLike, "2024-10-10", batang);
  const Verdict other = Run(text, Action::kLike, "2024-10-10", jakarta);
  EXPECT_GT(own.score, other.score);
  EXPECT_EQ(own.level, Level::kWarn);
  ASSERT_FALSE(other.entities.empty());
  EXPECT_FALSE(other.entities[0].own_region);
  EXPECT_NE(other.level, Level::kAllow);  // campaign material from elsewhere is still campaign material
  ASSERT_EQ(own.active_elections.size(), 1u);
  EXPECT_EQ(own.active_elections[0].id, "batang-uji");
  EXPECT_EQ(own.active_elections[0].phase, "campaign");
  EXPECT_TRUE(other.active_elections.empty());
}

TEST_F(ScorerTest, CounterCuesMarkReporting) {
  const Verdict report = Run("Menurut Bawaslu, ASN dilarang mengajak coblos Budi Sari, kata Ketua.");
  EXPECT_NE(report.level, Level::kWarn);
  ASSERT_EQ(report.counter.size(), 2u);
}

TEST_F(ScorerTest, ACounterCueWithAReachExplainsOnlyWhatIsNearIt) {
  // "tetanggaku" explains a namesake right beside it, not a call further on.
  const Verdict near = Run("Ayo coblos Budi Sari tetanggaku");
  ASSERT_EQ(near.counter.size(), 1u);
  EXPECT_EQ(near.counter[0].cue, "tetangga");
  EXPECT_LT(near.score, Run("Ayo coblos Budi Sari").score);

  const Verdict far = Run("Tetanggaku baru pulang dari pasar, bawa sayur dan ikan segar buat makan malam. Ayo coblos Budi Sari");
  EXPECT_TRUE(far.counter.empty());
  EXPECT_EQ(far.level, Level::kWarn);
}

TEST_F(ScorerTest, ACounterCueWithAReachWeighsOnlyAgainstTheRuleItExplains) {
  // "tetanggaku" explains the name beside it, and takes nothing off the call at the end.
  const std::string far_call = std::string(80, '.') + " Lanjutkan 2 periode!";
  const Verdict alone = Run("Tetanggaku." + far_call);
  const Verdict both = Run("Ayo coblos Budi Sari tetanggaku." + far_call);
  ASSERT_EQ(both.counter.size(), 1u);
  EXPECT_EQ(both.counter[0].cue, "tetangga");
  EXPECT_GE(both.score, alone.score);
  EXPECT_EQ(both.level, Level::kWarn);
}

TEST(ScorerExplains, ACounterCueExplainsOnlyTheEvidenceItNames) {
  // "RT 05" explains a ballot number beside it, not the call "coblos" beside it.
  auto engine_with = [](const std::string& explains) {
    auto engine = std::make_unique<Engine>();
    const std::string cue = R"({"id": "rt", "category": "non_political", "counter": true, "weight": 50, "reach": 15,
                                "keywords": ["rt 05"])" + explains + "}";
    EXPECT_TRUE(engine->LoadPacks({MiniPack(), InlinePack("rt.json", "\"cues\": [" + cue + "]", "rt")}).ok());
    return engine;
  };
  const auto any = engine_with("");
  const auto numbers = engine_with(R"(, "explains": {"mentions": ["code"]})");
  auto run = [](const Engine& e, const std::string& text) {
    return e.Classify(MakeRequest(text, Action::kShare, "2024-01-10"));
  };
  const std::string call = "Warga RT 05 yang baik, coblos Budi Sari";
  EXPECT_EQ(run(*any, call).counter.size(), 1u);
  EXPECT_TRUE(run(*numbers, call).counter.empty());
  EXPECT_GT(run(*numbers, call).score, run(*any, call).score);
  const std::string number = "Warga RT 05 01 coblos";
  EXPECT_EQ(run(*numbers, number).counter.size(), 1u);
  EXPECT_EQ(run(*numbers, number).score, run(*any, number).score);
}

TEST_F(ScorerTest, AProgramCountsOnlyWhereARuleSelectsIt) {
  // A report on a program names its pair but is no campaign; an attack on it is.
  const Verdict news = Run("Program kartu sakti dibahas di rapat desa hari ini.");
  EXPECT_EQ(news.level, Level::kAllow);
  ASSERT_EQ(news.entities.size(), 1u);
  EXPECT_EQ(news.entities[0].id, "pair-1");

  const Verdict attack = Run("Tolak kartu sakti!");
  EXPECT_EQ(attack.level, Level::kWarn);
  ASSERT_FALSE(attack.reasons.empty());
  EXPECT_EQ(attack.reasons[0].rule, "serangan");
}

TEST_F(ScorerTest, ASymbolCountsOnlyWhereARuleSelectsIt) {
  // A party's emblem in words is a tree on its own, and the party beside a call.
  const Verdict tree = Run("Pohon jati di depan rumah sudah tinggi sekali.");
  EXPECT_EQ(tree.level, Level::kAllow);
  EXPECT_TRUE(tree.reasons.empty());

  const Verdict call = Run("Ayo coblos pohon jati!");
  EXPECT_EQ(call.level, Level::kWarn);
  ASSERT_FALSE(call.reasons.empty());
  EXPECT_EQ(call.reasons[0].rule, "ajakan-memilih");
}

TEST_F(ScorerTest, APairsNameWithItsOwnNumberIsItsCode) {
  auto codes = [&](const std::string& text) { return Matched("entity:pair-1:code", text); };
  EXPECT_EQ(codes("Budi Sari 1 💚"), (std::vector<std::string>{"budi sari 1"}));
  ASSERT_FALSE(codes("budi-sari 01!").empty());
  EXPECT_EQ(codes("budi-sari 01!").front(), "budi-sari 01");  // then "01", a code of its own
  // Another pair's number, a longer number, or a listing's "(1)" is no code of this pair.
  EXPECT_TRUE(codes("Budi Sari 2").empty());
  EXPECT_TRUE(codes("Budi Sari 10 tahun").empty());
  EXPECT_TRUE(codes("Budi Sari (1), Wati Joko (2)").empty());
}

TEST_F(ScorerTest, RunningMatesJoinedByAWordOrAnHonorificAreThePair) {
  auto names = [&](const std::string& text) { return Matched("entity:pair-1:name", text); };
  EXPECT_EQ(names("senam bareng Mbak Budi\xE2\x80\x93Pak Sari"), (std::vector<std::string>{"budi-pak sari"}));
  EXPECT_EQ(names("Budi dohot Sari, horas!"), (std::vector<std::string>{"budi dohot sari"}));
  EXPECT_EQ(names("Budi & Bu Sari"), (std::vector<std::string>{"budi & bu sari"}));
  // Only the pair's own two words, in its order, with nothing else between them.
  EXPECT_TRUE(names("Budi dan Pak Joko").empty());
  EXPECT_TRUE(names("Sari dan Budi").empty());
  EXPECT_TRUE(names("Budi makan sama Sari").empty());
}

TEST_F(ScorerTest, NamingEveryPairIsBalanced) {
  const Verdict one = Run("pilih Budi Sari", Action::kLike);
  const Verdict both = Run("Debat malam ini: pilih Budi Sari atau Wati Joko, tonton ya", Action::kLike);
  EXPECT_LT(both.score, one.score);
  // An attack is not balanced reporting.
  const Verdict attack = Run("Jangan pilih Wati Joko, Budi Sari juga", Action::kLike);
  EXPECT_EQ(attack.level, Level::kWarn);
}

TEST_F(ScorerTest, NamingEveryPairButBackingOneIsNotBalanced) {
  // Every pair named, one of them three times over: support, not a survey.
  const Verdict v = Run("Wati Joko boleh, tapi aku pilih Budi Sari, paslon 01 \xE2\x98\x9D", Action::kLike);
  EXPECT_EQ(v.level, Level::kWarn);
}

TEST_F(ScorerTest, RulesOnTheSameWordsDoNotStack) {
  // Three rules fire on "coblos Budi Sari"; the same words are one piece of evidence.
  const Verdict same = Run("coblos Budi Sari", Action::kLike, "2026-05-01");
  ASSERT_GE(same.reasons.size(), 2u);
  EXPECT_LE(same.score, static_cast<int>(std::lround(same.reasons[0].score * 0.9)) + 1);
  // A second, separate call on other words adds to it.
  const Verdict two = Run("coblos Budi Sari. " + std::string(60, '.') + " Lanjut 2 periode!", Action::kLike, "2026-05-01");
  EXPECT_GT(two.score, same.score);
}

TEST_F(ScorerTest, AcronymsCountOnlyInCapitals) {
  EXPECT_EQ(Run("Ayo coblos BUSA!").level, Level::kWarn);
  const Verdict soap = Run("Ayo coblos busa sabunnya, wangi!");
  EXPECT_TRUE(soap.entities.empty());
  EXPECT_EQ(soap.level, Level::kAllow);
}

TEST_F(ScorerTest, AuthorHandleOfACandidateAccount) {
  Request r = MakeRequest("Terima kasih relawan!", Action::kFollow, "2024-01-10");
  r.handle = "@BudiSari_Resmi";
  const Verdict v = engine_.Classify(r);
  EXPECT_EQ(v.level, Level::kWarn);
  ASSERT_FALSE(v.reasons.empty());
  EXPECT_EQ(v.reasons[0].rule, "akun-kandidat");
}

TEST_F(ScorerTest, GestureMeaningDependsOnTheContest) {
  const Verdict v = Run("coblos \xE2\x9C\x8C\xEF\xB8\x8F");
  ASSERT_FALSE(v.reasons.empty());
  EXPECT_EQ(v.reasons[0].entity, "pair-2");
}

TEST_F(ScorerTest, SensitivityMovesThresholds) {
  const std::string text = "pilih Budi Sari atau Wati Joko";
  Settings strict, relaxed;
  strict.sensitivity = Sensitivity::kStrict;
  relaxed.sensitivity = Sensitivity::kRelaxed;
  EXPECT_GE(static_cast<int>(Run(text, Action::kLike, "2024-01-10", strict).level),
            static_cast<int>(Run(text, Action::kLike, "2024-01-10", relaxed).level));
}

TEST_F(ScorerTest, PhotoChecklistOnlyForPhotoPostsInActivePeriods) {
  Request r = MakeRequest("Foto bersama keluarga", Action::kPost, "2024-01-10");
  r.has_media = true;
  EXPECT_TRUE(engine_.Classify(r).photo_checklist);
  r.date = "2026-05-01";
  EXPECT_FALSE(engine_.Classify(r).photo_checklist);
  r.date = "2024-01-10";
  r.action = Action::kLike;
  EXPECT_FALSE(engine_.Classify(r).photo_checklist);
}

TEST_F(ScorerTest, BadSettingsFallBackAndSaySo) {
  Settings bad;
  bad.regions = {"Jawa Tengah"};
  bad.elections = {"pilpres-1999"};
  bad.custom_period = Period{"2024-13-01", "2024-01-01"};
  const Verdict v = Run("Ayo coblos Budi Sari", Action::kShare, "2024-01-10", bad);
  EXPECT_EQ(v.level, Level::kWarn);
  EXPECT_GE(v.warnings.size(), 3u);
}

TEST_F(ScorerTest, ReasonsAreOrderedMostSeriousFirst) {
  const Verdict v = Run("Budi Santoso, ayo coblos Budi Sari");
  ASSERT_GE(v.reasons.size(), 2u);
  EXPECT_EQ(v.reasons[0].severity, "high");
  EXPECT_EQ(v.reasons.back().severity, "low");
}

TEST_F(ScorerTest, EmptyAndHugeTextsAreHandled) {
  EXPECT_EQ(Run("").level, Level::kAllow);
  std::string big;
  while (big.size() < (1 << 20)) big += "Ayo coblos Budi Sari menaaang pr4b0w0 \xE2\x98\x9D ";
  EXPECT_EQ(Run(big).level, Level::kWarn);
}

}  // namespace
}  // namespace jaganetral
