// JSON forms shared by the CLI and wasm: requests, forgiving settings, verdicts.

#include "jaganetral/json_io.h"

#include <gtest/gtest.h>

#include "test_util.h"

namespace jaganetral {
namespace {

TEST(RequestFromJson, ReadsEveryField) {
  Request r;
  std::vector<std::string> warnings;
  const auto json = nlohmann::json::parse(R"({"text": "halo", "action": "post", "platform": "x", "handle": "@a",
      "date": "2024-01-10", "has_media": true,
      "settings": {"regions": ["33.25"], "sensitivity": "strict", "year_round": false,
                   "custom_period": {"start": "2026-01-01", "end": "2026-01-31"},
                   "phase_overrides": {"e": [{"phase": "campaign", "start": "2029-01-01", "end": "2029-02-01"}]}}})");
  ASSERT_TRUE(RequestFromJson(json, &r, &warnings).ok());
  EXPECT_EQ(r.action, Action::kPost);
  EXPECT_TRUE(r.has_media);
  EXPECT_EQ(r.settings.regions, std::vector<std::string>{"33.25"});
  EXPECT_EQ(r.settings.sensitivity, Sensitivity::kStrict);
  EXPECT_FALSE(r.settings.year_round);
  ASSERT_TRUE(r.settings.custom_period.has_value());
  EXPECT_EQ(r.settings.phase_overrides["e"].size(), 1u);
  EXPECT_TRUE(warnings.empty());
}

TEST(RequestFromJson, RequestErrorsHavePointers) {
  Request r;
  std::vector<std::string> warnings;
  const Status s = RequestFromJson(nlohmann::json::parse(R"({"text": 1, "action": "clap", "date": "kemarin"})"), &r, &warnings);
  ASSERT_EQ(s.problems().size(), 3u);
  EXPECT_EQ(s.problems()[0].pointer, "/text");
  EXPECT_EQ(s.problems()[1].pointer, "/action");
  EXPECT_EQ(s.problems()[2].pointer, "/date");
}

TEST(SettingsFromJson, GarbageFallsBackToDefaultsWithWarnings) {
  std::vector<std::string> warnings;
  const Settings s = SettingsFromJson(nlohmann::json::parse(
      R"({"regions": 33, "sensitivity": "paranoid", "year_round": "yes", "custom_period": {"start": "x"},
          "phase_overrides": [], "unknown": {"deep": [1, 2]}})"), &warnings);
  EXPECT_TRUE(s.regions.empty());
  EXPECT_EQ(s.sensitivity, Sensitivity::kNormal);
  EXPECT_TRUE(s.year_round);
  EXPECT_FALSE(s.custom_period.has_value());
  EXPECT_EQ(warnings.size(), 5u);
  std::vector<std::string> more;
  SettingsFromJson(nlohmann::json::parse("[1,2,3]"), &more);
  EXPECT_EQ(more.size(), 1u);
}

TEST(VerdictToJson, HasTheDocumentedShape) {
  Engine engine;
  ASSERT_TRUE(engine.LoadPacks({MiniPack()}).ok());
  const nlohmann::json j = VerdictToJson(engine.Classify(MakeRequest("Ayo coblos Budi Sari", Action::kShare, "2024-01-10")));
  for (const char* key : {"level", "score", "action", "platform", "date", "active_elections", "entities", "reasons",
                          "counter", "photo_checklist", "year_round", "warnings"}) {
    EXPECT_TRUE(j.contains(key)) << key;
  }
  EXPECT_EQ(j["level"], "warn");
  const auto& reason = j["reasons"][0];
  for (const char* key : {"rule", "severity", "score", "message", "entity", "legal_basis", "spans"}) {
    EXPECT_TRUE(reason.contains(key)) << key;
  }
  EXPECT_EQ(reason["spans"][0]["begin"], 4);
  EXPECT_EQ(reason["spans"][0]["end"], 10);
}

TEST(Dump, NeverFailsOnInvalidUtf8) {
  EXPECT_EQ(Dump(nlohmann::json(std::string("a\xFF" "b"))), "\"a\xEF\xBF\xBD" "b\"");
}

}  // namespace
}  // namespace jaganetral
