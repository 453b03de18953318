// Pack parsing: a valid pack loads; every kind of mistake is reported as
// file: JSON pointer: message, all at once, and the previous packs stay in force.

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "jaganetral/engine.h"
#include "test_util.h"

namespace jaganetral {
namespace {

std::vector<std::string> Problems(const std::vector<PackSource>& packs) {
  std::vector<std::string> out;
  const Status status = Engine::Validate(packs);
  for (const Problem& p : status.problems()) out.push_back(p.ToString());
  return out;
}

::testing::AssertionResult HasProblem(const std::vector<std::string>& problems, const std::string& expected) {
  for (const std::string& p : problems) {
    if (p.find(expected) != std::string::npos) return ::testing::AssertionSuccess();
  }
  std::string all;
  for (const std::string& p : problems) all += "\n  " + p;
  return ::testing::AssertionFailure() << "no problem contains \"" << expected << "\"; got:" << all;
}

TEST(PackParser, MiniPackIsValid) {
  const Status status = Engine::Validate({MiniPack()});
  for (const Problem& p : status.problems()) ADD_FAILURE() << p.ToString();
  EXPECT_TRUE(status.ok());
}

TEST(PackParser, ReportsInvalidRegexWithFileAndPointer) {
  const auto problems = Problems({InlinePack(
      "broken.json",
      R"("legal_bases": [{"id": "b", "title": "t"}],
         "cues": [{"id": "c", "category": "call_to_vote", "weight": 10, "patterns": ["ok", "(coblos"]}])")});
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_TRUE(HasProblem(problems, "broken.json: /cues/0/patterns/1: invalid regular expression: missing ): (coblos"));
}

TEST(PackParser, ReportsWrongTypesUnknownKeysAndMissingKeys) {
  const auto problems = Problems({InlinePack(
      "types.json",
      R"("entities": [{"id": "e", "type": "pair", "name": 7, "names": "not a list", "colour": "red"},
                      {"type": "person", "name": "x"}])")});
  EXPECT_TRUE(HasProblem(problems, "types.json: /entities/0/name: expected a string, found a number"));
  EXPECT_TRUE(HasProblem(problems, "types.json: /entities/0/names: expected a list of strings, found a string"));
  EXPECT_TRUE(HasProblem(problems, "types.json: /entities/0/colour: unknown key"));
  EXPECT_TRUE(HasProblem(problems, "types.json: /entities/1/id: missing required key"));
}

TEST(PackParser, ReportsUnknownElectionAndLegalBasisIds) {
  const auto problems = Problems({InlinePack(
      "refs.json",
      R"("entities": [{"id": "e", "type": "person", "name": "E", "election": "pilpres-2099", "names": ["e e"]}],
         "rules": [{"id": "r", "severity": "high", "score": 50, "primary": {"entity_types": ["person"]},
                    "message": "m", "legal_basis": ["nowhere"]}])")});
  EXPECT_TRUE(HasProblem(problems, "refs.json: /entities/0/election: unknown election id \"pilpres-2099\""));
  EXPECT_TRUE(HasProblem(problems, "refs.json: /rules/0/legal_basis/0: unknown legal basis id \"nowhere\""));
}

TEST(PackParser, ReportsDuplicateIdsWithinAndAcrossPacks) {
  const auto within = Problems({InlinePack(
      "dup.json", R"("cues": [{"id": "c", "category": "x", "weight": 1, "keywords": ["a b"]},
                               {"id": "c", "category": "x", "weight": 1, "keywords": ["c d"]}])")});
  EXPECT_TRUE(HasProblem(within, "dup.json: /cues/1/id: duplicate cue id \"c\" (first declared in dup.json at /cues/0)"));
  const auto across = Problems({MiniPack(), InlinePack("other.json", R"("cues": [{"id": "coblos", "category": "x", "weight": 1, "keywords": ["x y"]}])", "other")});
  EXPECT_TRUE(HasProblem(across, "other.json: /cues/0/id: duplicate cue id \"coblos\" (first declared in mini-pack.json"));
}

TEST(PackParser, ReportsSyntaxErrorsWithLineAndColumn) {
  const auto problems = Problems({PackSource{"syntax.json", "{\n  \"format\": 1,\n  \"id\": \"x\",,\n}"}});
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_TRUE(HasProblem(problems, "syntax.json: /: invalid JSON: parse error at line 3, column"));
}

TEST(PackParser, RejectsDeepNestingBeforeParsing) {
  const std::string deep = "{\"format\": 1, \"x\": " + std::string(100000, '[') + std::string(100000, ']') + "}";
  const auto problems = Problems({PackSource{"deep.json", deep}});
  EXPECT_TRUE(HasProblem(problems, "deep.json: /: invalid JSON: nesting deeper than 64 levels at line 1"));
}

TEST(PackParser, ReportsBadDatesRegionsPhasesAndGestures) {
  const auto problems = Problems({InlinePack(
      "cal.json",
      R"("elections": [{"id": "e", "kind": "pilkada", "name": "E", "regions": ["33.2", "*"],
                        "phases": [{"phase": "campaign", "start": "2024-02-30", "end": "2024-03-01"},
                                   {"phase": "party", "start": "2024-03-01", "end": "2024-02-01"},
                                   {"phase": "voting", "start": null}]}],
         "cues": [{"id": "g", "category": "gesture", "weight": 5, "gestures": ["wave"]}])")});
  EXPECT_TRUE(HasProblem(problems, "cal.json: /elections/0/regions/0: invalid region code \"33.2\""));
  EXPECT_TRUE(HasProblem(problems, "cal.json: /elections/0/phases/0/start: invalid date \"2024-02-30\""));
  EXPECT_TRUE(HasProblem(problems, "cal.json: /elections/0/phases/1/phase: unknown phase \"party\""));
  EXPECT_TRUE(HasProblem(problems, "cal.json: /elections/0/phases/1/end: ends (2024-02-01) before it starts"));
  EXPECT_TRUE(HasProblem(problems, "cal.json: /elections/0/phases/2/end: missing required key"));
  EXPECT_TRUE(HasProblem(problems, "cal.json: /cues/0/gestures/0: unknown gesture \"wave\""));
}

TEST(PackParser, RejectsPatternsThatMatchTheEmptyString) {
  const auto problems = Problems({InlinePack(
      "empty.json", R"("cues": [{"id": "c", "category": "x", "weight": 1, "patterns": ["(coblos)?"]}])")});
  EXPECT_TRUE(HasProblem(problems, "empty.json: /cues/0/patterns/0: pattern matches the empty string"));
}

TEST(PackParser, RejectsCapitalLettersThatCouldNeverMatch) {
  const auto problems = Problems({InlinePack(
      "caps.json", R"("cues": [{"id": "c", "category": "x", "weight": 1,
                                 "patterns": ["\\bCoblos\\b", "\\Wcoblos\\S\\p{Lu}?x", "(?P<Nomor>\\d+)x"]}])")});
  ASSERT_EQ(problems.size(), 1u) << problems[0];
  EXPECT_TRUE(HasProblem(problems, "caps.json: /cues/0/patterns/0: patterns see lowercased text: write 'C' in lowercase"));
}

TEST(PackParser, OnlyACounterCueHasAReach) {
  const auto problems = Problems({InlinePack(
      "reach.json", R"("cues": [{"id": "c", "category": "x", "weight": 1, "reach": 10, "keywords": ["ayo"]},
                                 {"id": "d", "category": "x", "weight": 1, "counter": true, "reach": -1, "keywords": ["kata"]}])")});
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_TRUE(HasProblem(problems, "reach.json: /cues/0/reach: only a counter-cue has a reach"));
  EXPECT_TRUE(HasProblem(problems, "reach.json: /cues/1/reach"));
}

TEST(PackParser, OnlyACounterCueWithAReachExplainsChosenEvidence) {
  const auto problems = Problems({InlinePack(
      "explains.json", R"("cues": [{"id": "c", "category": "x", "weight": 1, "counter": true, "keywords": ["rt"],
                                    "explains": {"mentions": ["code"]}},
                                   {"id": "d", "category": "x", "weight": 1, "counter": true, "reach": 9, "keywords": ["rw"],
                                    "explains": {"mentions": ["number"], "within": 5}},
                                   {"id": "e", "category": "x", "weight": 1, "counter": true, "reach": 9, "keywords": ["gg"],
                                    "explains": {"cues": ["nowhere"]}}])")});
  EXPECT_TRUE(HasProblem(problems, "explains.json: /cues/0/explains: only a counter-cue with a reach explains chosen evidence"));
  EXPECT_TRUE(HasProblem(problems, "explains.json: /cues/1/explains/mentions/0: unknown mention \"number\""));
  EXPECT_TRUE(HasProblem(problems, "explains.json: /cues/1/explains: within and min belong to a rule's support, not to explains"));
  EXPECT_TRUE(HasProblem(problems, "explains.json: /cues/2/explains/cues/0: unknown cue id \"nowhere\""));
  EXPECT_EQ(problems.size(), 4u);
}

TEST(PackParser, RejectsRegexSyntaxInKeywords) {
  const auto problems = Problems({InlinePack(
      "kw.json", R"("cues": [{"id": "c", "category": "fact_check", "weight": 1, "keywords": ["[salah]", "cek fakta"]}])")});
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_TRUE(HasProblem(problems, "kw.json: /cues/0/keywords/0: keyword \"[salah]\" contains '[': keywords are plain text"));
}

TEST(PackParser, APairsBadNameIsReportedOnce) {
  // A pair's names make two patterns (the names, and the names with its number); the
  // keyword is still one problem.
  const auto problems = Problems({InlinePack(
      "pair.json", R"js("entities": [{"id": "p", "type": "pair", "name": "Budi – Sari", "ballot_number": 1,
                                      "names": ["budi (sari)"]}])js")});
  EXPECT_EQ(std::count_if(problems.begin(), problems.end(),
                          [](const std::string& s) { return s.find("/entities/0/names/0: keyword") != std::string::npos; }),
            1);
}

TEST(PackParser, AcronymsMustBeCapitals) {
  const auto problems = Problems({InlinePack(
      "acr.json", R"("entities": [{"id": "p", "type": "pair", "name": "P", "acronyms": ["AMIN", "Pagi"]}])")});
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_TRUE(HasProblem(problems, "acr.json: /entities/0/acronyms/1: acronym \"Pagi\" must be written in capitals"));
}

TEST(PackParser, RequiresALegalBasisOnEveryRule) {
  const auto problems = Problems({InlinePack(
      "nobasis.json", R"("rules": [{"id": "r", "severity": "low", "score": 1, "primary": {"cues": []},
                                     "message": "m", "legal_basis": []}])")});
  EXPECT_TRUE(HasProblem(problems, "nobasis.json: /rules/0/legal_basis: every rule needs at least one legal basis"));
}

TEST(PackParser, ReportsEveryProblemAtOnce) {
  const auto problems = Problems({InlinePack(
      "many.json", R"("cues": [{"id": "A", "category": "x", "weight": 500, "keywords": ["!!"]}],
                       "elections": [{"id": "e", "kind": "war", "name": "E", "regions": []}])")});
  EXPECT_GE(problems.size(), 5u);
}

TEST(EngineLoad, BrokenPackLeavesThePreviousPacksInForce) {
  Engine engine;
  ASSERT_TRUE(engine.LoadPacks({MiniPack()}).ok());
  const Request request = MakeRequest("Ayo coblos paslon 01 Budi Sari!", Action::kShare, "2024-01-10");
  const Verdict before = engine.Classify(request);
  ASSERT_EQ(before.level, Level::kWarn);

  const Status status = engine.LoadPacks({InlinePack("bad.json", R"("cues": [{"id": "c", "category": "x", "weight": 1, "patterns": ["(("]}])")});
  EXPECT_FALSE(status.ok());
  EXPECT_EQ(engine.packs().size(), 1u);
  EXPECT_EQ(engine.packs()[0].id, "mini");
  const Verdict after = engine.Classify(request);
  EXPECT_EQ(after.level, before.level);
  EXPECT_EQ(after.score, before.score);
}

TEST(EngineLoad, WithoutPacksEverythingIsAllowed) {
  Engine engine;
  EXPECT_EQ(engine.Classify(MakeRequest("Ayo coblos 02!", Action::kPost, "2024-01-10")).level, Level::kAllow);
}

}  // namespace
}  // namespace jaganetral
