// Normalization: what people write -> what patterns match, with offsets back to the
// original text in UTF-16 code units.

#include "normalize.h"

#include <gtest/gtest.h>

#include <string>

namespace jaganetral {
namespace {

struct Case {
  const char* input;
  const char* expected;
};

class NormalizeTable : public ::testing::TestWithParam<Case> {};

TEST_P(NormalizeTable, Normalizes) {
  EXPECT_EQ(NormalizeText(GetParam().input), GetParam().expected) << "input: " << GetParam().input;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, NormalizeTable,
    ::testing::Values(
        // Unicode NFKC, case folding, diacritics.
        Case{"PRABOWO", "prabowo"}, Case{"Gánjar Prânowo", "ganjar pranowo"},
        Case{"\xF0\x9D\x90\x8F\xF0\x9D\x90\xAB\xF0\x9D\x90\x9A", "pra"},  // mathematical bold
        Case{"\xEF\xBC\xA1\xEF\xBC\xAE\xEF\xBC\xA9\xEF\xBC\xA5\xEF\xBC\xB3", "anies"},  // fullwidth
        Case{"Stra\xC3\x9F" "e", "strasse"},
        // Zero-width and invisible characters.
        Case{"Gan\xE2\x80\x8Bjar", "ganjar"}, Case{"An\xC2\xADies", "anies"},
        Case{"\xEF\xBB\xBF" "coblos", "coblos"},
        // Spaced and dotted letters.
        Case{"P R A B O W O", "prabowo"}, Case{"g.a.n.j.a.r", "ganjar"},
        Case{"G a n j a r", "ganjar"}, Case{"A. M. I. N.", "amin."},
        Case{"pilih 1 2 3", "pilih 1 2 3"},  // digits alone are not a spelled word
        Case{"G a n j a r 3", "ganjar 3"}, Case{"P R A B O W 0", "prabowo"},  // a trailing number
        Case{"s.d. besok", "s.d. besok"},     // two letters are not a run
        // A run longer than one name is marked with U+2063 (keywords are found inside it).
        Case{"G A N J A R M A H F U D", "\xE2\x81\xA3" "ganjarmahfud"},
        Case{"pilih K H O F I F A H", "pilih khofifah"},  // eight letters: one name, unmarked
        Case{"J a t e n g   b u t u h   A n d i k a", "jateng butuh andika"},  // a wide gap ends a word
        Case{"G A N J A R  M A H F U D", "ganjar mahfud"},
        // Look-alike letters of other scripts, before case folding.
        Case{"\xD0\x90nies \xD0\x92" "aswedan", "anies baswedan"},      // Cyrillic A and VE
        Case{"\xE1\xB4\x98\xCA\x80\xE1\xB4\x80\xCA\x99\xE1\xB4\x8F\xE1\xB4\xA1\xE1\xB4\x8F", "prabowo"},  // small capitals
        Case{"\xF0\x9F\x85\xB0\xF0\x9F\x85\xBC\xF0\x9F\x85\xB8\xF0\x9F\x85\xBD", "amin"},  // negative squared
        Case{"\xCE\x9C\xCE\xB5\xCF\x81\xCE\xB1", "\xCE\xBC\xCE\xB5\xCF\x81\xCE\xB1"},  // "Μερα": a Greek word keeps its letters
        Case{"\xCE\x9C" "aju", "maju"}, Case{"\xCE\xBC" "aju", "uaju"},  // Greek capital mu is M, small mu is u
        Case{"\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0", "\xD0\xBC\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0"},  // "Москва" stays Russian
        // Leetspeak, only in words that show it.
        Case{"pr4b0w0", "prabowo"}, Case{"g4nj4r", "ganjar"}, Case{"4m1n", "amin"},
        Case{"R1DO", "rido"}, Case{"c0bl0s", "coblos"}, Case{"pr@bowo", "prabowo"},
        Case{"2 periode", "2 periode"}, Case{"2periode", "2periode"},
        Case{"#Prabowo2029", "#prabowo2029"}, Case{"g4nj4r2024", "ganjar2024"},
        Case{"jkw2p", "jkw2p"}, Case{"#Te12de", "#te12de"}, Case{"covid19", "covid19"},
        Case{"@akun_resmi", "@akun_resmi"},
        Case{"prabow0", "prabowo"}, Case{"tig4 jari", "tiga jari"},  // lone trailing 0 or 4
        Case{"ganjar3", "ganjar3"}, Case{"no1", "no1"}, Case{"mp4", "mp4"},
        Case{"d10n", "dion"},  // two leet characters between letters
        // A pair written in one style: an edge digit next to a leet word.
        Case{"r3nd1-3ddy n0 2", "rendi-eddy no 2"}, Case{"yul1 d10n", "yuli dion"},
        Case{"no1 pr4bowo", "no1 prabowo"}, Case{"k4mis 3jam", "kamis 3jam"},
        Case{"n0 hp", "n0 hp"},
        Case{"a1r1n 4d3", "airin ade"}, Case{"4d3 a1r1n", "ade airin"},  // a leet character at each edge
        Case{"pr4b0w0 3x4", "prabowo 3x4"}, Case{"g4nj4r 1v1", "ganjar 1v1"}, Case{"f0t0 4d3", "foto ade"},
        Case{"foto 4d3", "foto 4d3"},
        // Repeated letters.
        Case{"menaaaang", "menang"}, Case{"cobloooos", "coblos"}, Case{"PPP", "ppp"},
        Case{"maaf", "maaf"}, Case{"2000", "2000"},
        // Emoji digits and gestures.
        Case{"0\xEF\xB8\x8F\xE2\x83\xA3" "2\xEF\xB8\x8F\xE2\x83\xA3", "02"},  // keycaps 0 2
        Case{"Mahfud3\xEF\xB8\x8F\xE2\x83\xA3", "mahfud 3"},                     // keycap after a name
        Case{"Mahfud3", "mahfud3"},
        Case{"\xE2\x91\xA1", "2"},                                              // circled two
        Case{"\xE2\x9D\xB8", "3"},                                              // dingbat three
        Case{"menang\xE2\x9C\x8C\xEF\xB8\x8F", "menang :victory:"},
        Case{"\xE2\x98\x9D\xF0\x9F\x8F\xBB satu", ":index_up: satu"},         // with skin tone
        Case{"\xF0\x9F\x91\x8D\xF0\x9F\x91\x8D", ":thumbs_up: :thumbs_up:"},
        // White space.
        Case{"  ayo \t\n coblos  ", "ayo coblos"}, Case{"a\xC2\xA0" "b", "a b"},
        Case{"", ""}));

// The normalized span of `needle` maps back to `original_piece` in the original.
void ExpectMapsBack(const std::string& original, const std::string& needle, const std::u16string& original_utf16,
                    const std::u16string& expected) {
  const NormalizedText n = Normalize(original);
  const size_t at = n.text.find(needle);
  ASSERT_NE(at, std::string::npos) << "'" << needle << "' not in '" << n.text << "'";
  const uint32_t begin = n.OriginalU16Begin(at);
  const uint32_t end = n.OriginalU16End(at + needle.size());
  EXPECT_EQ(original_utf16.substr(begin, end - begin), expected);
}

TEST(NormalizeOffsets, MapsPlainTextOneToOne) {
  ExpectMapsBack("Ayo coblos Prabowo!", "prabowo", u"Ayo coblos Prabowo!", u"Prabowo");
}

TEST(NormalizeOffsets, CoversJoinedSpacedLetters) {
  ExpectMapsBack("ayo P R A B O W O menang", "prabowo", u"ayo P R A B O W O menang", u"P R A B O W O");
}

TEST(NormalizeOffsets, CountsAstralCharactersAsTwoUnits) {
  // U+1D40F MATHEMATICAL BOLD CAPITAL P is two UTF-16 code units.
  ExpectMapsBack("\xF0\x9F\x98\x80 \xF0\x9D\x90\x8F" "rabowo", "prabowo", u"\U0001F600 \U0001D40Frabowo",
                 u"\U0001D40Frabowo");
}

TEST(NormalizeOffsets, CoversSqueezedAndLeetLetters) {
  ExpectMapsBack("menaaaang pr4b0w0", "menang", u"menaaaang pr4b0w0", u"menaaaang");
  ExpectMapsBack("menaaaang pr4b0w0", "prabowo", u"menaaaang pr4b0w0", u"pr4b0w0");
}

TEST(NormalizeOffsets, GestureTokenCoversTheEmojiAndItsModifiers) {
  ExpectMapsBack("menang \xE2\x9C\x8C\xEF\xB8\x8F!", ":victory:", u"menang \u270C\uFE0F!", u"\u270C");
}

TEST(NormalizeOffsets, KeycapDigitsMapToTheirKeycaps) {
  ExpectMapsBack("no 0\xEF\xB8\x8F\xE2\x83\xA3" "2\xEF\xB8\x8F\xE2\x83\xA3", "02", u"no 0\uFE0F\u20E32\uFE0F\u20E3",
                 u"0\uFE0F\u20E32");
}

TEST(NormalizeBallotWords, NumberWordsAfterABallotWordBecomeDigits) {
  EXPECT_EQ(NormalizeText("Nomer telu yo lur"), "nomer 3 yo lur");
  EXPECT_EQ(NormalizeText("nomor tige, aye dukung"), "nomor 3, aye dukung");
  EXPECT_EQ(NormalizeText("nomer atu dah"), "nomer 1 dah");  // Betawi
  EXPECT_EQ(NormalizeText("atu lagi"), "atu lagi");
  EXPECT_EQ(NormalizeText("partai no. dua belas"), "partai no. 12");
  EXPECT_EQ(NormalizeText("no urut dua puluh tiga"), "no urut 23");
  EXPECT_EQ(NormalizeText("n0m0r du4"), "nomor 2");
  EXPECT_EQ(NormalizeText("paslon hiji"), "paslon 1");
  // Madurese, Minang, Banjar, Acehnese, Bugis.
  EXPECT_EQ(NormalizeText("pele nomer tello'"), "pele nomer 3'");
  EXPECT_EQ(NormalizeText("pilih nan nomor ciek"), "pilih nan nomor 1");
  EXPECT_EQ(NormalizeText("nomor talu haja"), "nomor 3 haja");
  EXPECT_EQ(NormalizeText("nomor lhee"), "nomor 3");
  EXPECT_EQ(NormalizeText("nomor tellu"), "nomor 3");
  EXPECT_EQ(NormalizeText("sa rua tellu"), "sa rua tellu");  // only after a ballot word
}

TEST(NormalizeBallotWords, TwentiesInRegionalLanguagesBecomeDigits) {
  // The Aceh local parties of 2024 are numbered 18 to 24.
  EXPECT_EQ(NormalizeText("cob nomor dua ploh sa"), "cob nomor 21");
  EXPECT_EQ(NormalizeText("nomer rong puluh loro"), "nomer 22");
  EXPECT_EQ(NormalizeText("nomer selikur"), "nomer 21");
  EXPECT_EQ(NormalizeText("nomer patlikur"), "nomer 24");
  EXPECT_EQ(NormalizeText("nomer rong"), "nomer rong");  // "rong" alone is no number
}

TEST(NormalizeBallotWords, NumberWordsElsewhereStayWords) {
  EXPECT_EQ(NormalizeText("kopi dua gelas"), "kopi dua gelas");
  EXPECT_EQ(NormalizeText("nomor 2 dua"), "nomor 2 dua");
  EXPECT_EQ(NormalizeText("nomordua"), "nomordua");
}

TEST(NormalizeOffsets, BallotNumberDigitsCoverTheWholeNumberPhrase) {
  ExpectMapsBack("nomer dua belas!", "12", u"nomer dua belas!", u"dua belas");
}

TEST(NormalizeReduplication, AWordWithA2IsSpelledOutTwice) {
  EXPECT_EQ(NormalizeText("Cebong2 mah, april ganti"), "cebong-cebong mah, april ganti");
  EXPECT_EQ(NormalizeText("bapak2 ibu2!"), "bapak-bapak ibu-ibu!");
  EXPECT_EQ(NormalizeText("ibu2."), "ibu-ibu.");
}

TEST(NormalizeReduplication, TagsNumbersAndBallotWordsKeepTheirDigit) {
  EXPECT_EQ(NormalizeText("#prabowo2 @andi2"), "#prabowo2 @andi2");
  EXPECT_EQ(NormalizeText("nomor2 ri2 jkw2p mudah2an 12"), "nomor2 ri2 jkw2p mudah2an 12");
  EXPECT_EQ(NormalizeText("kata22 a2b2"), "kata22 a2b2");
}

TEST(NormalizeOffsets, ASpelledOutWordMapsBackToIts2) {
  ExpectMapsBack("cebong2 mah", "-cebong", u"cebong2 mah", u"2");
}

TEST(NormalizeRobustness, InvalidUtf8BecomesReplacementCharacters) {
  const NormalizedText n = Normalize(std::string("ab\xFF\xC3(cd", 7));
  EXPECT_EQ(n.text, "ab\xEF\xBF\xBD\xEF\xBF\xBD(cd");
  EXPECT_EQ(n.u16_begin.size(), n.text.size());
}

TEST(NormalizeRobustness, OnlyCombiningMarksOrZeroWidthGivesEmptyText) {
  std::string marks, zero_width;
  for (int i = 0; i < 1000; ++i) marks += "\xCC\x81";          // U+0301
  for (int i = 0; i < 1000; ++i) zero_width += "\xE2\x80\x8B";  // U+200B
  EXPECT_EQ(NormalizeText(marks), "");
  EXPECT_EQ(NormalizeText(zero_width), "");
}

TEST(NormalizeRobustness, OneMegabyteIsHandled) {
  std::string big;
  while (big.size() < (1 << 20)) big += "P R A B O W O pr4b0w0 menaaang \xE2\x9C\x8C ";
  const NormalizedText n = Normalize(big);
  EXPECT_GT(n.text.size(), 0u);
  EXPECT_EQ(n.u16_end.size(), n.text.size());
}

}  // namespace
}  // namespace jaganetral
