// Reading rule packs from disk, for the native tools (CLI, tests, benchmarks). The
// extension and wasm get pack texts from elsewhere and never call this.

#ifndef JAGANETRAL_PACK_FILES_H_
#define JAGANETRAL_PACK_FILES_H_

#include <string>
#include <vector>

#include "jaganetral/engine.h"

namespace jaganetral {

// Appends to `packs` the contents of each path: a pack file, or a folder whose *.json
// files are read in name order. Returns every path that could not be read (a missing
// or unreadable file, a folder without *.json) as a problem with pointer "/".
Status ReadPackFiles(const std::vector<std::string>& paths, std::vector<PackSource>* packs);

}  // namespace jaganetral

#endif  // JAGANETRAL_PACK_FILES_H_
