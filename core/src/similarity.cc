#include "similarity.h"

#include <algorithm>
#include <unordered_set>

#include "utf8.h"

namespace jaganetral {
namespace {

bool IsWordByte(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

// A symbol worth a feature: emoji, dingbats, arrows (U+2100..U+2BFF, U+1F000..U+1FAFF).
// Letters of other scripts, punctuation and the joined-run mark (U+2063) are not.
bool IsSymbol(char32_t cp) {
  // Regional indicators spell flags two by two ("🇮🇩"); alone they would count one flag
  // three times (each letter and the pair).
  if (cp >= 0x1F1E6 && cp <= 0x1F1FF) return false;
  return (cp >= 0x2100 && cp <= 0x2BFF) || (cp >= 0x1F000 && cp <= 0x1FAFF);
}

}  // namespace

std::vector<Feature> SimilarityFeatures(const std::string& normalized) {
  std::vector<Feature> tokens;
  size_t i = 0;
  while (i < normalized.size()) {
    if (IsWordByte(normalized[i])) {
      size_t end = i;
      while (end < normalized.size() && IsWordByte(normalized[end])) ++end;
      tokens.push_back(Feature{normalized.substr(i, end - i), i, end});
      i = end;
      continue;
    }
    char32_t cp;
    const size_t len = DecodeUtf8(normalized, i, &cp);
    if (IsSymbol(cp)) tokens.push_back(Feature{normalized.substr(i, len), i, i + len});
    i += len;
  }
  std::vector<Feature> features;
  features.reserve(tokens.size() * 2);
  std::unordered_set<std::string> seen;
  for (size_t k = 0; k < tokens.size(); ++k) {
    if (seen.insert(tokens[k].name).second) features.push_back(tokens[k]);
    if (k + 1 < tokens.size()) {
      Feature pair{tokens[k].name + " " + tokens[k + 1].name, tokens[k].begin, tokens[k + 1].end};
      if (seen.insert(pair.name).second) features.push_back(std::move(pair));
    }
  }
  return features;
}

SimilarityResult ScoreSimilarity(const SimilarityModel& model, const std::string& normalized, size_t keep,
                                 std::vector<std::pair<std::string, double>>* weighed) {
  SimilarityResult result;
  if (!model.loaded) return result;
  result.margin = model.bias;
  std::vector<std::pair<double, Feature>> raised;
  for (Feature& f : SimilarityFeatures(normalized)) {
    auto it = model.weights.find(f.name);
    if (it == model.weights.end()) continue;
    result.margin += it->second;
    if (weighed) weighed->emplace_back(f.name, it->second);
    if (it->second > 0) raised.emplace_back(it->second, std::move(f));
  }
  std::stable_sort(raised.begin(), raised.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  for (size_t k = 0; k < raised.size() && k < keep; ++k) result.strongest.push_back(std::move(raised[k].second));
  return result;
}

}  // namespace jaganetral
