#include "pack_parser.h"

#include <re2/re2.h>

#include <algorithm>
#include <set>

#include "emoji_map.h"
#include "json_reader.h"
#include "keyword_pattern.h"
#include "matcher.h"
#include "normalize.h"

namespace jaganetral {
namespace {

constexpr int kFormat = 1;

const char* const kElectionKinds[] = {"pilpres", "pileg",         "pilkada", "pilgub", "pilbup",
                                      "pilwalkot", "psu", "pilkada-ulang", "other"};
const char* const kPhases[] = {"registration", "campaign", "quiet",
                               "voting",       "counting", "inauguration"};
const char* const kEntityTypes[] = {"person", "pair", "party", "team", "account"};
const char* const kSeverities[] = {"low", "medium", "high"};
const char* const kPlatforms[] = {"x", "instagram", "facebook", "tiktok", "youtube", "threads"};

template <size_t N>
bool OneOf(const std::string& value, const char* const (&list)[N]) {
  return std::find_if(std::begin(list), std::end(list),
                      [&](const char* item) { return value == item; }) != std::end(list);
}

template <size_t N>
std::string ListOf(const char* const (&list)[N]) {
  std::string out;
  for (size_t i = 0; i < N; ++i) out += (i ? ", " : "") + std::string(list[i]);
  return out;
}

bool IsValidId(const std::string& id) {
  if (id.empty() || id.size() > 120) return false;
  for (char c : id) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_')) return false;
  }
  return true;
}

// The first ASCII capital letter a pattern would have to match literally, or 0.
// Patterns see lowercased text, so such a letter can never match: a silent dead rule.
char LiteralCapital(const std::string& pattern) {
  for (size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if (c == '\\') {
      if (i + 1 < pattern.size() && (pattern[i + 1] == 'p' || pattern[i + 1] == 'P') &&
          i + 2 < pattern.size() && pattern[i + 2] == '{') {
        i = pattern.find('}', i);  // \p{Lu}: a class name, not a literal
        if (i == std::string::npos) return 0;
      } else {
        ++i;  // \W, \S, \B, \D, \Q...: escapes, not literals
      }
      continue;
    }
    if (c == '(' && pattern.compare(i, 3, "(?P") == 0) {
      i = pattern.find('>', i);  // (?P<Name>...): a group name
      if (i == std::string::npos) return 0;
      continue;
    }
    if (c >= 'A' && c <= 'Z') return c;
  }
  return 0;
}

// A reference to resolve once every pack has been read.
struct Reference {
  std::string id;
  std::string file;
  std::string pointer;
};

// Where each id was first declared, per kind, to report duplicates across packs.
using Declared = std::map<std::string, Reference>;

class PackReader {
 public:
  PackReader(Catalog* catalog, std::vector<Problem>* problems)
      : catalog_(catalog), problems_(problems) {}

  void Read(const PackSource& source);
  void Resolve();

 private:
  bool Declare(Declared* declared, const char* kind, const std::string& id,
               const std::string& pointer);
  void ReadLegalBasis(const Json& j, const std::string& p);
  void ReadElection(const Json& j, const std::string& p);
  void ReadEntity(const Json& j, const std::string& p);
  void ReadCue(const Json& j, const std::string& p);
  void ReadRule(const Json& j, const std::string& p);
  void ReadScoring(const Json& j, const std::string& p);
  void ReadSimilarity(const Json& j, const std::string& p);
  bool ReadSelector(const Json& j, const std::string& p, Selector* out, size_t rule);
  bool ReadPhases(const Json& j, const std::string& p, std::vector<PhaseDates>* out);

  // Keywords, normalized and checked; empty on problems.
  std::vector<std::string> Keywords(const Json& obj, const char* key, const std::string& p);
  // Gesture token names, checked against the ones the normalizer produces.
  std::vector<std::string> Gestures(const Json& obj, const std::string& p);
  void AddSignal(std::string pattern, const std::string& pointer, bool is_entity, int owner,
                 Mention mention);
  void AddRawPatterns(const Json& obj, const std::string& p, bool is_entity, int owner);

  Catalog* catalog_;
  std::vector<Problem>* problems_;
  std::unique_ptr<JsonReader> r_;
  std::string pack_id_;
  bool scoring_seen_ = false;
  std::string scoring_file_;
  std::string similarity_file_;  // the pack that holds the similarity model

  Declared elections_, entities_, cues_, rules_, legal_bases_, packs_;
  std::vector<Reference> entity_elections_;            // per entity, maybe empty id
  std::vector<std::vector<Reference>> entity_members_;  // per entity
  std::vector<std::vector<Reference>> entity_parties_;
  std::vector<std::vector<Reference>> rule_legal_bases_;  // per rule
  std::vector<Reference> selector_refs_entities_, selector_refs_cues_;
};

bool PackReader::Declare(Declared* declared, const char* kind, const std::string& id,
                         const std::string& pointer) {
  if (!IsValidId(id)) {
    r_->Error(PointerAppend(pointer, "id"),
              "invalid id \"" + id + "\": use lowercase letters, digits, '-' and '_'");
    return false;
  }
  auto [it, inserted] = declared->emplace(id, Reference{id, r_->file(), pointer});
  if (!inserted) {
    r_->Error(PointerAppend(pointer, "id"), std::string("duplicate ") + kind + " id \"" + id +
                                                "\" (first declared in " + it->second.file + " at " +
                                                it->second.pointer + ")");
    return false;
  }
  return true;
}

void PackReader::Read(const PackSource& source) {
  r_ = std::make_unique<JsonReader>(source.file, problems_);
  Json root;
  std::string error;
  if (!ParseJson(source.text, &root, &error)) {
    r_->Error("/", "invalid JSON: " + error);
    return;
  }
  if (!r_->IsObject(root, "")) return;
  r_->CheckKeys(root, "", {"format", "id", "version", "name", "description", "sources",
                           "legal_bases", "elections", "entities", "cues", "rules", "scoring",
                           "similarity"});
  int format = 0;
  if (r_->GetInt(root, "format", "", &format, 0, 1000, true) && format != kFormat) {
    r_->Error("/format", "unsupported format " + std::to_string(format) + " (this engine reads " +
                             std::to_string(kFormat) + ")");
  }
  PackInfo info;
  info.file = source.file;
  if (r_->GetString(root, "id", "", &info.id, true)) Declare(&packs_, "pack", info.id, "");
  pack_id_ = info.id;
  r_->GetString(root, "version", "", &info.version, true);
  r_->GetLocalText(root, "name", "", &info.name, true);
  std::string description;
  r_->GetString(root, "description", "", &description, false);
  std::vector<std::string> sources;
  r_->GetStringList(root, "sources", "", &sources, false);

  const auto each = [&](const char* key, auto read) {
    const Json* list = r_->GetArray(root, key, "", false);
    if (!list) return 0;
    for (size_t i = 0; i < list->size(); ++i) (this->*read)((*list)[i], PointerAppend("/" + std::string(key), i));
    return static_cast<int>(list->size());
  };
  each("legal_bases", &PackReader::ReadLegalBasis);
  info.elections = each("elections", &PackReader::ReadElection);
  info.entities = each("entities", &PackReader::ReadEntity);
  info.cues = each("cues", &PackReader::ReadCue);
  info.rules = each("rules", &PackReader::ReadRule);
  if (root.contains("scoring")) ReadScoring(root["scoring"], "/scoring");
  if (root.contains("similarity")) ReadSimilarity(root["similarity"], "/similarity");
  catalog_->packs.push_back(info);
}

void PackReader::ReadLegalBasis(const Json& j, const std::string& p) {
  if (!r_->IsObject(j, p)) return;
  r_->CheckKeys(j, p, {"id", "title", "sanction", "source"});
  LegalBasis basis;
  if (r_->GetString(j, "id", p, &basis.id, true)) Declare(&legal_bases_, "legal basis", basis.id, p);
  r_->GetLocalText(j, "title", p, &basis.title, true);
  r_->GetLocalText(j, "sanction", p, &basis.sanction, false);
  r_->GetString(j, "source", p, &basis.source, false);
  catalog_->legal_bases.push_back(basis);
}

bool PackReader::ReadPhases(const Json& list, const std::string& p, std::vector<PhaseDates>* out) {
  bool ok = true;
  for (size_t i = 0; i < list.size(); ++i) {
    const std::string here = PointerAppend(p, i);
    const Json& j = list[i];
    if (!r_->IsObject(j, here)) {
      ok = false;
      continue;
    }
    r_->CheckKeys(j, here, {"phase", "start", "end", "note"});
    PhaseDates phase;
    if (r_->GetString(j, "phase", here, &phase.phase, true) && !OneOf(phase.phase, kPhases)) {
      r_->Error(PointerAppend(here, "phase"),
                "unknown phase \"" + phase.phase + "\" (expected one of " + ListOf(kPhases) + ")");
      ok = false;
    }
    // null dates are allowed: "not known yet", filled in through the settings.
    for (const char* key : {"start", "end"}) {
      std::string* date = std::string(key) == "start" ? &phase.start : &phase.end;
      if (!j.contains(key)) {
        r_->Error(PointerAppend(here, key), "missing required key (use null when the date is not known yet)");
        ok = false;
      } else if (r_->GetString(j, key, here, date, false) && !IsValidDate(*date)) {
        r_->Error(PointerAppend(here, key), "invalid date \"" + *date + "\" (expected YYYY-MM-DD)");
        ok = false;
      }
    }
    if (phase.start.empty() != phase.end.empty()) {
      r_->Error(here, "start and end must both be dates or both be null");
      ok = false;
    } else if (!phase.start.empty() && phase.end < phase.start) {
      r_->Error(PointerAppend(here, "end"), "ends (" + phase.end + ") before it starts (" + phase.start + ")");
      ok = false;
    }
    out->push_back(phase);
  }
  return ok;
}

void PackReader::ReadElection(const Json& j, const std::string& p) {
  if (!r_->IsObject(j, p)) return;
  r_->CheckKeys(j, p, {"id", "kind", "name", "regions", "phases", "note", "sources"});
  Election e;
  e.pack = pack_id_;
  if (r_->GetString(j, "id", p, &e.id, true)) Declare(&elections_, "election", e.id, p);
  if (r_->GetString(j, "kind", p, &e.kind, true) && !OneOf(e.kind, kElectionKinds)) {
    r_->Error(PointerAppend(p, "kind"),
              "unknown kind \"" + e.kind + "\" (expected one of " + ListOf(kElectionKinds) + ")");
  }
  r_->GetLocalText(j, "name", p, &e.name, true);
  if (r_->GetStringList(j, "regions", p, &e.regions, true)) {
    if (e.regions.empty()) r_->Error(PointerAppend(p, "regions"), "needs at least one region (\"*\" for the whole country)");
    for (size_t i = 0; i < e.regions.size(); ++i) {
      if (!IsValidRegionCode(e.regions[i])) {
        r_->Error(PointerAppend(PointerAppend(p, "regions"), i),
                  "invalid region code \"" + e.regions[i] + "\" (expected a Kemendagri code such as \"33\" or \"33.25\", or \"*\")");
      }
    }
  }
  if (const Json* phases = r_->GetArray(j, "phases", p, false)) {
    ReadPhases(*phases, PointerAppend(p, "phases"), &e.phases);
  }
  std::string note;
  r_->GetString(j, "note", p, &note, false);
  std::vector<std::string> sources;
  r_->GetStringList(j, "sources", p, &sources, false);
  catalog_->elections.push_back(e);
}

std::vector<std::string> PackReader::Keywords(const Json& obj, const char* key, const std::string& p) {
  std::vector<std::string> raw, out;
  r_->GetStringList(obj, key, p, &raw, false);
  for (size_t i = 0; i < raw.size(); ++i) {
    // Keywords are plain text; regex syntax in one would be silently dropped by
    // normalization ("[salah]" would match every "salah").
    const size_t syntax = raw[i].find_first_of("[](){}*+?|\\^$");
    if (syntax != std::string::npos) {
      r_->Error(PointerAppend(PointerAppend(p, key), i),
                std::string("keyword \"") + raw[i] + "\" contains '" + raw[i][syntax] +
                    "': keywords are plain text; put regular expressions in \"patterns\"");
      continue;
    }
    std::string normalized = NormalizeText(raw[i]);
    if (KeywordParts(normalized).empty()) {
      r_->Error(PointerAppend(PointerAppend(p, key), i),
                "keyword \"" + raw[i] + "\" has no letters or digits after normalization");
      continue;
    }
    out.push_back(normalized);
  }
  return out;
}

std::vector<std::string> PackReader::Gestures(const Json& obj, const std::string& p) {
  std::vector<std::string> gestures, known;
  r_->GetStringList(obj, "gestures", p, &gestures, false);
  for (size_t i = 0; i < gestures.size(); ++i) {
    if (IsGestureName(gestures[i])) {
      known.push_back(gestures[i]);
    } else {
      r_->Error(PointerAppend(PointerAppend(p, "gestures"), i),
                "unknown gesture \"" + gestures[i] + "\" (see the gesture tokens in rules/README.md)");
    }
  }
  return known;
}

void PackReader::AddSignal(std::string pattern, const std::string& pointer, bool is_entity,
                           int owner, Mention mention) {
  if (pattern.empty()) return;
  Signal s;
  s.pattern = std::move(pattern);
  s.pointer = pointer;
  s.file = r_->file();
  s.is_entity = is_entity;
  s.owner = owner;
  s.mention = mention;
  s.label = is_entity ? "entity:" + catalog_->entities[owner].id + ":" + MentionName(mention)
                      : "cue:" + catalog_->cues[owner].id;
  catalog_->signals.push_back(std::move(s));
}

void PackReader::AddRawPatterns(const Json& obj, const std::string& p, bool is_entity, int owner) {
  std::vector<std::string> patterns;
  r_->GetStringList(obj, "patterns", p, &patterns, false);
  for (size_t i = 0; i < patterns.size(); ++i) {
    const std::string here = PointerAppend(PointerAppend(p, "patterns"), i);
    RE2 re(patterns[i], MatchOptions());
    if (!re.ok()) {
      std::string message = "invalid regular expression: " + re.error();
      if (patterns[i].find("\\x{") != std::string::npos || patterns[i].find("\\p") != std::string::npos) {
        message += " (patterns match the bytes of normalized text: write a non-ASCII character itself, "
                   "not \\x{...}, and use (a|b) rather than [ab] for non-ASCII characters)";
      }
      r_->Error(here, message);
      continue;
    }
    if (const char capital = LiteralCapital(patterns[i])) {
      r_->Error(here, std::string("patterns see lowercased text: write '") + capital +
                          "' in lowercase");
      continue;
    }
    if (RE2::FullMatch("", re)) {
      r_->Error(here, "pattern matches the empty string, so it would match everywhere");
      continue;
    }
    AddSignal(patterns[i], here, is_entity, owner, Mention::kName);
  }
}

void PackReader::ReadEntity(const Json& j, const std::string& p) {
  if (!r_->IsObject(j, p)) return;
  r_->CheckKeys(j, p, {"id", "type", "election", "name", "ballot_number", "office", "members",
                       "parties", "names", "acronyms", "hashtags", "slogans", "programs", "symbols", "handles",
                       "codes", "gestures", "patterns", "note", "sources"});
  Entity e;
  if (r_->GetString(j, "id", p, &e.id, true)) Declare(&entities_, "entity", e.id, p);
  if (r_->GetString(j, "type", p, &e.type, true) && !OneOf(e.type, kEntityTypes)) {
    r_->Error(PointerAppend(p, "type"),
              "unknown type \"" + e.type + "\" (expected one of " + ListOf(kEntityTypes) + ")");
  }
  r_->GetString(j, "name", p, &e.name, true);
  r_->GetInt(j, "ballot_number", p, &e.ballot_number, 1, 999, false);
  r_->GetString(j, "office", p, &e.office, false);
  Reference election;
  if (r_->GetString(j, "election", p, &election.id, false)) {
    election.file = r_->file();
    election.pointer = PointerAppend(p, "election");
  }
  std::vector<Reference> members, parties;
  for (const char* key : {"members", "parties"}) {
    std::vector<std::string> ids;
    r_->GetStringList(j, key, p, &ids, false);
    for (size_t i = 0; i < ids.size(); ++i) {
      (std::string(key) == "members" ? members : parties)
          .push_back(Reference{ids[i], r_->file(), PointerAppend(PointerAppend(p, key), i)});
    }
  }
  const int index = static_cast<int>(catalog_->entities.size());

  // Handles: per platform lists.
  std::vector<std::string> handles;
  if (j.contains("handles")) {
    const std::string hp = PointerAppend(p, "handles");
    if (r_->IsObject(j["handles"], hp)) {
      for (auto it = j["handles"].begin(); it != j["handles"].end(); ++it) {
        if (!OneOf(it.key(), kPlatforms)) {
          r_->Error(PointerAppend(hp, it.key()),
                    "unknown platform \"" + it.key() + "\" (expected one of " + ListOf(kPlatforms) + ")");
          continue;
        }
        std::vector<std::string> list;
        r_->GetStringList(j["handles"], it.key().c_str(), hp, &list, false);
        for (const std::string& h : list) {
          std::string normalized = NormalizeText(h);
          if (!normalized.empty() && normalized[0] == '@') normalized.erase(0, 1);
          if (normalized.empty()) {
            r_->Error(PointerAppend(hp, it.key()), "empty handle");
            continue;
          }
          handles.push_back(normalized);
        }
      }
    }
  }
  const std::vector<std::string> gestures = Gestures(j, p);
  e.handles = handles;
  catalog_->entities.push_back(e);
  entity_elections_.push_back(election);
  entity_members_.push_back(members);
  entity_parties_.push_back(parties);

  const std::vector<std::string> names = Keywords(j, "names", p);
  AddSignal(WordsPattern(names), PointerAppend(p, "names"), true, index, Mention::kName);
  std::vector<std::string> acronyms;
  r_->GetStringList(j, "acronyms", p, &acronyms, false);
  for (size_t i = 0; i < acronyms.size(); ++i) {
    bool capitals = acronyms[i].size() >= 2;
    for (char c : acronyms[i]) capitals = capitals && !(c >= 'a' && c <= 'z');
    if (!capitals) {
      r_->Error(PointerAppend(PointerAppend(p, "acronyms"), i),
                "acronym \"" + acronyms[i] + "\" must be written in capitals (it matches only capitals)");
    }
  }
  const size_t before_acronyms = catalog_->signals.size();
  AddSignal(WordsPattern(Keywords(j, "acronyms", p)), PointerAppend(p, "acronyms"), true, index, Mention::kName);
  if (catalog_->signals.size() > before_acronyms) catalog_->signals.back().capitals_only = true;
  AddRawPatterns(j, p, true, index);
  std::vector<std::string> tags;
  for (const std::string& tag : Keywords(j, "hashtags", p)) {
    tags.push_back(tag[0] == '#' ? tag.substr(1) : tag);
  }
  AddSignal(HashtagsPattern(tags), PointerAppend(p, "hashtags"), true, index, Mention::kHashtag);
  AddSignal(WordsPattern(Keywords(j, "slogans", p)), PointerAppend(p, "slogans"), true, index, Mention::kSlogan);
  AddSignal(WordsPattern(Keywords(j, "programs", p)), PointerAppend(p, "programs"), true, index, Mention::kProgram);
  AddSignal(WordsPattern(Keywords(j, "symbols", p)), PointerAppend(p, "symbols"), true, index, Mention::kSymbol);
  AddSignal(HandlesPattern(handles), PointerAppend(p, "handles"), true, index, Mention::kHandle);
  AddSignal(WordsPattern(Keywords(j, "codes", p)), PointerAppend(p, "codes"), true, index, Mention::kCode);
  // "Fallas Ridwan 1": a pair's name with its own number right after it is its code too.
  if (e.type == "pair") {
    AddSignal(NamesWithNumberPattern(names, e.ballot_number), PointerAppend(p, "names"), true, index, Mention::kCode);
    AddSignal(PairNamesJoinedPattern(names), PointerAppend(p, "names"), true, index, Mention::kName);
  }
  AddSignal(GesturesPattern(gestures), PointerAppend(p, "gestures"), true, index, Mention::kGesture);
  std::string note;
  r_->GetString(j, "note", p, &note, false);
  std::vector<std::string> sources;
  r_->GetStringList(j, "sources", p, &sources, false);
}

void PackReader::ReadCue(const Json& j, const std::string& p) {
  if (!r_->IsObject(j, p)) return;
  r_->CheckKeys(j, p, {"id", "category", "weight", "counter", "keywords", "patterns", "gestures",
                       "similarity_above", "reach", "explains", "note"});
  Cue c;
  if (r_->GetString(j, "id", p, &c.id, true)) Declare(&cues_, "cue", c.id, p);
  if (r_->GetString(j, "category", p, &c.category, true) && !IsValidId(c.category)) {
    r_->Error(PointerAppend(p, "category"), "invalid category \"" + c.category + "\": use lowercase letters, digits, '-' and '_'");
  }
  r_->GetNumber(j, "weight", p, &c.weight, 0, 100, true);
  r_->GetBool(j, "counter", p, &c.counter, false);
  if (r_->GetNumber(j, "reach", p, &c.reach, 0, 10000, false) && !c.counter) {
    r_->Error(PointerAppend(p, "reach"), "only a counter-cue has a reach");
  }
  if (j.contains("explains")) {
    if (c.reach < 0) r_->Error(PointerAppend(p, "explains"), "only a counter-cue with a reach explains chosen evidence");
    c.has_explains = ReadSelector(j["explains"], PointerAppend(p, "explains"), &c.explains, 0);
    if (j["explains"].is_object() && (j["explains"].contains("within") || j["explains"].contains("min"))) {
      r_->Error(PointerAppend(p, "explains"), "within and min belong to a rule's support, not to explains");
    }
  }
  const bool from_similarity = r_->GetNumber(j, "similarity_above", p, &c.similarity_above, -100, 100, false);
  if (from_similarity) {
    if (j.contains("keywords") || j.contains("patterns") || j.contains("gestures")) {
      r_->Error(PointerAppend(p, "similarity_above"), "a similarity cue has no keywords, patterns or gestures");
    }
    if (c.counter) r_->Error(PointerAppend(p, "counter"), "a similarity cue cannot be a counter-cue");
  }
  const std::vector<std::string> gestures = Gestures(j, p);
  const int index = static_cast<int>(catalog_->cues.size());
  catalog_->cues.push_back(c);
  const size_t signals_before = catalog_->signals.size();
  AddSignal(WordsPattern(Keywords(j, "keywords", p)), PointerAppend(p, "keywords"), false, index, Mention::kName);
  AddRawPatterns(j, p, false, index);
  AddSignal(GesturesPattern(gestures), PointerAppend(p, "gestures"), false, index, Mention::kGesture);
  if (from_similarity) {
    // No pattern: the engine adds this signal's matches from the model's margin. Without
    // a model in the packs (validating one pack alone, training the model) it never matches.
    Signal s;
    s.pointer = PointerAppend(p, "similarity_above");
    s.file = r_->file();
    s.owner = index;
    s.label = "cue:" + c.id;
    s.from_similarity = true;
    catalog_->similarity_signals.push_back(static_cast<int>(catalog_->signals.size()));
    catalog_->signals.push_back(std::move(s));
  }
  if (catalog_->signals.size() == signals_before && j.is_object() &&
      !j.contains("keywords") && !j.contains("patterns") && !j.contains("gestures")) {
    r_->Error(p, "a cue needs keywords, patterns, gestures or similarity_above");
  }
  std::string note;
  r_->GetString(j, "note", p, &note, false);
}

bool PackReader::ReadSelector(const Json& j, const std::string& p, Selector* out, size_t rule) {
  if (!r_->IsObject(j, p)) return false;
  r_->CheckKeys(j, p, {"entity_types", "entities", "mentions", "cue_categories", "cues", "within", "min"});
  out->has_entity_part = j.contains("entity_types") || j.contains("entities") || j.contains("mentions");
  out->has_cue_part = j.contains("cue_categories") || j.contains("cues");
  if (!out->has_entity_part && !out->has_cue_part) {
    r_->Error(p, "selects nothing: give entity_types, entities, mentions, cue_categories or cues");
    return false;
  }
  r_->GetStringList(j, "entity_types", p, &out->entity_types, false);
  for (size_t i = 0; i < out->entity_types.size(); ++i) {
    if (!OneOf(out->entity_types[i], kEntityTypes)) {
      r_->Error(PointerAppend(PointerAppend(p, "entity_types"), i),
                "unknown entity type \"" + out->entity_types[i] + "\"");
    }
  }
  std::vector<std::string> mentions;
  r_->GetStringList(j, "mentions", p, &mentions, false);
  for (size_t i = 0; i < mentions.size(); ++i) {
    Mention m;
    if (ParseMention(mentions[i], &m)) out->mentions.push_back(m);
    else r_->Error(PointerAppend(PointerAppend(p, "mentions"), i),
                   "unknown mention \"" + mentions[i] + "\" (expected name, hashtag, slogan, handle, code or gesture)");
  }
  r_->GetStringList(j, "entities", p, &out->entities, false);
  for (size_t i = 0; i < out->entities.size(); ++i) {
    selector_refs_entities_.push_back(Reference{out->entities[i], r_->file(), PointerAppend(PointerAppend(p, "entities"), i)});
  }
  r_->GetStringList(j, "cue_categories", p, &out->cue_categories, false);
  r_->GetStringList(j, "cues", p, &out->cues, false);
  for (size_t i = 0; i < out->cues.size(); ++i) {
    selector_refs_cues_.push_back(Reference{out->cues[i], r_->file(), PointerAppend(PointerAppend(p, "cues"), i)});
  }
  (void)rule;
  return true;
}

void PackReader::ReadRule(const Json& j, const std::string& p) {
  if (!r_->IsObject(j, p)) return;
  r_->CheckKeys(j, p, {"id", "severity", "score", "primary", "support", "message", "legal_basis", "note"});
  Rule rule;
  if (r_->GetString(j, "id", p, &rule.id, true)) Declare(&rules_, "rule", rule.id, p);
  if (r_->GetString(j, "severity", p, &rule.severity, true) && !OneOf(rule.severity, kSeverities)) {
    r_->Error(PointerAppend(p, "severity"), "unknown severity \"" + rule.severity + "\" (expected low, medium or high)");
  }
  r_->GetNumber(j, "score", p, &rule.score, 0, 100, true);
  const size_t index = catalog_->rules.size();
  if (!j.contains("primary")) r_->Error(PointerAppend(p, "primary"), "missing required key");
  else ReadSelector(j["primary"], PointerAppend(p, "primary"), &rule.primary, index);
  if (j.contains("primary") && j["primary"].is_object() &&
      (j["primary"].contains("within") || j["primary"].contains("min"))) {
    r_->Error(PointerAppend(p, "primary"), "within and min belong to support, not primary");
  }
  if (j.contains("support")) {
    const std::string sp = PointerAppend(p, "support");
    rule.has_support = ReadSelector(j["support"], sp, &rule.support, index);
    r_->GetInt(j["support"], "within", sp, &rule.within, 0, 100000, false);
    r_->GetInt(j["support"], "min", sp, &rule.min_support, 1, 20, false);
  }
  r_->GetLocalText(j, "message", p, &rule.message, true);
  std::vector<std::string> bases;
  std::vector<Reference> refs;
  if (r_->GetStringList(j, "legal_basis", p, &bases, true) && bases.empty()) {
    r_->Error(PointerAppend(p, "legal_basis"), "every rule needs at least one legal basis");
  }
  for (size_t i = 0; i < bases.size(); ++i) {
    refs.push_back(Reference{bases[i], r_->file(), PointerAppend(PointerAppend(p, "legal_basis"), i)});
  }
  std::string note;
  r_->GetString(j, "note", p, &note, false);
  catalog_->rules.push_back(rule);
  rule_legal_bases_.push_back(refs);
}

void PackReader::ReadScoring(const Json& j, const std::string& p) {
  if (scoring_seen_) {
    r_->Error(p, "scoring is already set by " + scoring_file_ + "; only one pack may set it");
    return;
  }
  scoring_seen_ = true;
  scoring_file_ = r_->file();
  if (!r_->IsObject(j, p)) return;
  r_->CheckKeys(j, p, {"levels", "action_weights", "phase_weights", "other_region_weight",
                       "extra_rule_fraction", "support_weight_fraction", "counter_cap",
                       "balanced_mention_weight"});
  Scoring& s = catalog_->scoring;
  if (j.contains("levels")) {
    const std::string lp = PointerAppend(p, "levels");
    const Json& levels = j["levels"];
    if (r_->IsObject(levels, lp)) {
      r_->CheckKeys(levels, lp, {"strict", "normal", "relaxed"});
      for (auto [name, t] : {std::pair<const char*, Scoring::Thresholds*>{"strict", &s.strict},
                             {"normal", &s.normal}, {"relaxed", &s.relaxed}}) {
        if (!levels.contains(name)) continue;
        const std::string tp = PointerAppend(lp, name);
        if (!r_->IsObject(levels[name], tp)) continue;
        r_->CheckKeys(levels[name], tp, {"caution", "warn"});
        r_->GetNumber(levels[name], "caution", tp, &t->caution, 0, 100, true);
        r_->GetNumber(levels[name], "warn", tp, &t->warn, 0, 100, true);
        if (t->warn < t->caution) r_->Error(tp, "warn threshold is below the caution threshold");
      }
    }
  }
  for (auto [key, map] : {std::pair<const char*, std::map<std::string, double>*>{"action_weights", &s.action_weights},
                          {"phase_weights", &s.phase_weights}}) {
    if (!j.contains(key)) continue;
    const std::string mp = PointerAppend(p, key);
    if (!r_->IsObject(j[key], mp)) continue;
    for (auto it = j[key].begin(); it != j[key].end(); ++it) {
      if (!map->count(it.key())) {
        r_->Error(PointerAppend(mp, it.key()), "unknown key \"" + it.key() + "\"");
        continue;
      }
      r_->GetNumber(j[key], it.key().c_str(), mp, &(*map)[it.key()], 0, 10, true);
    }
  }
  r_->GetNumber(j, "other_region_weight", p, &s.other_region_weight, 0, 10, false);
  r_->GetNumber(j, "extra_rule_fraction", p, &s.extra_rule_fraction, 0, 1, false);
  r_->GetNumber(j, "support_weight_fraction", p, &s.support_weight_fraction, 0, 10, false);
  r_->GetNumber(j, "counter_cap", p, &s.counter_cap, 0, 100, false);
  r_->GetNumber(j, "balanced_mention_weight", p, &s.balanced_mention_weight, 0, 1, false);
}

void PackReader::ReadSimilarity(const Json& j, const std::string& p) {
  if (!similarity_file_.empty()) {
    r_->Error(p, "the similarity model is already set by " + similarity_file_ + "; only one pack may set it");
    return;
  }
  similarity_file_ = r_->file();
  if (!r_->IsObject(j, p)) return;
  r_->CheckKeys(j, p, {"trained_on", "bias", "features"});
  SimilarityModel& model = catalog_->similarity;
  std::string trained_on;
  r_->GetString(j, "trained_on", p, &trained_on, true);
  r_->GetNumber(j, "bias", p, &model.bias, -100, 100, true);
  const std::string fp = PointerAppend(p, "features");
  if (!j.contains("features")) {
    r_->Error(fp, "missing required key");
    return;
  }
  if (!r_->IsObject(j["features"], fp)) return;
  for (auto it = j["features"].begin(); it != j["features"].end(); ++it) {
    const std::string here = PointerAppend(fp, it.key());
    // A feature is what SimilarityFeatures produces from normalized text: one or two
    // tokens, each normalized already.
    const std::string& key = it.key();
    const size_t space = key.find(' ');
    const auto token = [](const std::string& t) {
      const std::vector<Feature> f = SimilarityFeatures(t);
      return f.size() == 1 && f[0].name == t;
    };
    const bool valid = space == std::string::npos
                           ? token(key)
                           : key.find(' ', space + 1) == std::string::npos && token(key.substr(0, space)) &&
                                 token(key.substr(space + 1));
    if (!valid) {
      r_->Error(here, "not a feature of normalized text (a lowercase word, a symbol, or two of them joined by one space)");
      continue;
    }
    double weight = 0;
    if (r_->GetNumber(j["features"], it.key().c_str(), fp, &weight, -100, 100, true)) model.weights[it.key()] = weight;
  }
  model.loaded = true;
}

bool Selects(const Selector& sel, const Catalog& c, const Signal& s) {
  if (s.is_entity) {
    if (!sel.has_entity_part) return false;
    const Entity& e = c.entities[s.owner];
    if (!sel.entity_types.empty() &&
        std::find(sel.entity_types.begin(), sel.entity_types.end(), e.type) == sel.entity_types.end()) return false;
    if (!sel.entities.empty() &&
        std::find(sel.entities.begin(), sel.entities.end(), e.id) == sel.entities.end()) return false;
    if (!sel.mentions.empty() &&
        std::find(sel.mentions.begin(), sel.mentions.end(), s.mention) == sel.mentions.end()) return false;
    return true;
  }
  if (!sel.has_cue_part) return false;
  const Cue& cue = c.cues[s.owner];
  if (cue.counter) return false;  // counter-cues never support a warning
  const bool by_category = std::find(sel.cue_categories.begin(), sel.cue_categories.end(),
                                     cue.category) != sel.cue_categories.end();
  const bool by_id = std::find(sel.cues.begin(), sel.cues.end(), cue.id) != sel.cues.end();
  return by_category || by_id;
}

void PackReader::Resolve() {
  Catalog& c = *catalog_;
  const auto problem = [&](const Reference& ref, const std::string& message) {
    problems_->push_back(Problem{ref.file, ref.pointer, message});
  };
  for (size_t i = 0; i < c.entities.size(); ++i) {
    const Reference& ref = entity_elections_[i];
    if (!ref.id.empty()) {
      c.entities[i].election = c.FindElection(ref.id);
      if (c.entities[i].election < 0) problem(ref, "unknown election id \"" + ref.id + "\"");
    }
    for (auto* refs : {&entity_members_[i], &entity_parties_[i]}) {
      for (const Reference& m : *refs) {
        if (!entities_.count(m.id)) problem(m, "unknown entity id \"" + m.id + "\"");
        else (refs == &entity_members_[i] ? c.entities[i].members : c.entities[i].parties).push_back(m.id);
      }
    }
  }
  for (size_t i = 0; i < c.rules.size(); ++i) {
    for (const Reference& ref : rule_legal_bases_[i]) {
      int found = -1;
      for (size_t k = 0; k < c.legal_bases.size(); ++k) {
        if (c.legal_bases[k].id == ref.id) found = static_cast<int>(k);
      }
      if (found < 0) problem(ref, "unknown legal basis id \"" + ref.id + "\"");
      else c.rules[i].legal_basis.push_back(found);
    }
  }
  for (const Reference& ref : selector_refs_entities_) {
    if (!entities_.count(ref.id)) problem(ref, "unknown entity id \"" + ref.id + "\"");
  }
  for (const Reference& ref : selector_refs_cues_) {
    if (!cues_.count(ref.id)) problem(ref, "unknown cue id \"" + ref.id + "\"");
  }

  // Which competitor each entity stands for: a pair its own number, its members the
  // pair's number (so naming "Anies, Prabowo, Ganjar" counts as naming every pair).
  std::map<std::string, int> by_id;
  for (size_t i = 0; i < c.entities.size(); ++i) by_id[c.entities[i].id] = static_cast<int>(i);
  for (size_t k = 0; k < c.entities.size(); ++k) {
    Entity& e = c.entities[k];
    if (e.type != "pair" || e.ballot_number == 0 || e.election < 0) continue;
    e.competitor_number = e.ballot_number;
    e.competes_in = e.election;
    c.competitors[e.election].push_back(e.ballot_number);
    for (const std::string& member : e.members) {
      auto it = by_id.find(member);
      if (it == by_id.end()) continue;
      c.entities[it->second].competitor_number = e.ballot_number;
      c.entities[it->second].competes_in = e.election;
    }
  }
  for (size_t i = 0; i < c.entities.size(); ++i) {
    for (const std::string& handle : c.entities[i].handles) c.handle_index[handle].push_back(static_cast<int>(i));
  }
  c.primary_selects.assign(c.rules.size(), std::vector<bool>(c.signals.size(), false));
  c.support_selects.assign(c.rules.size(), std::vector<bool>(c.signals.size(), false));
  for (size_t r = 0; r < c.rules.size(); ++r) {
    for (size_t s = 0; s < c.signals.size(); ++s) {
      c.primary_selects[r][s] = Selects(c.rules[r].primary, c, c.signals[s]);
      c.support_selects[r][s] = c.rules[r].has_support && Selects(c.rules[r].support, c, c.signals[s]);
    }
  }
  c.explains_selects.assign(c.cues.size(), {});
  for (size_t k = 0; k < c.cues.size(); ++k) {
    if (!c.cues[k].has_explains) continue;
    c.explains_selects[k].resize(c.signals.size());
    for (size_t s = 0; s < c.signals.size(); ++s) c.explains_selects[k][s] = Selects(c.cues[k].explains, c, c.signals[s]);
  }
}

}  // namespace

const char* MentionName(Mention mention) {
  switch (mention) {
    case Mention::kName: return "name";
    case Mention::kHashtag: return "hashtag";
    case Mention::kSlogan: return "slogan";
    case Mention::kHandle: return "handle";
    case Mention::kCode: return "code";
    case Mention::kGesture: return "gesture";
    case Mention::kProgram: return "program";
    case Mention::kSymbol: return "symbol";
  }
  return "name";
}

bool ParseMention(const std::string& name, Mention* out) {
  for (Mention m : {Mention::kName, Mention::kHashtag, Mention::kSlogan, Mention::kHandle,
                    Mention::kCode, Mention::kGesture, Mention::kProgram, Mention::kSymbol}) {
    if (name == MentionName(m)) {
      *out = m;
      return true;
    }
  }
  return false;
}

int Catalog::FindElection(const std::string& id) const {
  for (size_t i = 0; i < elections.size(); ++i) {
    if (elections[i].id == id) return static_cast<int>(i);
  }
  return -1;
}

bool IsValidRegionCode(const std::string& code) {
  if (code == "*") return true;
  // Groups of digits: 2 (province), 2 (kabupaten/kota), 2 (kecamatan), 4 (desa).
  static const size_t kGroups[] = {2, 2, 2, 4};
  size_t i = 0, group = 0;
  while (group < 4) {
    const size_t len = kGroups[group];
    if (i + len > code.size()) return false;
    for (size_t k = i; k < i + len; ++k) {
      if (code[k] < '0' || code[k] > '9') return false;
    }
    i += len;
    ++group;
    if (i == code.size()) return true;
    if (code[i] != '.') return false;
    ++i;
  }
  return false;
}

Status BuildCatalog(const std::vector<PackSource>& packs, Catalog* catalog) {
  std::vector<Problem> problems;
  PackReader reader(catalog, &problems);
  for (const PackSource& pack : packs) reader.Read(pack);
  reader.Resolve();
  return Status(std::move(problems));
}

}  // namespace jaganetral
