// Letters of other scripts that look like Latin ones: "Аnies Вaswedan" with a Cyrillic
// А and В, "ᴘʀᴀʙᴏᴡᴏ" in small capitals, "🅰🅼🅸🅽" in squared letters. NFKC folds
// fullwidth and mathematical letters, but not these: they are different letters to
// Unicode, and the same letters to a reader.

#ifndef JAGANETRAL_CONFUSABLES_H_
#define JAGANETRAL_CONFUSABLES_H_

namespace jaganetral {

// The lowercase ASCII letter `cp` is written to look like, or 0. Upper and lower case of
// Cyrillic and Greek are told apart before case folding, because they imitate different
// Latin letters (Greek capital Μ is "m", small μ is "u").
char32_t LatinLookalike(char32_t cp);

}  // namespace jaganetral

#endif  // JAGANETRAL_CONFUSABLES_H_
