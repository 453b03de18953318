// The similarity model: how much a text's wording resembles the campaign posts of the
// labeled corpus, as a second opinion beside the patterns. Patterns catch what rule
// authors have seen; every new writer brings particles, praise and allusions they have
// not, and many of those share wording with campaign posts the corpus already holds.
//
// The model is a linear one (a logistic regression, fitted by scripts/train-similarity
// and written into a pack as data) over words and word pairs of the normalized text.
// Its margin is a sum of per-feature weights, so every verdict it touches can name the words that
// made it: the engine reports them as the spans of a cue, like any pattern match.

#ifndef JAGANETRAL_SIMILARITY_H_
#define JAGANETRAL_SIMILARITY_H_

#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace jaganetral {

// One feature of a text: a word ("coblos"), a word pair ("ayo coblos") or a symbol
// ("💪"), with the normalized bytes of its first occurrence.
struct Feature {
  std::string name;
  size_t begin = 0, end = 0;
};

// The distinct features of normalized text, in order of first occurrence. Words are
// runs of ASCII letters and digits (gesture tokens such as ":victory:" give their
// name); every other character from U+2000 up that is not a letter is a symbol of its
// own; pairs join two neighbouring words or symbols with one space.
std::vector<Feature> SimilarityFeatures(const std::string& normalized);

struct SimilarityModel {
  bool loaded = false;
  double bias = 0;
  std::unordered_map<std::string, double> weights;
};

struct SimilarityResult {
  double margin = 0;                // bias + the weights of the text's features
  std::vector<Feature> strongest;   // the features that raised it most, strongest first
};

// Scores `normalized`; `strongest` keeps at most `keep` features of positive weight.
// With `weighed`, every feature the model knows is also appended to it with its weight,
// in text order (for `jaganetral classify --explain`).
SimilarityResult ScoreSimilarity(const SimilarityModel& model, const std::string& normalized, size_t keep,
                                 std::vector<std::pair<std::string, double>>* weighed = nullptr);

}  // namespace jaganetral

#endif  // JAGANETRAL_SIMILARITY_H_
