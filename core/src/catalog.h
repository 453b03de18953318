// The catalog: everything the loaded packs say, resolved (ids to indices) and ready to
// match. Built once per LoadPacks by the pack parser; immutable afterwards.

#ifndef JAGANETRAL_CATALOG_H_
#define JAGANETRAL_CATALOG_H_

#include <map>
#include <string>
#include <vector>

#include "jaganetral/engine.h"
#include "similarity.h"

namespace jaganetral {

struct Election {
  std::string id;
  std::string kind;
  LocalText name;
  std::vector<std::string> regions;  // "*" for the whole country
  std::vector<PhaseDates> phases;
  std::string pack;
};

// kProgram: a program's name ("KTP Sakti", "makan siang gratis"), which on its own is
// ordinary talk about policy; rules select it only beside a call, a show of support or an attack.
// kSymbol: a party's emblem in words ("wit ringin", "bintang mercy"), which on its own is a
// tree or a star; rules select it only beside a ballot number or a call.
enum class Mention { kName, kHashtag, kSlogan, kHandle, kCode, kGesture, kProgram, kSymbol };
const char* MentionName(Mention mention);
bool ParseMention(const std::string& name, Mention* out);

struct Entity {
  std::string id;
  std::string type;  // person | pair | party | team | account
  std::string name;
  int election = -1;  // index into Catalog::elections, -1 when standing between cycles
  int ballot_number = 0;
  std::string office;
  std::vector<std::string> members;  // entity ids
  std::vector<std::string> parties;  // entity ids
  std::vector<std::string> handles;  // normalized, without '@', all platforms
  // The ballot number of the pair this entity runs in (itself for a pair), for
  // telling balanced reporting ("all pairs named") from support; 0 when none.
  int competitor_number = 0;
  // The election that number belongs to (the pair's election for its members).
  int competes_in = -1;
};

// What a rule's primary or support, or a counter-cue's `explains`, selects. Empty lists mean "any" within a part.
struct Selector {
  bool has_entity_part = false;
  std::vector<std::string> entity_types;
  std::vector<std::string> entities;
  std::vector<Mention> mentions;
  bool has_cue_part = false;
  std::vector<std::string> cue_categories;
  std::vector<std::string> cues;
};

struct Cue {
  std::string id;
  std::string category;
  double weight = 0;
  bool counter = false;
  // For a counter-cue: it takes its weight off only when evidence of a counted rule lies
  // within this many characters of one of its matches (an everyday context explains the
  // number or name beside it, not a call further on). Negative: anywhere in the text.
  double reach = -1;
  // For a counter-cue with a reach: which evidence it can explain ("RT 05" explains a
  // ballot number beside it, not the invitation "senam bareng" beside it). Without it,
  // any evidence.
  bool has_explains = false;
  Selector explains;
  // For a cue the similarity model raises instead of patterns (its signal is in
  // Catalog::similarity_signals): it matches when the text's margin reaches this.
  double similarity_above = 0;
};

struct LegalBasis {
  std::string id;
  LocalText title;
  LocalText sanction;
  std::string source;
};

struct Rule {
  std::string id;
  std::string severity;  // low | medium | high
  double score = 0;
  Selector primary;
  bool has_support = false;
  Selector support;
  int within = 100;
  int min_support = 1;
  LocalText message;
  std::vector<int> legal_basis;  // indices into Catalog::legal_bases
};

// One pattern in the single matching pass, and what a match of it means.
struct Signal {
  std::string pattern;   // RE2 syntax over normalized text; empty for a similarity cue
  std::string pointer;   // where it came from, for error reports
  std::string file;
  bool is_entity = false;
  int owner = -1;        // index into entities or cues
  Mention mention = Mention::kName;
  std::string label;     // "entity:<id>:<mention>" or "cue:<id>"
  bool capitals_only = false;  // an acronym: counts only where written in capitals
  bool from_similarity = false;  // a similarity cue's: its matches are the model's strongest words
};

struct Scoring {
  struct Thresholds {
    double caution;
    double warn;
  };
  Thresholds strict{20, 45};
  Thresholds normal{30, 60};
  Thresholds relaxed{45, 80};
  std::map<std::string, double> action_weights{{"post", 1.2},   {"share", 1.15},
                                               {"repost", 1.15}, {"comment", 1.1},
                                               {"follow", 1.0},  {"join", 1.0},
                                               {"like", 0.9}};
  std::map<std::string, double> phase_weights{{"registration", 1.1}, {"campaign", 1.3},
                                              {"quiet", 1.3},        {"voting", 1.3},
                                              {"counting", 1.1},     {"inauguration", 1.0}};
  double other_region_weight = 0.85;
  double extra_rule_fraction = 0.3;
  double support_weight_fraction = 0.5;
  double counter_cap = 60;
  double balanced_mention_weight = 0.5;
};

class Catalog {
 public:
  std::vector<PackInfo> packs;
  std::vector<Election> elections;
  std::vector<Entity> entities;
  std::vector<Cue> cues;
  std::vector<LegalBasis> legal_bases;
  std::vector<Rule> rules;
  std::vector<Signal> signals;
  Scoring scoring;
  SimilarityModel similarity;
  std::vector<int> similarity_signals;  // the signals of similarity cues

  // For each rule, for each signal: does the primary / support select it?
  std::vector<std::vector<bool>> primary_selects;
  std::vector<std::vector<bool>> support_selects;
  // For each cue with `explains`, for each signal: does it select it? (Empty otherwise.)
  std::vector<std::vector<bool>> explains_selects;
  // entity handle (normalized, no '@') -> entity indices, for the post's author.
  std::map<std::string, std::vector<int>> handle_index;
  // election index -> ballot numbers of the pairs that run in it.
  std::map<int, std::vector<int>> competitors;

  int FindElection(const std::string& id) const;
};

}  // namespace jaganetral

#endif  // JAGANETRAL_CATALOG_H_
