// Turns the keyword lists of a pack into RE2 patterns over normalized text.

#ifndef JAGANETRAL_KEYWORD_PATTERN_H_
#define JAGANETRAL_KEYWORD_PATTERN_H_

#include <string>
#include <vector>

namespace jaganetral {

// Whole-word keywords: "prabowo gibran" matches "prabowo-gibran", "prabowo / gibran"
// and "prabowogibran"; keywords of five or more letters and digits also match anywhere
// inside a hashtag ("#bersamaprabowo"), of four only at its start ("#aminaja").
// Keywords must already be normalized and non-empty.
std::string WordsPattern(const std::vector<std::string>& keywords);

// A pair's names followed at once by its own ballot number: "fallas ridwan 1",
// "prabowo-gibran 02". Empty when there are no names or no number.
std::string NamesWithNumberPattern(const std::vector<std::string>& names, int number);

// A pair's two-word names with a conjunction or an honorific between the words, as
// people write two running mates: "agustina-pak iswar", "edy dohot hasan", "anies dan
// cak imin" for "agustina iswar", "edy hasan", "anies imin". Empty when no name has two
// words.
std::string PairNamesJoinedPattern(const std::vector<std::string>& names);

// Hashtags, written with or without '#': "#tag" and any longer hashtag starting with it.
std::string HashtagsPattern(const std::vector<std::string>& tags);

// Handles, written with or without '@': "@handle" as a whole handle.
std::string HandlesPattern(const std::vector<std::string>& handles);

// Gesture tokens by name ("victory" -> ":victory:").
std::string GesturesPattern(const std::vector<std::string>& names);

// The letters and digits of a normalized keyword, split at everything else.
std::vector<std::string> KeywordParts(const std::string& normalized);

}  // namespace jaganetral

#endif  // JAGANETRAL_KEYWORD_PATTERN_H_
