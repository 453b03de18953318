#include "matcher.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>

namespace jaganetral {

struct Matcher::Impl {
  RE2::Options options;
  std::unique_ptr<RE2::Set> set;
  std::vector<std::string> patterns;
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
  // and Find confirms every pattern instead, still in linear time.
  options.set_max_mem(64 << 20);
  return options;
}

std::unique_ptr<Matcher> Matcher::Build(const Catalog& catalog, Status* status) {
  auto impl = std::make_unique<Impl>();
  impl->options = MatchOptions();
  impl->set = std::make_unique<RE2::Set>(impl->options, RE2::UNANCHORED);
  std::vector<Problem> problems;
  for (const Signal& signal : catalog.signals) {
    std::string error;
    if (impl->set->Add(signal.pattern, &error) < 0) {
      problems.push_back(Problem{signal.file, signal.pointer, "invalid regular expression: " + error});
    }
    impl->patterns.push_back(signal.pattern);
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
  std::sort(matched.begin(), matched.end());
  for (int index : matched) {
    std::unique_ptr<RE2>& re = impl_->confirm[index];
    if (!re) re = std::make_unique<RE2>(impl_->patterns[index], impl_->options);
    if (!re->ok()) continue;
    re2::StringPiece input(text);
    re2::StringPiece match;
    size_t pos = 0;
    int count = 0;
    while (pos <= text.size() && count < kMaxHitsPerSignal &&
           re->Match(input, pos, text.size(), RE2::UNANCHORED, &match, 1)) {
      const size_t begin = static_cast<size_t>(match.data() - text.data());
      const size_t end = begin + match.size();
      if (end > begin) {
        hits.push_back(Hit{index, begin, end});
        ++count;
      }
      pos = end > begin ? end : begin + 1;
    }
  }
  return hits;
}

}  // namespace jaganetral
