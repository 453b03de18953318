// Emoji that carry meaning in campaign posts: hand gestures (a raised index finger was
// pair 01's sign in 2024, a V sign pair 02's) and digits written as emoji or dingbats.

#ifndef JAGANETRAL_EMOJI_MAP_H_
#define JAGANETRAL_EMOJI_MAP_H_

#include <string>

namespace jaganetral {

// The token name of a hand-gesture emoji ("victory" for U+270C), or nullptr.
const char* GestureName(char32_t cp);

// True when `name` is a gesture token name the normalizer produces.
bool IsGestureName(const std::string& name);

// The number written by a dingbat or emoji digit that NFKC leaves alone
// (U+2776 DINGBAT NEGATIVE CIRCLED DIGIT ONE -> 1, U+1F51F KEYCAP TEN -> 10), or -1.
int EmojiDigitValue(char32_t cp);

// True for code points dropped before anything else: variation selectors, the keycap
// combining mark (so "2️⃣" reads "2"), skin-tone modifiers, zero-width characters.
bool IsInvisible(char32_t cp);

}  // namespace jaganetral

#endif  // JAGANETRAL_EMOJI_MAP_H_
