// Regions and the election calendar.

#include "calendar.h"

#include <gtest/gtest.h>

#include "pack_parser.h"
#include "test_util.h"

namespace jaganetral {
namespace {

TEST(RegionCovers, NationalProvinceAndRegency) {
  EXPECT_TRUE(RegionCovers("*", "33.25"));
  EXPECT_TRUE(RegionCovers("33", "33.25"));
  EXPECT_TRUE(RegionCovers("33.25", "33"));  // a user who chose only the province
  EXPECT_TRUE(RegionCovers("33.25", "33.25"));
  EXPECT_FALSE(RegionCovers("33.25", "33.26"));
  EXPECT_FALSE(RegionCovers("33", "35.14"));
  EXPECT_FALSE(RegionCovers("3", "33"));
}

TEST(RegionCode, Validation) {
  for (const char* ok : {"*", "33", "33.25", "33.25.01", "33.25.01.2001"}) EXPECT_TRUE(IsValidRegionCode(ok)) << ok;
  for (const char* bad : {"", "3", "333", "33.", "33.2", "33-25", "33.25.01.201", "ab"}) EXPECT_FALSE(IsValidRegionCode(bad)) << bad;
}

class CalendarTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(BuildCatalog({MiniPack()}, &catalog_).ok()); }
  std::vector<std::string> Active(const std::string& date, const Settings& s = Settings()) {
    std::vector<std::string> out;
    for (const ActivePhase& a : ActiveElections(catalog_, s, date)) {
      out.push_back((a.election >= 0 ? catalog_.elections[a.election].id : "custom") + ":" + a.phase);
    }
    return out;
  }
  Catalog catalog_;
};

TEST_F(CalendarTest, PhasesByDateInclusive) {
  EXPECT_EQ(Active("2024-01-01"), std::vector<std::string>{"nasional-uji:campaign"});
  EXPECT_EQ(Active("2024-01-31"), std::vector<std::string>{"nasional-uji:campaign"});
  EXPECT_EQ(Active("2024-02-02"), std::vector<std::string>{"nasional-uji:quiet"});
  EXPECT_EQ(Active("2024-02-04"), std::vector<std::string>{"nasional-uji:voting"});
  EXPECT_TRUE(Active("2023-12-31").empty());
}

TEST_F(CalendarTest, RegionalElectionsOnlyForTheirRegion) {
  Settings batang, surabaya;
  batang.regions = {"33.25"};
  surabaya.regions = {"35.78"};
  EXPECT_EQ(Active("2024-10-01", batang), std::vector<std::string>{"batang-uji:campaign"});
  EXPECT_TRUE(Active("2024-10-01", surabaya).empty());
}

TEST_F(CalendarTest, UnknownDatesAreNeverActiveUntilOverridden) {
  EXPECT_TRUE(Active("2029-01-10").empty());
  Settings s;
  s.phase_overrides["masa-depan-uji"] = {PhaseDates{"campaign", "2029-01-01", "2029-02-01"}};
  EXPECT_EQ(Active("2029-01-10", s), std::vector<std::string>{"masa-depan-uji:campaign"});
}

TEST_F(CalendarTest, ChosenElectionsOnly) {
  Settings s;
  s.elections = {"batang-uji"};
  EXPECT_TRUE(Active("2024-01-10", s).empty());
}

TEST_F(CalendarTest, CustomPeriod) {
  Settings s;
  s.custom_period = Period{"2026-01-01", "2026-01-31"};
  EXPECT_EQ(Active("2026-01-15", s), std::vector<std::string>{"custom:campaign"});
  EXPECT_TRUE(Active("2026-02-01", s).empty());
}

}  // namespace
}  // namespace jaganetral
