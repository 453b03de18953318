#include "scorer.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <map>
#include <set>
#include <tuple>

#include "calendar.h"

namespace jaganetral {
namespace {

// A match, or the post's author handle (`whole`: it concerns the whole text, so it is
// near everything).
struct Evidence {
  int signal;
  size_t begin, end;
  bool whole;
};

// The ranges of normalized text a fired rule rests on (its primary and supports).
struct Fired {
  double value;
  std::vector<Evidence> evidence;
};

bool Overlaps(const Fired& a, const Fired& b) {
  for (const Evidence& x : a.evidence) {
    for (const Evidence& y : b.evidence) {
      if (x.whole || y.whole) {
        if (x.whole && y.whole && x.signal == y.signal) return true;
        continue;
      }
      if (x.begin < y.end && y.begin < x.end) return true;
    }
  }
  return false;
}

size_t Distance(const Evidence& a, const Evidence& b) {
  if (a.whole || b.whole) return 0;
  if (a.begin < b.end && b.begin < a.end) return 0;
  return a.begin >= b.end ? a.begin - b.end : b.begin - a.end;
}

// Does a match of counter-cue `cue` lie within its reach of a span that the rule rests
// on, and one the cue can explain? The author's handle is no span, and a resemblance is
// of the whole text: its spans only show the words that raised it most, so a context
// word beside one of them ("Info RT 04: tgl 14 ...") explains no part of it.
bool Explains(const Catalog& catalog, int cue, const std::vector<const Evidence*>& matches, const Fired& fired) {
  const Cue& c = catalog.cues[cue];
  for (const Evidence& x : fired.evidence) {
    if (x.whole || catalog.signals[x.signal].from_similarity) continue;
    if (c.has_explains && !catalog.explains_selects[cue][x.signal]) continue;
    for (const Evidence* m : matches) {
      if (static_cast<double>(Distance(*m, x)) <= c.reach) return true;
    }
  }
  return false;
}

int SeverityRank(const std::string& severity) {
  return severity == "high" ? 2 : severity == "medium" ? 1 : 0;
}

class Scorer {
 public:
  Scorer(const Catalog& catalog, const Request& request, const std::string& date,
         const NormalizedText& text, const std::string& original)
      : c_(catalog), request_(request), text_(text), original_(original) {
    active_ = ActiveElections(catalog, request.settings, date);
    for (const ActivePhase& a : active_) max_active_weight_ = std::max(max_active_weight_, a.weight);
  }

  Verdict Run(const std::vector<Hit>& hits);

 private:
  double RegionWeight(int entity) const;
  double PeriodWeight(int entity) const;
  bool OwnRegion(int entity) const;
  Span MakeSpan(const Evidence& e, const char* role) const;
  bool WrittenInCapitals(const Hit& h) const;
  void FireRule(size_t rule, const std::vector<Evidence>& evidence, Verdict* verdict,
                std::vector<Fired>* fired) const;
  // One key per cue, and per entity and kind of mention: a pair's name and its ballot
  // code are two pieces of evidence, two patterns of one cue are one.
  int SourceKey(int signal) const {
    const Signal& s = c_.signals[signal];
    return s.is_entity ? s.owner * 8 + static_cast<int>(s.mention) : -1 - s.owner;
  }

  const Catalog& c_;
  const Request& request_;
  const NormalizedText& text_;
  const std::string& original_;
  std::vector<ActivePhase> active_;
  double max_active_weight_ = 1;
};

bool Scorer::OwnRegion(int entity) const {
  // Without a chosen region nothing is "elsewhere": every region weighs the same.
  if (entity < 0 || c_.entities[entity].election < 0 || request_.settings.regions.empty()) return true;
  return ElectionCoversUser(c_.elections[c_.entities[entity].election], request_.settings.regions);
}

double Scorer::RegionWeight(int entity) const {
  return OwnRegion(entity) ? 1.0 : c_.scoring.other_region_weight;
}

double Scorer::PeriodWeight(int entity) const {
  if (entity >= 0 && c_.entities[entity].election >= 0) {
    for (const ActivePhase& a : active_) {
      if (a.election == c_.entities[entity].election) return a.weight;
    }
    return 1.0;
  }
  // Parties and figures between cycles, and rules on cues alone: any active period
  // that concerns the user raises them.
  return max_active_weight_;
}

bool Scorer::WrittenInCapitals(const Hit& h) const {
  // "AMIN" the pair, not "amin" the prayer: the original letters must all be capitals.
  const size_t from = text_.byte_begin[h.begin];
  const size_t to = text_.byte_end[h.end - 1];
  int capitals = 0;
  for (size_t i = from; i < to; ++i) {
    const char c = original_[i];
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++capitals;
  }
  return capitals >= 2;
}

Span Scorer::MakeSpan(const Evidence& e, const char* role) const {
  Span span;
  span.begin = text_.OriginalU16Begin(e.begin);
  span.end = text_.OriginalU16End(e.end);
  span.role = role;
  span.signal = c_.signals[e.signal].label;
  const size_t from = text_.byte_begin[e.begin];
  const size_t to = text_.byte_end[e.end - 1];
  span.text = original_.substr(from, to - from);
  return span;
}

void Scorer::FireRule(size_t r, const std::vector<Evidence>& evidence, Verdict* verdict,
                      std::vector<Fired>* fired) const {
  const Rule& rule = c_.rules[r];
  double best_value = 0;
  int best_entity = -1;
  const Evidence* best_primary = nullptr;
  std::vector<const Evidence*> best_support;

  for (const Evidence& primary : evidence) {
    if (!c_.primary_selects[r][primary.signal]) continue;
    // The nearest supporting match of each distinct cue or entity within the window:
    // a cue counts once however many of its patterns matched ("#asalbukan" inside
    // "#asalbukanprabowo" is one cue, not two).
    const int primary_source = SourceKey(primary.signal);
    std::map<int, const Evidence*> nearest;
    if (rule.has_support) {
      for (const Evidence& s : evidence) {
        if (&s == &primary || !c_.support_selects[r][s.signal]) continue;
        const int source = SourceKey(s.signal);
        if (source == primary_source) continue;
        const size_t d = Distance(primary, s);
        if (d > static_cast<size_t>(rule.within)) continue;
        auto it = nearest.find(source);
        if (it == nearest.end() || d < Distance(primary, *it->second)) nearest[source] = &s;
      }
      if (static_cast<int>(nearest.size()) < rule.min_support) continue;
    }
    const Signal& ps = c_.signals[primary.signal];
    int entity = ps.is_entity ? ps.owner : -1;
    double cue_weight = 0;
    for (const auto& [source, s] : nearest) {
      const Signal& ss = c_.signals[s->signal];
      if (ss.is_entity) {
        if (entity < 0) entity = ss.owner;
      } else {
        cue_weight += c_.cues[ss.owner].weight;
      }
    }
    const double base = std::min(100.0, rule.score + cue_weight * c_.scoring.support_weight_fraction);
    const double value = base * RegionWeight(entity) * PeriodWeight(entity);
    if (value > best_value) {
      best_value = value;
      best_entity = entity;
      best_primary = &primary;
      best_support.clear();
      for (const auto& [signal, s] : nearest) best_support.push_back(s);
    }
  }
  if (!best_primary) return;

  Reason reason;
  reason.rule = rule.id;
  reason.severity = rule.severity;
  reason.score = std::round(best_value * 10) / 10;
  reason.message = rule.message;
  if (best_entity >= 0) reason.entity = c_.entities[best_entity].id;
  for (int b : rule.legal_basis) {
    const LegalBasis& basis = c_.legal_bases[b];
    reason.legal_basis.push_back(LegalBasisInfo{basis.id, basis.title, basis.sanction, basis.source});
  }
  if (!best_primary->whole) reason.spans.push_back(MakeSpan(*best_primary, "primary"));
  for (const Evidence* s : best_support) {
    if (!s->whole) reason.spans.push_back(MakeSpan(*s, "support"));
  }
  // A total order, so native and wasm builds list tied spans the same way.
  std::sort(reason.spans.begin(), reason.spans.end(), [](const Span& a, const Span& b) {
    return std::tie(a.begin, a.end, a.role, a.signal) < std::tie(b.begin, b.end, b.role, b.signal);
  });
  verdict->reasons.push_back(reason);
  Fired f{best_value, {*best_primary}};
  for (const Evidence* s : best_support) f.evidence.push_back(*s);
  fired->push_back(std::move(f));
}

Verdict Scorer::Run(const std::vector<Hit>& hits) {
  Verdict v;
  v.action = request_.action;
  v.platform = request_.platform;
  v.year_round = request_.settings.year_round;

  for (const ActivePhase& a : active_) {
    ActiveElection info;
    if (a.election >= 0) {
      const Election& e = c_.elections[a.election];
      info.id = e.id;
      info.kind = e.kind;
      info.name = e.name;
    } else {
      info.id = "custom";
      info.kind = "custom";
      info.name = LocalText{"Periode pemilihan yang Anda tetapkan", "The election period you set"};
    }
    info.phase = a.phase;
    info.phase_start = a.start;
    info.phase_end = a.end;
    v.active_elections.push_back(info);
  }

  std::vector<Evidence> evidence;
  evidence.reserve(hits.size() + 4);
  for (const Hit& h : hits) {
    if (c_.signals[h.signal].capitals_only && !WrittenInCapitals(h)) continue;
    evidence.push_back(Evidence{h.signal, h.begin, h.end, false});
  }
  // The author's handle: following or liking a candidate's own account is the act the
  // regulation names, whatever the post says.
  if (!request_.handle.empty()) {
    std::string handle = request_.handle;
    if (handle[0] == '@') handle.erase(0, 1);
    for (char& ch : handle) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    auto it = c_.handle_index.find(handle);
    if (it != c_.handle_index.end()) {
      for (int entity : it->second) {
        for (size_t s = 0; s < c_.signals.size(); ++s) {
          if (c_.signals[s].is_entity && c_.signals[s].owner == entity &&
              c_.signals[s].mention == Mention::kHandle) {
            evidence.push_back(Evidence{static_cast<int>(s), 0, 0, true});
          }
        }
      }
    }
  }

  // Entities named, and how often each competitor of each election is mentioned:
  // overlapping matches ("Prabowo-Gibran" as the pair and as two persons) count once.
  std::set<int> named;
  // election -> number -> (begin, end, is a name) of each mention
  std::map<int, std::map<int, std::vector<std::tuple<size_t, size_t, bool>>>> regions;
  std::set<int> named_outright;  // elections with a competitor named, not only numbered
  bool attack = false;
  for (const Evidence& e : evidence) {
    const Signal& s = c_.signals[e.signal];
    if (s.is_entity) {
      named.insert(s.owner);
      const Entity& entity = c_.entities[s.owner];
      if (entity.competitor_number > 0 && entity.competes_in >= 0 && !e.whole) {
        regions[entity.competes_in][entity.competitor_number].emplace_back(e.begin, e.end,
                                                                           s.mention == Mention::kName);
        // Bare codes and gestures ("02", ✌️) belong to many contests at once: they
        // count for a contest only when some competitor of it is named outright.
        if (s.mention != Mention::kCode && s.mention != Mention::kGesture) named_outright.insert(entity.competes_in);
      }
    } else if (c_.cues[s.owner].category == "attack") {
      attack = true;
    }
  }
  std::map<int, std::map<int, int>> competitors_named;  // election -> number -> mentions
  for (auto& [election, by_number] : regions) {
    if (!named_outright.count(election)) continue;
    for (auto& [number, spans] : by_number) {
      std::sort(spans.begin(), spans.end());
      int count = 0;
      size_t reach = 0;
      bool last_is_name = false;
      // Overlapping mentions are one; so are names right next to each other: "Tri
      // Rismaharini-Zahrul Azhar Asumta (Gus Hans)" names pair 3 once. A code or a
      // gesture beside a name still counts ("Aku sih 01 ☝️" backs pair 1 three times).
      for (const auto& [begin, end, is_name] : spans) {
        const bool joins = count > 0 && (begin < reach || (is_name && last_is_name && begin <= reach + 3));
        if (!joins) ++count;
        last_is_name = is_name;
        reach = std::max(reach, end);
      }
      competitors_named[election][number] = count;
    }
  }
  for (int index : named) {
    const Entity& e = c_.entities[index];
    v.entities.push_back(EntityInfo{e.id, e.type, e.name,
                                    e.election >= 0 ? c_.elections[e.election].id : "",
                                    e.ballot_number, OwnRegion(index)});
  }

  std::vector<Fired> fired;
  for (size_t r = 0; r < c_.rules.size(); ++r) FireRule(r, evidence, &v, &fired);

  // A rule counts only when it rests on other words than the stronger rules counted
  // before it: six rules firing on one quoted call are one piece of evidence, not six.
  std::stable_sort(fired.begin(), fired.end(), [](const Fired& a, const Fired& b) { return a.value > b.value; });
  std::vector<const Fired*> counted;
  for (const Fired& f : fired) {
    if (std::none_of(counted.begin(), counted.end(), [&](const Fired* c) { return Overlaps(*c, f); })) {
      counted.push_back(&f);
    }
  }

  // Counter-cues: each counts once. One without a reach ("kata Bawaslu") weighs against
  // the whole post. One with a reach weighs only against the rules whose words it stands
  // beside: "RT 05" explains a 05 next to it, not "posko pemenangan 02" further on, nor
  // the post's resemblance to campaign posts.
  std::map<int, std::vector<const Evidence*>> counter_matches;  // cue -> its matches, in order
  for (const Evidence& e : evidence) {
    const Signal& s = c_.signals[e.signal];
    if (s.is_entity || !c_.cues[s.owner].counter) continue;
    counter_matches[s.owner].push_back(&e);
  }
  double counter = 0;
  std::vector<double> explained(counted.size(), 0.0);  // counted rule -> weight against it
  for (const auto& [cue_index, matches] : counter_matches) {
    const Cue& cue = c_.cues[cue_index];
    bool counts = cue.reach < 0;
    if (cue.reach >= 0) {
      for (size_t i = 0; i < counted.size(); ++i) {
        if (!Explains(c_, cue_index, matches, *counted[i])) continue;
        explained[i] += cue.weight;
        counts = true;
      }
    }
    if (!counts) continue;
    CounterEvidence shown{cue.id, cue.category, cue.weight, {}};
    for (const Evidence* e : matches) {
      if (shown.spans.size() == 8) break;
      shown.spans.push_back(MakeSpan(*e, "counter"));
    }
    v.counter.push_back(std::move(shown));
    if (cue.reach < 0) counter += cue.weight;
  }
  counter = std::min(counter, c_.scoring.counter_cap);
  // Each counted rule less what explains it: the strongest counts whole, the others add a
  // fraction of their value.
  std::vector<double> values;
  for (size_t i = 0; i < counted.size(); ++i) {
    values.push_back(std::max(0.0, counted[i]->value - std::min(explained[i], c_.scoring.counter_cap)));
  }
  std::sort(values.begin(), values.end(), std::greater<double>());
  double positive = 0;
  for (size_t i = 0; i < values.size(); ++i) positive += i == 0 ? values[i] : c_.scoring.extra_rule_fraction * values[i];

  // Survey results and debate schedules name every pair, about equally; support
  // names one, or all with one far more often ("... lanjut ya 02, sat set ya 03. Aku
  // sih 01 ☝️ ayo coblos!"): balanced means every competitor named, none more than
  // twice as often as another.
  double balance = 1.0;
  if (!attack) {
    for (const auto& entry : competitors_named) {
      const std::map<int, int>& counts = entry.second;
      auto all = c_.competitors.find(entry.first);
      if (all == c_.competitors.end() || all->second.size() < 2) continue;
      int most = 0, least = std::numeric_limits<int>::max();
      for (int number : all->second) {
        auto it = counts.find(number);
        const int n = it == counts.end() ? 0 : it->second;
        most = std::max(most, n);
        least = std::min(least, n);
      }
      if (least > 0 && most <= 2 * least) balance = c_.scoring.balanced_mention_weight;
    }
  }

  auto action = c_.scoring.action_weights.find(ActionName(request_.action));
  const double action_weight = action == c_.scoring.action_weights.end() ? 1.0 : action->second;
  const double score = std::max(0.0, positive - counter) * balance * action_weight;
  v.score = static_cast<int>(std::lround(std::min(100.0, score)));

  const Scoring::Thresholds& t = request_.settings.sensitivity == Sensitivity::kStrict ? c_.scoring.strict
                                 : request_.settings.sensitivity == Sensitivity::kRelaxed ? c_.scoring.relaxed
                                                                                          : c_.scoring.normal;
  v.level = v.score >= t.warn ? Level::kWarn : v.score >= t.caution ? Level::kCaution : Level::kAllow;
  if (!request_.settings.year_round && active_.empty() && v.level == Level::kWarn) {
    v.level = Level::kCaution;
  }
  const bool publishing = request_.action == Action::kPost || request_.action == Action::kShare ||
                          request_.action == Action::kRepost;
  v.photo_checklist = request_.has_media && publishing && !active_.empty();

  std::stable_sort(v.reasons.begin(), v.reasons.end(), [](const Reason& a, const Reason& b) {
    if (SeverityRank(a.severity) != SeverityRank(b.severity)) {
      return SeverityRank(a.severity) > SeverityRank(b.severity);
    }
    return a.score > b.score;
  });
  return v;
}

}  // namespace

Verdict Score(const Catalog& catalog, const Request& request, const std::string& date,
              const NormalizedText& text, const std::string& original,
              const std::vector<Hit>& hits) {
  Verdict verdict = Scorer(catalog, request, date, text, original).Run(hits);
  verdict.date = date;
  return verdict;
}

}  // namespace jaganetral
