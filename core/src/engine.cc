#include "jaganetral/engine.h"

#include <algorithm>
#include <ctime>

#include "catalog.h"
#include "json_reader.h"
#include "matcher.h"
#include "normalize.h"
#include "pack_parser.h"
#include "scorer.h"

namespace jaganetral {
namespace {

constexpr const char* kActionNames[] = {"like", "share", "repost", "comment", "post", "follow", "join"};

// A setting that cannot be used falls back to its default, and the verdict says so:
// a broken setting must never switch protection off silently.
Settings Sanitize(const Settings& in, const Catalog& catalog, std::vector<std::string>* warnings) {
  Settings s = in;
  s.regions.clear();
  for (const std::string& region : in.regions) {
    if (IsValidRegionCode(region) && region != "*") s.regions.push_back(region);
    else warnings->push_back("settings.regions: \"" + region + "\" is not a Kemendagri region code; ignored");
  }
  s.elections.clear();
  for (const std::string& id : in.elections) {
    if (catalog.FindElection(id) >= 0) s.elections.push_back(id);
    else warnings->push_back("settings.elections: no loaded pack defines election \"" + id + "\"; ignored");
  }
  if (!in.elections.empty() && s.elections.empty()) {
    warnings->push_back("settings.elections: none of the chosen elections is known; every election covering the region applies");
  }
  if (in.custom_period) {
    const Period& p = *in.custom_period;
    if (!IsValidDate(p.start) || !IsValidDate(p.end) || p.end < p.start) {
      warnings->push_back("settings.custom_period: needs valid start and end dates (YYYY-MM-DD), end not before start; ignored");
      s.custom_period.reset();
    }
  }
  s.phase_overrides.clear();
  for (const auto& [election, phases] : in.phase_overrides) {
    if (catalog.FindElection(election) < 0) {
      warnings->push_back("settings.phase_overrides: no loaded pack defines election \"" + election + "\"; ignored");
      continue;
    }
    for (const PhaseDates& phase : phases) {
      if (!IsValidDate(phase.start) || !IsValidDate(phase.end) || phase.end < phase.start ||
          phase.phase.empty()) {
        warnings->push_back("settings.phase_overrides." + election + ": phase \"" + phase.phase +
                            "\" needs valid start and end dates; ignored");
        continue;
      }
      s.phase_overrides[election].push_back(phase);
    }
  }
  return s;
}

// The words that made the text resemble campaign posts, as matches of each similarity
// cue whose threshold the margin reaches: the dialog shows them like any other span.
constexpr size_t kSimilaritySpans = 5;

void AddSimilarityHits(const Catalog& catalog, const std::string& normalized, std::vector<Hit>* hits) {
  if (!catalog.similarity.loaded || catalog.similarity_signals.empty()) return;
  const SimilarityResult result = ScoreSimilarity(catalog.similarity, normalized, kSimilaritySpans);
  bool added = false;
  for (int signal : catalog.similarity_signals) {
    const Cue& cue = catalog.cues[catalog.signals[signal].owner];
    if (result.margin < cue.similarity_above) continue;
    for (const Feature& f : result.strongest) {
      hits->push_back(Hit{signal, f.begin, f.end});
      added = true;
    }
  }
  // The scorer reads hits ordered by signal, then position.
  if (added) {
    std::stable_sort(hits->begin(), hits->end(), [](const Hit& a, const Hit& b) {
      return a.signal != b.signal ? a.signal < b.signal : a.begin < b.begin;
    });
  }
}

}  // namespace

std::string Problem::ToString() const {
  return (file.empty() ? std::string("<packs>") : file) + ": " + (pointer.empty() ? "/" : pointer) +
         ": " + message;
}

const char* ActionName(Action action) { return kActionNames[static_cast<int>(action)]; }

const char* LevelName(Level level) {
  switch (level) {
    case Level::kAllow: return "allow";
    case Level::kCaution: return "caution";
    case Level::kWarn: return "warn";
  }
  return "allow";
}

const char* SensitivityName(Sensitivity sensitivity) {
  switch (sensitivity) {
    case Sensitivity::kStrict: return "strict";
    case Sensitivity::kNormal: return "normal";
    case Sensitivity::kRelaxed: return "relaxed";
  }
  return "normal";
}

bool ParseAction(const std::string& name, Action* out) {
  for (size_t i = 0; i < sizeof kActionNames / sizeof kActionNames[0]; ++i) {
    if (name == kActionNames[i]) {
      *out = static_cast<Action>(i);
      return true;
    }
  }
  return false;
}

bool ParseSensitivity(const std::string& name, Sensitivity* out) {
  for (Sensitivity s : {Sensitivity::kStrict, Sensitivity::kNormal, Sensitivity::kRelaxed}) {
    if (name == SensitivityName(s)) {
      *out = s;
      return true;
    }
  }
  return false;
}

std::string TodayUtc() {
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buffer[16];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%d", &tm);
  return buffer;
}

Engine::Engine() = default;
Engine::~Engine() = default;

Status Engine::LoadPacks(const std::vector<PackSource>& packs) {
  auto catalog = std::make_shared<Catalog>();
  Status status = BuildCatalog(packs, catalog.get());
  if (!status.ok()) return status;
  std::unique_ptr<Matcher> matcher = Matcher::Build(*catalog, &status);
  if (!status.ok()) return status;
  // Only now, with everything checked, replace what was in force.
  catalog_ = std::move(catalog);
  matcher_ = std::move(matcher);
  return status;
}

Status Engine::Validate(const std::vector<PackSource>& packs) {
  Catalog catalog;
  Status status = BuildCatalog(packs, &catalog);
  if (!status.ok()) return status;
  Matcher::Build(catalog, &status);
  return status;
}

Verdict Engine::Classify(const Request& request) const {
  static const Catalog kEmpty;
  const Catalog& catalog = catalog_ ? *catalog_ : kEmpty;
  std::vector<std::string> warnings;
  Request sanitized = request;
  sanitized.settings = Sanitize(request.settings, catalog, &warnings);
  std::string date = request.date;
  if (date.empty()) {
    date = TodayUtc();
  } else if (!IsValidDate(date)) {
    warnings.push_back("date \"" + date + "\" is not a valid YYYY-MM-DD date; today is used");
    date = TodayUtc();
  }
  const NormalizedText normalized = Normalize(request.text);
  std::vector<Hit> hits;
  if (matcher_) hits = matcher_->Find(normalized.text);
  AddSimilarityHits(catalog, normalized.text, &hits);
  Verdict verdict = Score(catalog, sanitized, date, normalized, request.text, hits);
  verdict.warnings = std::move(warnings);
  return verdict;
}

Explanation Engine::Explain(const std::string& text) const {
  Explanation out;
  const NormalizedText normalized = Normalize(text);
  out.normalized = normalized.text;
  if (!matcher_ || !catalog_) return out;
  std::vector<Hit> hits = matcher_->Find(normalized.text);
  std::stable_sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.begin < b.begin; });
  for (const Hit& hit : hits) {
    out.matches.push_back(SignalMatch{catalog_->signals[hit.signal].label,
                                      normalized.text.substr(hit.begin, hit.end - hit.begin)});
  }
  if (catalog_->similarity.loaded) {
    out.has_similarity = true;
    out.similarity_margin =
        ScoreSimilarity(catalog_->similarity, normalized.text, 0, &out.similarity_features).margin;
    std::stable_sort(out.similarity_features.begin(), out.similarity_features.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
  }
  return out;
}

std::vector<std::string> Engine::SimilarityFeatures(const std::string& text) {
  std::vector<std::string> names;
  for (Feature& f : jaganetral::SimilarityFeatures(Normalize(text).text)) names.push_back(std::move(f.name));
  return names;
}

std::vector<PackInfo> Engine::packs() const {
  return catalog_ ? catalog_->packs : std::vector<PackInfo>{};
}

std::vector<ElectionInfo> Engine::elections() const {
  std::vector<ElectionInfo> out;
  if (!catalog_) return out;
  for (const Election& e : catalog_->elections) {
    out.push_back(ElectionInfo{e.id, e.kind, e.name, e.regions, e.phases, e.pack});
  }
  return out;
}

}  // namespace jaganetral
