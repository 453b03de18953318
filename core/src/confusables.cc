#include "confusables.h"

#include <cstddef>

namespace jaganetral {
namespace {

struct Lookalike {
  char32_t cp;
  char latin;
};

// Only letters that a reader takes for the Latin letter at a glance, in ascending order
// of code point. Chosen from Unicode's confusables list (UTS #39) for the scripts that
// fancy-text generators and evasive posts use.
constexpr Lookalike kLookalikes[] = {
    {0x0131, 'i'},  // LATIN SMALL LETTER DOTLESS I
    {0x0251, 'a'},  // LATIN SMALL LETTER ALPHA
    {0x0261, 'g'},  // LATIN SMALL LETTER SCRIPT G
    {0x0262, 'g'},  // small capital G
    {0x026A, 'i'},  // small capital I
    {0x0274, 'n'},  // small capital N
    {0x0280, 'r'},  // small capital R
    {0x028F, 'y'},  // small capital Y
    {0x0299, 'b'},  // small capital B
    {0x029C, 'h'},  // small capital H
    {0x029F, 'l'},  // small capital L
    {0x0391, 'a'},  // GREEK CAPITAL ALPHA
    {0x0392, 'b'},  // BETA
    {0x0395, 'e'},  // EPSILON
    {0x0396, 'z'},  // ZETA
    {0x0397, 'h'},  // ETA
    {0x0399, 'i'},  // IOTA
    {0x039A, 'k'},  // KAPPA
    {0x039C, 'm'},  // MU
    {0x039D, 'n'},  // NU
    {0x039F, 'o'},  // OMICRON
    {0x03A1, 'p'},  // RHO
    {0x03A4, 't'},  // TAU
    {0x03A5, 'y'},  // UPSILON
    {0x03A7, 'x'},  // CHI
    {0x03B1, 'a'},  // GREEK SMALL ALPHA
    {0x03B9, 'i'},  // IOTA
    {0x03BA, 'k'},  // KAPPA
    {0x03BC, 'u'},  // MU
    {0x03BD, 'v'},  // NU
    {0x03BF, 'o'},  // OMICRON
    {0x03C1, 'p'},  // RHO
    {0x03C5, 'u'},  // UPSILON
    {0x03C7, 'x'},  // CHI
    {0x0405, 's'},  // CYRILLIC CAPITAL DZE
    {0x0406, 'i'},  // BYELORUSSIAN-UKRAINIAN I
    {0x0407, 'i'},  // YI
    {0x0408, 'j'},  // JE
    {0x0410, 'a'},  // A
    {0x0412, 'b'},  // VE
    {0x0415, 'e'},  // IE
    {0x041A, 'k'},  // KA
    {0x041C, 'm'},  // EM
    {0x041D, 'h'},  // EN
    {0x041E, 'o'},  // O
    {0x0420, 'p'},  // ER
    {0x0421, 'c'},  // ES
    {0x0422, 't'},  // TE
    {0x0423, 'y'},  // U
    {0x0425, 'x'},  // HA
    {0x0430, 'a'},  // CYRILLIC SMALL A
    {0x0435, 'e'},  // IE
    {0x043E, 'o'},  // O
    {0x0440, 'p'},  // ER
    {0x0441, 'c'},  // ES
    {0x0443, 'y'},  // U
    {0x0445, 'x'},  // HA
    {0x0450, 'e'},  // IE WITH GRAVE
    {0x0451, 'e'},  // IO
    {0x0455, 's'},  // DZE
    {0x0456, 'i'},  // BYELORUSSIAN-UKRAINIAN I
    {0x0457, 'i'},  // YI
    {0x0458, 'j'},  // JE
    {0x04AE, 'y'},  // STRAIGHT U
    {0x04AF, 'y'},
    {0x04BA, 'h'},  // SHHA
    {0x04BB, 'h'},
    {0x04C0, 'l'},  // PALOCHKA
    {0x04CF, 'l'},
    {0x0500, 'd'},  // KOMI DE
    {0x0501, 'd'},
    {0x051A, 'q'},  // QA
    {0x051B, 'q'},
    {0x051C, 'w'},  // WE
    {0x051D, 'w'},
    {0x13A0, 'd'},  // CHEROKEE A (looks like D)
    {0x13A1, 'r'},  // CHEROKEE E (looks like R)
    {0x13A2, 't'},  // CHEROKEE I (looks like T)
    {0x13A9, 'y'},  // CHEROKEE GI (looks like Y)
    {0x13AA, 'a'},  // CHEROKEE GO (looks like A)
    {0x13AB, 'j'},  // CHEROKEE GU (looks like J)
    {0x13AC, 'e'},  // CHEROKEE GV (looks like E)
    {0x13B3, 'w'},  // CHEROKEE LA (looks like W)
    {0x13B7, 'm'},  // CHEROKEE LU (looks like M)
    {0x13BB, 'h'},  // CHEROKEE MI (looks like H)
    {0x13C0, 'g'},  // CHEROKEE NAH (looks like G)
    {0x13C2, 'h'},  // CHEROKEE NI (looks like h)
    {0x13CF, 'b'},  // CHEROKEE SI (looks like b)
    {0x13D2, 'r'},  // CHEROKEE SV (looks like R)
    {0x13DA, 's'},  // CHEROKEE DU (looks like S)
    {0x13DE, 'l'},  // CHEROKEE TLE (looks like L)
    {0x13DF, 'c'},  // CHEROKEE TLI (looks like C)
    {0x13E2, 'p'},  // CHEROKEE TLV (looks like P)
    {0x13E6, 'k'},  // CHEROKEE TSO (looks like K)
    {0x1D00, 'a'},  // small capital A
    {0x1D04, 'c'},  // small capital C
    {0x1D05, 'd'},  // small capital D
    {0x1D07, 'e'},  // small capital E
    {0x1D0A, 'j'},  // small capital J
    {0x1D0B, 'k'},  // small capital K
    {0x1D0D, 'm'},  // small capital M
    {0x1D0F, 'o'},  // small capital O
    {0x1D18, 'p'},  // small capital P
    {0x1D1B, 't'},  // small capital T
    {0x1D1C, 'u'},  // small capital U
    {0x1D20, 'v'},  // small capital V
    {0x1D21, 'w'},  // small capital W
    {0x1D22, 'z'},  // small capital Z
    {0xA730, 'f'},  // small capital F
    {0xA731, 's'},  // small capital S
};

constexpr size_t kCount = sizeof(kLookalikes) / sizeof(kLookalikes[0]);

constexpr bool Ascending() {
  for (size_t i = 1; i < kCount; ++i) {
    if (kLookalikes[i - 1].cp >= kLookalikes[i].cp) return false;
  }
  return true;
}
static_assert(Ascending(), "kLookalikes must be in ascending order: LatinLookalike searches it");

}  // namespace

char32_t LatinLookalike(char32_t cp) {
  if (cp < 0x0131) return 0;
  // Negative circled and negative squared capitals: 🅐..🅩 and 🅰..🆉.
  if (cp >= 0x1F150 && cp <= 0x1F169) return U'a' + (cp - 0x1F150);
  if (cp >= 0x1F170 && cp <= 0x1F189) return U'a' + (cp - 0x1F170);
  size_t lo = 0, hi = kCount;
  while (lo < hi) {
    const size_t mid = (lo + hi) / 2;
    if (kLookalikes[mid].cp < cp) lo = mid + 1;
    else hi = mid;
  }
  if (lo < kCount && kLookalikes[lo].cp == cp) {
    return static_cast<char32_t>(kLookalikes[lo].latin);
  }
  return 0;
}

}  // namespace jaganetral
