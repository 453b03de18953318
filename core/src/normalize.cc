#include "normalize.h"

#include <utf8proc.h>

#include <string>
#include <utility>
#include <vector>

#include "confusables.h"
#include "emoji_map.h"
#include "utf8.h"

namespace jaganetral {
namespace {

// One code point of the text being normalized, with the original span it stands for.
struct Unit {
  char32_t cp;
  uint32_t u16_begin, u16_end;
  uint32_t byte_begin, byte_end;
  char32_t lookalike_of = 0;  // the Cyrillic, Greek... letter `cp` was read from, or 0
  bool wide_gap = false;       // a space that stood for two or more: a word break in spaced letters
};

// Marks a run of spaced letters that was joined into one word ("G A N J A R M A H F U D"
// -> "ganjarmahfud"): keywords are found inside it as inside a hashtag. U+2063 INVISIBLE
// SEPARATOR cannot come from the input, which drops it with the other invisibles.
constexpr char32_t kJoinedRunMark = 0x2063;
constexpr size_t kMarkedRunLength = 9;

using Units = std::vector<Unit>;

bool IsAsciiLetter(char32_t c) { return c >= 'a' && c <= 'z'; }
bool IsAsciiDigit(char32_t c) { return c >= '0' && c <= '9'; }

bool IsLetterOrDigit(char32_t c) {
  if (c < 0x80) return IsAsciiLetter(c) || IsAsciiDigit(c) || (c >= 'A' && c <= 'Z');
  const utf8proc_category_t cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
  return (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
         (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO);
}

bool IsLetter(char32_t c) {
  if (c < 0x80) return IsAsciiLetter(c) || (c >= 'A' && c <= 'Z');
  const utf8proc_category_t cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
  return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
}

bool IsSpace(char32_t c) {
  if (c == ' ' || (c >= 0x09 && c <= 0x0D) || c == 0x85) return true;
  if (c < 0x80) return false;
  const utf8proc_category_t cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
  return cat == UTF8PROC_CATEGORY_ZS || cat == UTF8PROC_CATEGORY_ZL || cat == UTF8PROC_CATEGORY_ZP;
}

bool IsControl(char32_t c) {
  return c < 0x20 || (c >= 0x7F && c < 0xA0);
}

// Does a keycap sign (U+20E3, after an optional U+FE0F) start at byte `i` of `input`?
bool IsKeycapNext(const std::string& input, size_t i) {
  static const std::string kVariation = "\xEF\xB8\x8F", kKeycap = "\xE2\x83\xA3";
  if (input.compare(i, kVariation.size(), kVariation) == 0) i += kVariation.size();
  return input.compare(i, kKeycap.size(), kKeycap) == 0;
}

// Step 2's mapping of one code point: NFKD, case folding, marks stripped, lumping
// (dashes, quotes, spaces). Writes the result to `out` and returns how many code points
// it has (0 for a default-ignorable one), or -1 when utf8proc cannot map it.
constexpr utf8proc_ssize_t kMaxFolded = 32;
utf8proc_ssize_t FoldCodePoint(char32_t cp, utf8proc_int32_t (&out)[kMaxFolded]) {
  constexpr utf8proc_option_t kOptions = static_cast<utf8proc_option_t>(
      UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK |
      UTF8PROC_IGNORE | UTF8PROC_LUMP);
  int boundclass = 0;
  const utf8proc_ssize_t n =
      utf8proc_decompose_char(static_cast<utf8proc_int32_t>(cp), out, kMaxFolded, kOptions, &boundclass);
  return n < 0 || n > kMaxFolded ? -1 : n;
}

// Steps 1 and 2: decode, and map each code point on its own.
Units DecodeAndFold(const std::string& input) {
  Units units;
  units.reserve(input.size());
  uint32_t u16 = 0;
  size_t i = 0;
  utf8proc_int32_t buffer[kMaxFolded];
  while (i < input.size()) {
    char32_t cp;
    const size_t len = DecodeUtf8(input, i, &cp);
    const Unit base{0, u16, u16 + Utf16Length(cp), static_cast<uint32_t>(i),
                    static_cast<uint32_t>(i + len)};
    const auto emit = [&](char32_t c) {
      Unit u = base;
      u.cp = c;
      units.push_back(u);
    };
    u16 += Utf16Length(cp);
    i += len;

    if (IsInvisible(cp)) continue;
    if (const char* gesture = GestureName(cp)) {
      // Spaces around the token keep it a word of its own: "menang✌️" -> "menang :victory: ".
      emit(' ');
      emit(':');
      for (const char* p = gesture; *p; ++p) emit(static_cast<char32_t>(*p));
      emit(':');
      emit(' ');
      continue;
    }
    const int digits = EmojiDigitValue(cp);
    if (digits >= 0) {
      for (char c : std::to_string(digits)) emit(static_cast<char32_t>(c));
      continue;
    }
    if (IsSpace(cp)) {
      emit(' ');
      continue;
    }
    if (IsControl(cp)) continue;
    if (const char32_t latin = LatinLookalike(cp)) {
      Unit u = base;
      u.cp = latin;
      u.lookalike_of = cp;
      units.push_back(u);
      continue;
    }
    if (cp < 0x80) {
      // A keycap digit right after a letter starts a word of its own: "Mahfud3️⃣" is
      // "mahfud 3", not a name with a digit stuck to it.
      if (IsAsciiDigit(cp) && !units.empty() && IsAsciiLetter(units.back().cp) && IsKeycapNext(input, i)) {
        emit(' ');
      }
      emit(cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp);
      continue;
    }
    const utf8proc_ssize_t n = FoldCodePoint(cp, buffer);
    if (n < 0) {
      emit(cp);  // cannot happen for valid code points; keep the text as it was
      continue;
    }
    for (utf8proc_ssize_t k = 0; k < n; ++k) {
      const char32_t out = static_cast<char32_t>(buffer[k]);
      emit(IsSpace(out) ? ' ' : out);
    }
  }
  return units;
}

// A letter of another script as step 2 folds it when it is not read as a look-alike.
char32_t FoldForeignLetter(char32_t cp) {
  utf8proc_int32_t buffer[kMaxFolded];
  return FoldCodePoint(cp, buffer) >= 1 ? static_cast<char32_t>(buffer[0]) : cp;
}

// Step 2b: look-alikes stand for Latin letters only in words that have no other letter of
// their script: "Аnies" is Anies, but a Russian or Greek word keeps its own letters.
void KeepForeignWords(Units* units) {
  Units& u = *units;
  const size_t n = u.size();
  for (size_t i = 0; i < n;) {
    if (!IsLetter(u[i].cp)) {
      ++i;
      continue;
    }
    size_t end = i;
    bool lookalikes = false, foreign = false;
    for (; end < n && IsLetter(u[end].cp); ++end) {
      lookalikes = lookalikes || u[end].lookalike_of != 0;
      foreign = foreign || u[end].cp >= 0x80;
    }
    if (lookalikes && foreign) {
      for (size_t k = i; k < end; ++k) {
        if (u[k].lookalike_of) u[k].cp = FoldForeignLetter(u[k].lookalike_of);
      }
    }
    i = end;
  }
}

// Step 3: runs of white space become one space; none at either end.
Units CollapseSpaces(const Units& in) {
  Units out;
  out.reserve(in.size());
  for (const Unit& u : in) {
    if (u.cp == ' ' && (out.empty() || out.back().cp == ' ')) {
      if (!out.empty()) out.back().wide_gap = true;
      continue;
    }
    out.push_back(u);
  }
  if (!out.empty() && out.back().cp == ' ') out.pop_back();
  return out;
}

bool IsJoinSeparator(char32_t c) {
  return c == ' ' || c == '.' || c == '-' || c == '_' || c == '*' || c == '/' || c == ',' ||
         c == '|' || c == '~' || c == '+';
}

// Step 4: "P R A B O W O", "g.a.n.j.a.r", "G 4 N J 4 R" -> one word. A run needs three
// or more single characters, two of them letters, with one or two separators between. A
// wider gap ends the word: "J a t e n g   b u t u h" -> "jateng butuh".
Units JoinSpacedLetters(const Units& in) {
  const size_t n = in.size();
  const auto alnum = [&](size_t k) { return k < n && IsLetterOrDigit(in[k].cp); };
  const auto single = [&](size_t k) {
    return alnum(k) && (k == 0 || !alnum(k - 1)) && !alnum(k + 1);
  };
  Units out;
  out.reserve(n);
  size_t i = 0;
  std::vector<size_t> run;
  while (i < n) {
    if (single(i)) {
      run.assign(1, i);
      size_t j = i + 1;
      for (;;) {
        size_t k = j;
        while (k < n && k - j < 2 && IsJoinSeparator(in[k].cp) && !in[k].wide_gap) ++k;
        if (k > j && single(k)) {
          run.push_back(k);
          j = k + 1;
        } else {
          break;
        }
      }
      // A digit ending the run is a number after the word ("G a n j a r 3"), unless it
      // reads as a letter there (0 and 4, as in "P R A B O W 0").
      while (run.size() > 1 && in[run.back()].cp >= '1' && in[run.back()].cp <= '9' && in[run.back()].cp != '4') {
        run.pop_back();
      }
      size_t letters = 0;
      for (size_t k : run) letters += IsLetter(in[k].cp) ? 1 : 0;
      if (run.size() >= 3 && letters >= 2) {
        // Only a run longer than one name can hold two words; shorter runs stay
        // unmarked, so that patterns such as "pilih\s+prabowo" still see one space.
        if (run.size() >= kMarkedRunLength) {
          Unit mark = in[run.front()];
          mark.cp = kJoinedRunMark;
          out.push_back(mark);
        }
        for (size_t k : run) out.push_back(in[k]);
        i = run.back() + 1;
        continue;
      }
    }
    out.push_back(in[i]);
    ++i;
  }
  return out;
}

// The letter a leet character stands for, or 0. '2' is left alone: "jkw2p" and
// "#te12de" are number wordplay, not leetspeak.
char32_t LeetLetter(char32_t c) {
  switch (c) {
    case '0': return 'o';
    case '1': return 'i';
    case '3': return 'e';
    case '4': return 'a';
    case '5': return 's';
    case '6': return 'g';
    case '7': return 't';
    case '8': return 'b';
    case '9': return 'g';
    case '@': return 'a';
    case '$': return 's';
    default: return 0;
  }
}

// Step 5: fold leetspeak in a word that shows it. The evidence is a single leet
// character between two letters ("pr4b0w0", "r1do"); then every run of one or two leet
// characters in that word is folded, and longer digit runs are kept ("g4nj4r2024" ->
// "ganjar2024"). Words without that evidence keep their digits ("2periode", "01juara"),
// except a word with one leet character at its edge right next to a word that shows
// evidence: a pair's names are written in one style ("r3nd1-3ddy", "A1rin Ad3").
void FoldLeetspeak(Units* units) {
  Units& u = *units;
  const size_t n = u.size();
  const auto ascii_alnum = [&](size_t k) {
    return k < n && (IsAsciiLetter(u[k].cp) || IsAsciiDigit(u[k].cp));
  };
  const auto in_word = [&](size_t k) {
    if (ascii_alnum(k)) return true;
    // '@' and '$' count only between letters or digits ("pr@bowo", not "@akun").
    return k < n && (u[k].cp == '@' || u[k].cp == '$') && k > 0 && ascii_alnum(k - 1) &&
           ascii_alnum(k + 1);
  };
  struct Word {
    size_t begin, end;
    bool evidence;
  };
  std::vector<Word> words;
  size_t i = 0;
  while (i < n) {
    if (!in_word(i)) {
      ++i;
      continue;
    }
    size_t end = i;
    while (end < n && in_word(end)) ++end;
    // Runs of non-letters inside [i, end).
    bool evidence = false;
    for (size_t k = i; k < end;) {
      if (IsAsciiLetter(u[k].cp)) {
        ++k;
        continue;
      }
      size_t r = k;
      while (r < end && !IsAsciiLetter(u[r].cp)) ++r;
      // One or two leet characters between letters: "pr4b0w0", "d10n".
      bool leet = r - k <= 2;
      for (size_t q = k; q < r; ++q) leet = leet && LeetLetter(u[q].cp);
      if (leet && k > i && r < end) evidence = true;
      k = r;
    }
    // A word ending in a lone 0 or 4 after three letters and a consonant reads as leet
    // too ("prabow0", "tig4"); 1, 2 and 3 are left alone there ("no1", "ganjar3").
    if (!evidence && end - i >= 4) {
      const char32_t last = u[end - 1].cp;
      bool letters = true;
      for (size_t k = i; k + 1 < end; ++k) letters = letters && IsAsciiLetter(u[k].cp);
      const char32_t before = u[end - 2].cp;
      const bool consonant = before != 'a' && before != 'e' && before != 'i' && before != 'o' && before != 'u';
      if (letters && consonant && (last == '0' || last == '4')) u[end - 1].cp = LeetLetter(last);
    }
    if (evidence) {
      for (size_t k = i; k < end;) {
        if (IsAsciiLetter(u[k].cp)) {
          ++k;
          continue;
        }
        size_t r = k;
        bool foldable = true;
        while (r < end && !IsAsciiLetter(u[r].cp)) {
          foldable = foldable && LeetLetter(u[r].cp) != 0;
          ++r;
        }
        if (r - k <= 2 && foldable) {
          for (size_t q = k; q < r; ++q) u[q].cp = LeetLetter(u[q].cp);
        }
        k = r;
      }
    }
    words.push_back(Word{i, end, evidence});
    i = end;
  }
  // One leet character at a word's edge, the rest letters, next to a word that showed
  // evidence: at the end after three letters ("yul1 d10n"), at the start only when
  // joined to it by a hyphen or slash ("r3nd1-3ddy"; "3jam" stays three hours); one at
  // each edge around letters ("a1r1n 4d3"). And "n0" before a number is "no" ("n0 2").
  const auto joined = [&](size_t a, size_t b) {  // [a, b) is the gap between two words
    if (b - a != 1) return false;
    return u[a].cp == '-' || u[a].cp == '/' || u[a].cp == '&' || u[a].cp == 0x2013;
  };
  for (size_t w = 0; w < words.size(); ++w) {
    const Word& word = words[w];
    if (word.evidence) continue;
    const size_t len = word.end - word.begin;
    if (len == 2 && u[word.begin].cp == 'n' && u[word.begin + 1].cp == '0' && w + 1 < words.size() &&
        words[w + 1].begin - word.end <= 2 && IsAsciiDigit(u[words[w + 1].begin].cp)) {
      u[word.begin + 1].cp = 'o';
      continue;
    }
    size_t digits = 0, edge = word.begin;
    for (size_t k = word.begin; k < word.end; ++k) {
      if (IsAsciiLetter(u[k].cp)) continue;
      ++digits;
      edge = k;
    }
    const bool before = w > 0 && words[w - 1].evidence;
    const bool after = w + 1 < words.size() && words[w + 1].evidence;
    const bool beside = (before && word.begin - words[w - 1].end <= 3) || (after && words[w + 1].begin - word.end <= 3);
    // Letters between two leet characters, beside a word that showed evidence: "a1r1n 4d3"
    // (not a size or a match: "3x4", "1v1").
    const bool times = len == 3 && (u[word.begin + 1].cp == 'x' || u[word.begin + 1].cp == 'v');
    if (digits == 2 && len >= 3 && beside && !times && LeetLetter(u[word.begin].cp) &&
        LeetLetter(u[word.end - 1].cp)) {
      u[word.begin].cp = LeetLetter(u[word.begin].cp);
      u[word.end - 1].cp = LeetLetter(u[word.end - 1].cp);
      continue;
    }
    if (len < 4) continue;
    if (digits != 1 || !LeetLetter(u[edge].cp)) continue;
    bool fold = false;
    if (edge + 1 == word.end) {
      fold = beside;
    } else if (edge == word.begin) {
      fold = before && joined(words[w - 1].end, word.begin);
    }
    if (fold) u[edge].cp = LeetLetter(u[edge].cp);
  }
}

// Step 6: "menaaaang" -> "menang". Runs of three or more of one letter become one,
// in words that have some other letter too ("PPP" stays "ppp").
Units SqueezeRepeats(const Units& in) {
  const size_t n = in.size();
  Units out;
  out.reserve(n);
  size_t i = 0;
  while (i < n) {
    if (!IsAsciiLetter(in[i].cp) && !IsAsciiDigit(in[i].cp)) {
      out.push_back(in[i]);
      ++i;
      continue;
    }
    size_t end = i;
    char32_t first_letter = 0;
    bool two_letters = false;  // the word has two different letters
    while (end < n && (IsAsciiLetter(in[end].cp) || IsAsciiDigit(in[end].cp))) {
      if (IsAsciiLetter(in[end].cp)) {
        if (first_letter == 0) first_letter = in[end].cp;
        else if (in[end].cp != first_letter) two_letters = true;
      }
      ++end;
    }
    for (size_t k = i; k < end;) {
      size_t r = k + 1;
      while (r < end && in[r].cp == in[k].cp) ++r;
      if (two_letters && IsAsciiLetter(in[k].cp) && r - k >= 3) {
        Unit merged = in[k];
        merged.u16_end = in[r - 1].u16_end;
        merged.byte_end = in[r - 1].byte_end;
        out.push_back(merged);
      } else {
        for (size_t q = k; q < r; ++q) out.push_back(in[q]);
      }
      k = r;
    }
    i = end;
  }
  return out;
}

// Step 7: a number written as a word right after a ballot word becomes digits
// ("nomer telu" -> "nomer 3", "no urut dua belas" -> "no urut 12"), so that every
// language's number words meet the packs' ballot codes. Elsewhere number words stay
// words: "dua gelas" is not a ballot number.
bool IsBallotWord(const std::string& w) {
  return w == "no" || w == "nomor" || w == "nomer" || w == "nmr" || w == "nmor" || w == "urut" ||
         w == "paslon";
}

// Units (1-9) in Indonesian and the regional languages people post in, or 0: Javanese,
// Sundanese, Betawi, Madurese, Minang, Banjar, Acehnese, Bugis, Makassar, Batak Toba and
// Balinese. Only after a ballot word, so "sa" and "rua" cannot be read as numbers in
// running text.
int UnitValue(const std::string& w) {
  static const struct { const char* word; int value; } kUnits[] = {
      {"satu", 1},  {"siji", 1},    {"hiji", 1},    {"setunggal", 1}, {"settong", 1}, {"sittong", 1},
      {"ciek", 1},  {"asa", 1},     {"sa", 1},      {"sada", 1},      {"besik", 1},  {"siki", 1},
      {"atu", 1},
      {"dua", 2},   {"loro", 2},    {"kalih", 2},   {"due", 2},       {"duwa", 2},   {"duo", 2},
      {"rua", 2},
      {"tiga", 3},  {"telu", 3},    {"tilu", 3},    {"tige", 3},      {"tello", 3},  {"tigo", 3},
      {"talu", 3},  {"lhee", 3},    {"tellu", 3},   {"tallu", 3},     {"tolu", 3},
      {"empat", 4}, {"papat", 4},   {"opat", 4},    {"empa", 4},      {"ampek", 4},  {"ampat", 4},
      {"peuet", 4}, {"eppa", 4},    {"appa", 4},
      {"lima", 5},  {"limo", 5},    {"lema", 5},    {"limong", 5},
      {"enam", 6},  {"genep", 6},   {"anam", 6},    {"tujuh", 7},     {"pitu", 7},   {"tujuah", 7},
      {"delapan", 8}, {"wolu", 8},  {"dalapan", 8}, {"sembilan", 9},  {"songo", 9},
      // Sundanese nine; in Minang "salapan" is eight, and ballot numbers above 5 are
      // party numbers, rarely written in Minang.
      {"salapan", 9}, {"sambilan", 9},
  };
  for (const auto& u : kUnits) {
    if (w == u.word) return u.value;
  }
  return 0;
}

// A one-word number from 10 to 24, or 0: the teens, and the Javanese and Sundanese
// "likur" words for 21 to 24, the Aceh local parties' numbers in 2024.
int OneWordValue(const std::string& w) {
  static const struct { const char* word; int value; } kWords[] = {
      {"sepuluh", 10}, {"sapuluh", 10}, {"siploh", 10}, {"sebelas", 11}, {"sewelas", 11},
      {"rolas", 12}, {"telulas", 13}, {"patbelas", 14}, {"limolas", 15}, {"nembelas", 16},
      {"pitulas", 17}, {"wolulas", 18}, {"songolas", 19}, {"selikur", 21}, {"salikur", 21},
      {"rolikur", 22}, {"dualikur", 22}, {"telulikur", 23}, {"tilulikur", 23},
      {"patlikur", 24}, {"opatlikur", 24},
  };
  for (const auto& t : kWords) {
    if (w == t.word) return t.value;
  }
  return 0;
}

// "Puluh" (tens) in Indonesian, Javanese and Sundanese, and Acehnese "ploh".
bool IsTensWord(const std::string& w) { return w == "puluh" || w == "ploh"; }

void BallotNumberWords(Units* units) {
  Units& u = *units;
  // Words as [begin, end) unit ranges of ASCII letters and digits.
  std::vector<std::pair<size_t, size_t>> words;
  for (size_t i = 0; i < u.size();) {
    if (!IsAsciiLetter(u[i].cp) && !IsAsciiDigit(u[i].cp)) {
      ++i;
      continue;
    }
    size_t end = i;
    while (end < u.size() && (IsAsciiLetter(u[end].cp) || IsAsciiDigit(u[end].cp))) ++end;
    words.emplace_back(i, end);
    i = end;
  }
  // A word as letters: after a ballot word a digit inside a word is leet ("du4").
  const auto text = [&](size_t k) {
    std::string w;
    bool letter = false;
    for (size_t q = words[k].first; q < words[k].second; ++q) {
      const char32_t c = u[q].cp;
      const char32_t l = IsAsciiDigit(c) ? LeetLetter(c) : c;
      letter = letter || IsAsciiLetter(c);
      w.push_back(static_cast<char>(l ? l : c));
    }
    return letter ? w : std::string();
  };
  // Only spaces between the words of one number ("dua belas"), at most three between
  // the ballot word and the number ("no. tiga").
  const auto adjacent = [&](size_t a, size_t b, size_t most) {
    if (words[b].first - words[a].second > most) return false;
    for (size_t q = words[a].second; q < words[b].first; ++q) {
      if (IsAsciiLetter(u[q].cp) || IsAsciiDigit(u[q].cp)) return false;
    }
    return true;
  };
  struct Replacement { size_t begin, end; int value; };
  std::vector<Replacement> replacements;
  for (size_t k = 1; k < words.size(); ++k) {
    if (!IsBallotWord(text(k - 1)) || !adjacent(k - 1, k, 3)) continue;
    const std::string first = text(k);
    int value = OneWordValue(first);
    size_t last = k;
    if (value == 0) {
      const bool next = k + 1 < words.size() && adjacent(k, k + 1, 1);
      // Javanese says "rong puluh" for twenty; "rong" alone is no number.
      value = first == "rong" && next && IsTensWord(text(k + 1)) ? 2 : UnitValue(first);
      if (value == 0) continue;
      if (next && text(k + 1) == "belas" && value >= 2) {
        value += 10;
        last = k + 1;
      } else if (next && IsTensWord(text(k + 1)) && value == 2) {
        value = 20;
        last = k + 1;
        if (k + 2 < words.size() && adjacent(k + 1, k + 2, 1) && UnitValue(text(k + 2)) > 0) {
          value += UnitValue(text(k + 2));
          last = k + 2;
        }
      }
    }
    replacements.push_back({words[k].first, words[last].second, value});
  }
  if (replacements.empty()) return;
  Units out;
  out.reserve(u.size());
  size_t next = 0;
  for (const Replacement& r : replacements) {
    out.insert(out.end(), u.begin() + next, u.begin() + r.begin);
    const std::string digits = std::to_string(r.value);
    for (char d : digits) {
      Unit unit = u[r.begin];
      unit.cp = static_cast<char32_t>(d);
      unit.u16_end = u[r.end - 1].u16_end;
      unit.byte_end = u[r.end - 1].byte_end;
      out.push_back(unit);
    }
    next = r.end;
  }
  out.insert(out.end(), u.begin() + next, u.end());
  u.swap(out);
}

// Step 8: "cebong2" -> "cebong-cebong". A 2 right after a word of three or more letters
// writes the word twice, the plural of chat ("ibu2", "relawan2"); spelled out, the word is
// found by the packs' keywords. Not in hashtags and handles, where digits are part of the
// tag ("#prabowo2"), and not after a ballot word, where "nomor2" may be "nomor 2".
Units SpellOutReduplication(const Units& in) {
  const size_t n = in.size();
  Units out;
  out.reserve(n);
  size_t i = 0;
  while (i < n) {
    if (!IsAsciiLetter(in[i].cp)) {
      out.push_back(in[i]);
      ++i;
      continue;
    }
    size_t end = i;
    while (end < n && IsAsciiLetter(in[end].cp)) ++end;
    out.insert(out.end(), in.begin() + i, in.begin() + end);
    const bool tagged = i > 0 && (in[i - 1].cp == '#' || in[i - 1].cp == '@');
    const bool after_word = i == 0 || !IsLetterOrDigit(in[i - 1].cp);
    const bool two = end < n && in[end].cp == '2' && (end + 1 == n || !IsLetterOrDigit(in[end + 1].cp));
    std::string word;  // spelled only for the rare candidate: this runs on every word of every post
    if (two && !tagged && after_word && end - i >= 3) {
      for (size_t k = i; k < end; ++k) word.push_back(static_cast<char>(in[k].cp));
    }
    if (!word.empty() && !IsBallotWord(word)) {
      Unit dash = in[end];
      dash.cp = '-';
      out.push_back(dash);
      for (size_t k = i; k < end; ++k) {
        Unit copy = in[end];
        copy.cp = in[k].cp;
        out.push_back(copy);
      }
      i = end + 1;
    } else {
      i = end;
    }
  }
  return out;
}

Units NormalizeUnits(const std::string& input) {
  Units units = DecodeAndFold(input);
  KeepForeignWords(&units);
  units = JoinSpacedLetters(CollapseSpaces(units));
  FoldLeetspeak(&units);
  units = SqueezeRepeats(units);
  BallotNumberWords(&units);
  return SpellOutReduplication(units);
}

}  // namespace

NormalizedText Normalize(const std::string& input) {
  const Units units = NormalizeUnits(input);
  NormalizedText result;
  result.text.reserve(units.size());
  for (const Unit& u : units) {
    const size_t before = result.text.size();
    AppendUtf8(u.cp, &result.text);
    for (size_t k = before; k < result.text.size(); ++k) {
      result.u16_begin.push_back(u.u16_begin);
      result.u16_end.push_back(u.u16_end);
      result.byte_begin.push_back(u.byte_begin);
      result.byte_end.push_back(u.byte_end);
    }
  }
  return result;
}

std::string NormalizeText(const std::string& input) {
  std::string text;
  for (const Unit& u : NormalizeUnits(input)) AppendUtf8(u.cp, &text);
  return text;
}

}  // namespace jaganetral
