// Jaga Netral rule engine: is this text, about to be liked, shared or posted by an
// Indonesian civil servant (ASN) in this region on this date, campaign material?
//
// Overview
//
//   The engine loads rule packs (JSON, see rules/README.md), normalizes each text
//   (Unicode, case, leetspeak, spaced letters, emoji digits and gestures), finds every
//   pattern of every pack in one linear-time pass (RE2::Set), confirms the spans of the
//   patterns that matched, combines them with the rules of the packs into a score, and
//   returns an explainable verdict: a level, the reasons with their legal basis, and the
//   spans that matched, as UTF-16 offsets into the original text.
//
//   jaganetral::Engine engine;
//   jaganetral::Status status = engine.LoadPacks({{"rules/pemilu-2024.json", text}});
//   if (!status.ok()) {
//     for (const jaganetral::Problem& p : status.problems()) puts(p.ToString().c_str());
//   }
//   jaganetral::Request request;
//   request.text = "Ayo coblos nomor 2, Prabowo-Gibran menang satu putaran!";
//   request.action = jaganetral::Action::kShare;
//   request.date = "2024-02-01";
//   jaganetral::Verdict verdict = engine.Classify(request);
//   // verdict.level == jaganetral::Level::kWarn
//
// Errors are values, as in RE2: nothing here throws, and the library is built with
// -fno-exceptions so that native tests run the code that runs in WebAssembly.
//
// Thread safety: LoadPacks must not run concurrently with anything else. Classify is
// const but compiles confirmation patterns lazily; call it from one thread at a time.

#ifndef JAGANETRAL_ENGINE_H_
#define JAGANETRAL_ENGINE_H_

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace jaganetral {

// One thing wrong with an input: which file, where in it (a JSON pointer such as
// "/entities/3/names/0", or "line 4, column 7" for syntax errors), and what.
struct Problem {
  std::string file;
  std::string pointer;
  std::string message;

  // "file: pointer: message", the form every tool prints.
  std::string ToString() const;
};

// Success, or the complete list of problems found.
class Status {
 public:
  Status() = default;
  explicit Status(std::vector<Problem> problems) : problems_(std::move(problems)) {}

  bool ok() const { return problems_.empty(); }
  const std::vector<Problem>& problems() const { return problems_; }

 private:
  std::vector<Problem> problems_;
};

// The contents of one pack file. `file` is used only in problem reports.
struct PackSource {
  std::string file;
  std::string text;
};

enum class Action { kLike, kShare, kRepost, kComment, kPost, kFollow, kJoin };
enum class Level { kAllow, kCaution, kWarn };
enum class Sensitivity { kStrict, kNormal, kRelaxed };

// Lowercase names as used in JSON and on the command line ("like", "warn", "strict").
const char* ActionName(Action action);
const char* LevelName(Level level);
const char* SensitivityName(Sensitivity sensitivity);
// Parse the names above; false when the name is unknown.
bool ParseAction(const std::string& name, Action* out);
bool ParseSensitivity(const std::string& name, Sensitivity* out);

// A phase with dates, as in a pack; empty start/end means "not known yet".
struct PhaseDates {
  std::string phase;  // registration | campaign | quiet | voting | counting | inauguration
  std::string start;  // YYYY-MM-DD, inclusive
  std::string end;    // YYYY-MM-DD, inclusive
};

struct Period {
  std::string start;  // YYYY-MM-DD, inclusive
  std::string end;    // YYYY-MM-DD, inclusive
};

// The user's settings. Every field has a safe default: year-round protection, no region.
struct Settings {
  // Kemendagri region codes ("33", "33.25"); empty means no region chosen, and every
  // election is then treated as the user's own.
  std::vector<std::string> regions;
  // Election ids the user follows; empty means every election covering the regions.
  std::vector<std::string> elections;
  // A period the user declares active, for elections no pack dates yet.
  std::optional<Period> custom_period;
  // Dates for phases a pack leaves unknown (or corrects), by election id.
  std::map<std::string, std::vector<PhaseDates>> phase_overrides;
  Sensitivity sensitivity = Sensitivity::kNormal;
  // Protect on every date (the prohibitions cover bakal calon and the years between
  // campaigns). When false, the verdict is at most kCaution outside active periods.
  bool year_round = true;
};

struct Request {
  std::string text;  // UTF-8; invalid sequences are read as U+FFFD
  Action action = Action::kLike;
  std::string platform;  // echoed back ("x", "facebook", ...)
  std::string author;    // display name of the post's author, optional
  std::string handle;    // the author's handle ("@akun"), optional; matched against entity handles
  std::string url;       // optional, echoed back
  std::string date;      // YYYY-MM-DD; empty means today (UTC)
  bool has_media = false;  // the content carries a photo or video
  Settings settings;
};

struct LocalText {
  std::string id;  // Bahasa Indonesia
  std::string en;  // English (falls back to id)
};

struct Span {
  uint32_t begin = 0;  // UTF-16 code units into Request::text
  uint32_t end = 0;    // exclusive
  std::string role;    // "primary", "support" or "counter"
  std::string signal;  // what matched: "entity:<id>:<mention>" or "cue:<id>"
  std::string text;    // the original text of the span (UTF-8)
};

struct LegalBasisInfo {
  std::string id;
  LocalText title;
  LocalText sanction;
  std::string source;
};

struct Reason {
  std::string rule;
  std::string severity;  // low | medium | high
  double score = 0;      // this rule's weighted contribution before combination
  LocalText message;
  std::string entity;    // id of the entity the rule fired on, or empty
  std::vector<LegalBasisInfo> legal_basis;
  std::vector<Span> spans;
};

struct CounterEvidence {
  std::string cue;
  std::string category;
  double weight = 0;
  std::vector<Span> spans;
};

struct ActiveElection {
  std::string id;
  std::string kind;
  LocalText name;
  std::string phase;
  std::string phase_start;
  std::string phase_end;
  bool own_region = true;
};

struct EntityInfo {
  std::string id;
  std::string type;
  std::string name;
  std::string election;  // empty for entities standing between cycles
  int ballot_number = 0;  // 0 when none
  bool own_region = true;
};

struct Verdict {
  Level level = Level::kAllow;
  int score = 0;  // 0..100
  Action action = Action::kLike;
  std::string platform;
  std::string date;
  std::vector<ActiveElection> active_elections;
  std::vector<EntityInfo> entities;
  std::vector<Reason> reasons;  // most serious first
  std::vector<CounterEvidence> counter;
  bool photo_checklist = false;  // a photo post during an active period: show the checklist
  bool year_round = true;
  std::vector<std::string> warnings;  // settings that were ignored, and why
};

// What the matcher saw in one text, for rule authors (`jaganetral classify --explain`):
// the normalized text every pattern is matched against, and every match of every signal.
struct SignalMatch {
  std::string signal;  // "entity:<id>:<mention>" or "cue:<id>"
  std::string text;    // the matched part of the normalized text
};

struct Explanation {
  std::string normalized;
  std::vector<SignalMatch> matches;  // in text order
  // The similarity model's margin (when a pack holds the model) and the features of
  // the text it weighs, each with its weight, strongest first.
  bool has_similarity = false;
  double similarity_margin = 0;
  std::vector<std::pair<std::string, double>> similarity_features;
};

// What a loaded pack holds, for display.
struct PackInfo {
  std::string id;
  std::string version;
  std::string file;
  LocalText name;
  int elections = 0;
  int entities = 0;
  int cues = 0;
  int rules = 0;
};

struct ElectionInfo {
  std::string id;
  std::string kind;
  LocalText name;
  std::vector<std::string> regions;
  std::vector<PhaseDates> phases;
  std::string pack;
};

class Catalog;
class Matcher;

class Engine {
 public:
  Engine();
  ~Engine();
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

  // Replaces the packs in force with `packs`, all or nothing: on any problem the
  // previous packs stay in force and every problem is returned.
  Status LoadPacks(const std::vector<PackSource>& packs);

  // Checks `packs` as LoadPacks would, without changing anything.
  static Status Validate(const std::vector<PackSource>& packs);

  // Classifies one request against the packs in force (with none, everything is kAllow).
  Verdict Classify(const Request& request) const;

  // Every signal that matches `text`, before any scoring, region or date is applied.
  Explanation Explain(const std::string& text) const;

  // The features the similarity model reads in `text` (words, symbols and word pairs
  // of its normalized form), for training the model on a labeled corpus.
  static std::vector<std::string> SimilarityFeatures(const std::string& text);

  std::vector<PackInfo> packs() const;
  std::vector<ElectionInfo> elections() const;

 private:
  std::shared_ptr<const Catalog> catalog_;
  std::shared_ptr<Matcher> matcher_;
};

// Today's date in UTC as YYYY-MM-DD.
std::string TodayUtc();

}  // namespace jaganetral

#endif  // JAGANETRAL_ENGINE_H_
