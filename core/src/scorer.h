// Combines the matches in one text into a verdict, as rules/README.md describes under
// "How a verdict is scored": rules fire at their strongest place, weighted by region,
// period and action; counter-cues and balanced mentions pull the score down.

#ifndef JAGANETRAL_SCORER_H_
#define JAGANETRAL_SCORER_H_

#include <string>
#include <vector>

#include "catalog.h"
#include "jaganetral/engine.h"
#include "matcher.h"
#include "normalize.h"

namespace jaganetral {

// `request.settings` must already be sanitized and `date` valid.
Verdict Score(const Catalog& catalog, const Request& request, const std::string& date,
              const NormalizedText& text, const std::string& original,
              const std::vector<Hit>& hits);

}  // namespace jaganetral

#endif  // JAGANETRAL_SCORER_H_
