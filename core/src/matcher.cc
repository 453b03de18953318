#include "matcher.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <unordered_map>
#include <utility>

namespace jaganetral {

struct Matcher::Impl {
  RE2::Options options;
  std::unique_ptr<RE2::Set> set;
  // The set holds each distinct pattern once: packs repeat patterns (every regional
  // pair numbered 1 lists the same codes), and the duplicates were half of the set's
  // program, so half of the start-up time. patterns[i] is the set's pattern i, and
  // signals_of[i] the signals (ascending) that share it.
  std::vector<std::string> patterns;
  std::vector<std::vector<int>> signals_of;
  // Confirmation patterns, compiled the first time the set reports them: most signals
  // never match a given user's feed, and compiling all of them up front would double
  // the start-up time.
  std::vector<std::unique_ptr<RE2>> confirm;
};

Matcher::Matcher(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Matcher::~Matcher() = default;

RE2::Options MatchOptions() {
  RE2::Options options;
  options.set_encoding(RE2::Options::EncodingLatin1);
  options.set_case_sensitive(true);
  options.set_log_errors(false);
  // The set's DFA caches states within this budget; beyond it Match reports an error
  // and Find confirms every pattern instead, still in linear time. The budget holds the
  // compiled set too, and the DFA gets only what the set leaves: at 64 MB the packs of
  // stop 11 left it so little that its cache was thrown away again and again, and every
  // post took 2.7 times as long. Memory is taken only as states are cached.
  options.set_max_mem(128 << 20);
  return options;
}

std::unique_ptr<Matcher> Matcher::Build(const Catalog& catalog, Status* status) {
  auto impl = std::make_unique<Impl>();
  impl->options = MatchOptions();
  impl->set = std::make_unique<RE2::Set>(impl->options, RE2::UNANCHORED);
  std::vector<Problem> problems;
  std::unordered_map<std::string, int> index_of;  // pattern -> its index in the set
  std::unordered_map<std::string, std::string> errors;  // pattern -> why it is invalid
  for (size_t s = 0; s < catalog.signals.size(); ++s) {
    const Signal& signal = catalog.signals[s];
    if (signal.pattern.empty()) continue;  // a similarity cue: the engine adds its matches
    if (auto known = index_of.find(signal.pattern); known != index_of.end()) {
      impl->signals_of[known->second].push_back(static_cast<int>(s));
      continue;
    }
    // An invalid pattern is reported at every signal that uses it, as before.
    if (auto bad = errors.find(signal.pattern); bad != errors.end()) {
      problems.push_back(Problem{signal.file, signal.pointer, "invalid regular expression: " + bad->second});
      continue;
    }
    std::string error;
    if (impl->set->Add(signal.pattern, &error) < 0) {
      problems.push_back(Problem{signal.file, signal.pointer, "invalid regular expression: " + error});
      errors.emplace(signal.pattern, error);
      continue;
    }
    index_of.emplace(signal.pattern, static_cast<int>(impl->patterns.size()));
    impl->patterns.push_back(signal.pattern);
    impl->signals_of.push_back({static_cast<int>(s)});
  }
  if (problems.empty() && !catalog.signals.empty() && !impl->set->Compile()) {
    problems.push_back(Problem{"", "/", "the patterns of all packs together are too large to compile"});
  }
  *status = Status(std::move(problems));
  if (!status->ok()) return nullptr;
  impl->confirm.resize(impl->patterns.size());
  return std::unique_ptr<Matcher>(new Matcher(std::move(impl)));
}

std::vector<Hit> Matcher::Find(const std::string& text) {
  std::vector<Hit> hits;
  if (impl_->patterns.empty() || text.empty()) return hits;
  std::vector<int> matched;
  RE2::Set::ErrorInfo info;
  if (!impl_->set->Match(text, &matched, &info)) {
    if (info.kind != RE2::Set::kNoError) {
      // The DFA ran out of memory on this text: confirm every pattern instead. Slower,
      // still linear per pattern, and never a wrong answer.
      matched.clear();
      for (size_t i = 0; i < impl_->patterns.size(); ++i) matched.push_back(static_cast<int>(i));
    } else {
      return hits;
    }
  }
  std::vector<std::pair<size_t, size_t>> spans;
  for (int index : matched) {
    std::unique_ptr<RE2>& re = impl_->confirm[index];
    if (!re) re = std::make_unique<RE2>(impl_->patterns[index], impl_->options);
    if (!re->ok()) continue;
    re2::StringPiece input(text);
    re2::StringPiece match;
    size_t pos = 0;
    spans.clear();
    while (pos <= text.size() && static_cast<int>(spans.size()) < kMaxHitsPerSignal &&
           re->Match(input, pos, text.size(), RE2::UNANCHORED, &match, 1)) {
      const size_t begin = static_cast<size_t>(match.data() - text.data());
      const size_t end = begin + match.size();
      if (end > begin) spans.emplace_back(begin, end);
      pos = end > begin ? end : begin + 1;
    }
    for (int signal : impl_->signals_of[index]) {
      for (const auto& [begin, end] : spans) hits.push_back(Hit{signal, begin, end});
    }
  }
  // Ordered by signal then position, as before sharing: each signal's hits are
  // already in position order, and a stable sort keeps them so.
  std::stable_sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.signal < b.signal; });
  return hits;
}

}  // namespace jaganetral
