// Which elections concern the user (by region), and which are active on a date, in
// which phase.

#ifndef JAGANETRAL_CALENDAR_H_
#define JAGANETRAL_CALENDAR_H_

#include <string>
#include <vector>

#include "catalog.h"
#include "jaganetral/engine.h"

namespace jaganetral {

// True when an election held in `election_region` concerns a user in `user_region`:
// "*" covers everyone, "33" covers "33.25", and a user who chose only "33" is
// concerned by "33.25" too.
bool RegionCovers(const std::string& election_region, const std::string& user_region);

// True when `election` concerns a user in any of `user_regions`; a user who chose no
// region is concerned by national elections only.
bool ElectionCoversUser(const Election& election, const std::vector<std::string>& user_regions);

// An election active for the user on a date.
struct ActivePhase {
  int election = -1;  // index into Catalog::elections; -1 for the user's custom period
  std::string phase;
  std::string start, end;
  double weight = 1;
};

// The elections that concern the user and are active on `date`, each in its
// heaviest phase that day. Phase dates come from the pack, replaced by the user's
// phase_overrides of the same phase; the custom period, when it covers `date`, is
// reported as a campaign phase with election -1.
std::vector<ActivePhase> ActiveElections(const Catalog& catalog, const Settings& settings,
                                         const std::string& date);

}  // namespace jaganetral

#endif  // JAGANETRAL_CALENDAR_H_
