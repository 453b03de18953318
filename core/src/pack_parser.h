// Reads rule packs (rules/README.md) into a Catalog, checking everything: types, unknown
// keys, ids (unique across packs), references (elections, legal bases, entities, cues),
// dates, region codes, gesture names, and each pattern's RE2 syntax.

#ifndef JAGANETRAL_PACK_PARSER_H_
#define JAGANETRAL_PACK_PARSER_H_

#include <memory>
#include <vector>

#include "catalog.h"
#include "jaganetral/engine.h"

namespace jaganetral {

// Builds a catalog from `packs`. Returns every problem found; the catalog is only
// meaningful when the status is ok.
Status BuildCatalog(const std::vector<PackSource>& packs, Catalog* catalog);

// True for "*" or a Kemendagri code such as "33", "33.25", "33.25.01", "33.25.01.2001".
bool IsValidRegionCode(const std::string& code);

}  // namespace jaganetral

#endif  // JAGANETRAL_PACK_PARSER_H_
