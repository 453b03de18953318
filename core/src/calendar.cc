#include "calendar.h"

#include <algorithm>

namespace jaganetral {
namespace {

bool IsPrefixRegion(const std::string& outer, const std::string& inner) {
  return inner.size() > outer.size() && inner.compare(0, outer.size(), outer) == 0 &&
         inner[outer.size()] == '.';
}

double PhaseWeight(const Scoring& scoring, const std::string& phase) {
  auto it = scoring.phase_weights.find(phase);
  return it == scoring.phase_weights.end() ? 1.0 : it->second;
}

}  // namespace

bool RegionCovers(const std::string& election_region, const std::string& user_region) {
  return election_region == "*" || election_region == user_region ||
         IsPrefixRegion(election_region, user_region) || IsPrefixRegion(user_region, election_region);
}

bool ElectionCoversUser(const Election& election, const std::vector<std::string>& user_regions) {
  if (user_regions.empty()) {
    // No region chosen: only national elections are the user's own calendar.
    return std::find(election.regions.begin(), election.regions.end(), "*") != election.regions.end();
  }
  for (const std::string& region : election.regions) {
    for (const std::string& user : user_regions) {
      if (RegionCovers(region, user)) return true;
    }
  }
  return false;
}

std::vector<ActivePhase> ActiveElections(const Catalog& catalog, const Settings& settings,
                                         const std::string& date) {
  std::vector<ActivePhase> active;
  for (size_t i = 0; i < catalog.elections.size(); ++i) {
    const Election& election = catalog.elections[i];
    if (!settings.elections.empty() &&
        std::find(settings.elections.begin(), settings.elections.end(), election.id) ==
            settings.elections.end()) {
      continue;
    }
    if (!ElectionCoversUser(election, settings.regions)) continue;
    std::vector<PhaseDates> phases = election.phases;
    auto overrides = settings.phase_overrides.find(election.id);
    if (overrides != settings.phase_overrides.end()) {
      for (const PhaseDates& o : overrides->second) {
        auto same = std::find_if(phases.begin(), phases.end(),
                                 [&](const PhaseDates& p) { return p.phase == o.phase; });
        if (same != phases.end()) *same = o;
        else phases.push_back(o);
      }
    }
    ActivePhase best;
    for (const PhaseDates& phase : phases) {
      if (phase.start.empty() || date < phase.start || date > phase.end) continue;
      const double weight = PhaseWeight(catalog.scoring, phase.phase);
      if (best.election < 0 || weight > best.weight) {
        best = ActivePhase{static_cast<int>(i), phase.phase, phase.start, phase.end, weight};
      }
    }
    if (best.election >= 0) active.push_back(best);
  }
  if (settings.custom_period && !(date < settings.custom_period->start) &&
      !(date > settings.custom_period->end)) {
    active.push_back(ActivePhase{-1, "campaign", settings.custom_period->start,
                                 settings.custom_period->end,
                                 PhaseWeight(catalog.scoring, "campaign")});
  }
  return active;
}

}  // namespace jaganetral
