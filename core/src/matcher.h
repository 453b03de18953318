// One pass over the normalized text for every pattern of every pack (RE2::Set), then
// exact spans only for the patterns that pass found. Linear in the text whatever the
// patterns: RE2 never backtracks.

#ifndef JAGANETRAL_MATCHER_H_
#define JAGANETRAL_MATCHER_H_

#include <memory>
#include <string>
#include <vector>

#include "catalog.h"
#include "jaganetral/engine.h"

#include <re2/re2.h>

namespace jaganetral {

// The options every pattern is compiled with, in the set and on its own. Normalized
// text is already case-folded, so matching is case-sensitive; and it is matched as
// bytes (Latin-1 mode), because UTF-8 mode expands every negated class such as
// [^a-z0-9] into a large automaton of multi-byte ranges, which made compiling the
// packs several times slower. A pattern's non-ASCII literals are UTF-8 bytes and
// still match themselves; spans that end inside a character map to the whole character.
re2::RE2::Options MatchOptions();

// A match of one signal: [begin, end) in bytes of the normalized text.
struct Hit {
  int signal;
  size_t begin;
  size_t end;
};

class Matcher {
 public:
  // Compiles every signal of `catalog` into one set. On failure, the problems name the
  // pattern's file and JSON pointer.
  static std::unique_ptr<Matcher> Build(const Catalog& catalog, Status* status);
  ~Matcher();

  // Every match of every signal in `text`, at most kMaxHitsPerSignal per signal,
  // ordered by signal then position.
  std::vector<Hit> Find(const std::string& text);

  static constexpr int kMaxHitsPerSignal = 32;

 private:
  struct Impl;
  explicit Matcher(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace jaganetral

#endif  // JAGANETRAL_MATCHER_H_
