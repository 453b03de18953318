#include "emoji_map.h"

#include <cstring>

namespace jaganetral {
namespace {

struct Gesture {
  char32_t cp;
  const char* name;
};

// Hand gestures named in BKN's list of forbidden photo poses, and the signs the 2017–2024
// campaigns used (index finger 01, V sign 02, thumbs up 2019, OK hand 2017).
constexpr Gesture kGestures[] = {
    {0x261D, "index_up"},         // WHITE UP POINTING INDEX
    {0x1F446, "index_up"},        // BACKHAND INDEX POINTING UP
    {0x270C, "victory"},          // VICTORY HAND
    {0x1F44D, "thumbs_up"},
    {0x1F44E, "thumbs_down"},
    {0x1F44C, "ok_hand"},
    {0x1F91F, "love_you"},
    {0x1F918, "horns"},
    {0x1FAF0, "finger_heart"},    // HAND WITH INDEX FINGER AND THUMB CROSSED
    {0x1F919, "call_me"},
    {0x270A, "fist"},             // RAISED FIST
    {0x1F44A, "fist"},            // FISTED HAND SIGN
    {0x1F91B, "fist"},
    {0x1F91C, "fist"},
    {0x270B, "raised_hand"},
    {0x1F590, "raised_hand"},     // RAISED HAND WITH FINGERS SPLAYED
    {0x1F91E, "crossed_fingers"},
    {0x1FAF6, "heart_hands"},
    {0x1F449, "point_right"},
    {0x1FAF5, "point_at_viewer"},
    {0x1F90C, "pinched"},
};

}  // namespace

const char* GestureName(char32_t cp) {
  for (const Gesture& g : kGestures) {
    if (g.cp == cp) return g.name;
  }
  return nullptr;
}

bool IsGestureName(const std::string& name) {
  for (const Gesture& g : kGestures) {
    if (name == g.name) return true;
  }
  return false;
}

int EmojiDigitValue(char32_t cp) {
  if (cp >= 0x2776 && cp <= 0x277F) return static_cast<int>(cp - 0x2776) + 1;  // ❶..❿
  if (cp >= 0x2780 && cp <= 0x2789) return static_cast<int>(cp - 0x2780) + 1;  // ➀..➉
  if (cp >= 0x278A && cp <= 0x2793) return static_cast<int>(cp - 0x278A) + 1;  // ➊..➓
  if (cp >= 0x24EB && cp <= 0x24F4) return static_cast<int>(cp - 0x24EB) + 11;  // ⓫..⓴
  if (cp >= 0x24F5 && cp <= 0x24FE) return static_cast<int>(cp - 0x24F5) + 1;   // ⓵..⓾
  if (cp == 0x24FF) return 0;                                                    // ⓿
  if (cp == 0x1F51F) return 10;                                                  // 🔟
  return -1;
}

bool IsInvisible(char32_t cp) {
  if (cp >= 0xFE00 && cp <= 0xFE0F) return true;    // variation selectors
  if (cp >= 0xE0100 && cp <= 0xE01EF) return true;  // variation selectors supplement
  if (cp >= 0x1F3FB && cp <= 0x1F3FF) return true;  // skin-tone modifiers
  if (cp >= 0xE0000 && cp <= 0xE007F) return true;  // tag characters (flag sequences)
  if (cp >= 0x202A && cp <= 0x202E) return true;    // bidi embedding controls
  if (cp >= 0x2060 && cp <= 0x2064) return true;    // word joiner, invisible operators
  if (cp >= 0x200B && cp <= 0x200F) return true;    // zero-width space/joiners, bidi marks
  switch (cp) {
    case 0x20E3:  // COMBINING ENCLOSING KEYCAP: "2️⃣" reads "2"
    case 0x00AD:  // SOFT HYPHEN
    case 0x034F:  // COMBINING GRAPHEME JOINER
    case 0x061C:  // ARABIC LETTER MARK
    case 0x115F:  // HANGUL fillers, used to fake empty names
    case 0x1160:
    case 0x3164:
    case 0xFFA0:
    case 0x17B4:
    case 0x17B5:
    case 0x180E:  // MONGOLIAN VOWEL SEPARATOR
    case 0xFEFF:  // ZERO WIDTH NO-BREAK SPACE
      return true;
    default:
      return false;
  }
}

}  // namespace jaganetral
