#include "jaganetral/json_io.h"

#include <algorithm>

#include "json_reader.h"

namespace jaganetral {
namespace {

nlohmann::json LocalTextJson(const LocalText& text) {
  return {{"id", text.id}, {"en", text.en.empty() ? text.id : text.en}};
}

nlohmann::json SpansJson(const std::vector<Span>& spans) {
  nlohmann::json out = nlohmann::json::array();
  for (const Span& s : spans) {
    out.push_back({{"begin", s.begin}, {"end", s.end}, {"role", s.role}, {"signal", s.signal}, {"text", s.text}});
  }
  return out;
}

bool ReadDate(const nlohmann::json& value, std::string* out) {
  if (!value.is_string()) return false;
  *out = value.get<std::string>();
  return IsValidDate(*out);
}

}  // namespace

Settings SettingsFromJson(const nlohmann::json& json, std::vector<std::string>* warnings) {
  Settings s;
  if (json.is_null()) return s;
  if (!json.is_object()) {
    warnings->push_back("settings: expected an object; defaults are used");
    return s;
  }
  const auto bad = [&](const std::string& key, const std::string& why) {
    warnings->push_back("settings." + key + ": " + why + "; the default is used");
  };
  for (auto it = json.begin(); it != json.end(); ++it) {
    const std::string& key = it.key();
    const nlohmann::json& v = it.value();
    if (key == "regions" || key == "elections") {
      std::vector<std::string>* list = key == "regions" ? &s.regions : &s.elections;
      if (v.is_string()) {
        list->push_back(v.get<std::string>());
      } else if (v.is_array() && std::all_of(v.begin(), v.end(), [](const nlohmann::json& x) { return x.is_string(); })) {
        for (const auto& x : v) list->push_back(x.get<std::string>());
      } else {
        bad(key, "expected a list of strings");
      }
    } else if (key == "custom_period") {
      if (v.is_null()) continue;
      Period p;
      if (v.is_object() && v.contains("start") && v.contains("end") && ReadDate(v["start"], &p.start) &&
          ReadDate(v["end"], &p.end) && !(p.end < p.start)) {
        s.custom_period = p;
      } else {
        bad(key, "expected {\"start\": \"YYYY-MM-DD\", \"end\": \"YYYY-MM-DD\"} with end not before start");
      }
    } else if (key == "phase_overrides") {
      if (!v.is_object()) {
        bad(key, "expected an object of election ids");
        continue;
      }
      for (auto e = v.begin(); e != v.end(); ++e) {
        if (!e.value().is_array()) {
          bad(key + "." + e.key(), "expected a list of phases");
          continue;
        }
        for (const auto& phase : e.value()) {
          PhaseDates d;
          if (phase.is_object() && phase.contains("phase") && phase["phase"].is_string() &&
              phase.contains("start") && phase.contains("end") && ReadDate(phase["start"], &d.start) &&
              ReadDate(phase["end"], &d.end) && !(d.end < d.start)) {
            d.phase = phase["phase"].get<std::string>();
            s.phase_overrides[e.key()].push_back(d);
          } else {
            bad(key + "." + e.key(), "a phase needs \"phase\", and valid \"start\" and \"end\" dates");
          }
        }
      }
    } else if (key == "sensitivity") {
      if (!v.is_string() || !ParseSensitivity(v.get<std::string>(), &s.sensitivity)) {
        bad(key, "expected strict, normal or relaxed");
      }
    } else if (key == "year_round") {
      if (v.is_boolean()) s.year_round = v.get<bool>();
      else bad(key, "expected true or false");
    } else {
      // Settings the engine does not use (guarded actions, language) belong to the UI.
    }
  }
  return s;
}

Status RequestFromJson(const nlohmann::json& json, Request* request,
                       std::vector<std::string>* setting_warnings) {
  std::vector<Problem> problems;
  JsonReader r("request", &problems);
  if (!r.IsObject(json, "")) return Status(std::move(problems));
  r.GetString(json, "text", "", &request->text, true);
  std::string action = "like";
  if (r.GetString(json, "action", "", &action, false) && !ParseAction(action, &request->action)) {
    r.Error("/action", "unknown action \"" + action + "\" (expected like, share, repost, comment, post, follow or join)");
  }
  r.GetString(json, "platform", "", &request->platform, false);
  r.GetString(json, "author", "", &request->author, false);
  r.GetString(json, "handle", "", &request->handle, false);
  r.GetString(json, "url", "", &request->url, false);
  if (r.GetString(json, "date", "", &request->date, false) && !IsValidDate(request->date)) {
    r.Error("/date", "invalid date \"" + request->date + "\" (expected YYYY-MM-DD)");
  }
  r.GetBool(json, "has_media", "", &request->has_media, false);
  if (json.contains("settings")) request->settings = SettingsFromJson(json["settings"], setting_warnings);
  return Status(std::move(problems));
}

nlohmann::json VerdictToJson(const Verdict& v) {
  nlohmann::json j;
  j["level"] = LevelName(v.level);
  j["score"] = v.score;
  j["action"] = ActionName(v.action);
  j["platform"] = v.platform;
  j["date"] = v.date;
  j["active_elections"] = nlohmann::json::array();
  for (const ActiveElection& a : v.active_elections) {
    j["active_elections"].push_back({{"id", a.id}, {"kind", a.kind}, {"name", LocalTextJson(a.name)},
                                     {"phase", a.phase}, {"phase_start", a.phase_start},
                                     {"phase_end", a.phase_end}, {"own_region", a.own_region}});
  }
  j["entities"] = nlohmann::json::array();
  for (const EntityInfo& e : v.entities) {
    j["entities"].push_back({{"id", e.id}, {"type", e.type}, {"name", e.name}, {"election", e.election},
                             {"ballot_number", e.ballot_number}, {"own_region", e.own_region}});
  }
  j["reasons"] = nlohmann::json::array();
  for (const Reason& r : v.reasons) {
    nlohmann::json bases = nlohmann::json::array();
    for (const LegalBasisInfo& b : r.legal_basis) {
      bases.push_back({{"id", b.id}, {"title", LocalTextJson(b.title)},
                       {"sanction", LocalTextJson(b.sanction)}, {"source", b.source}});
    }
    j["reasons"].push_back({{"rule", r.rule}, {"severity", r.severity}, {"score", r.score},
                            {"message", LocalTextJson(r.message)}, {"entity", r.entity},
                            {"legal_basis", bases}, {"spans", SpansJson(r.spans)}});
  }
  j["counter"] = nlohmann::json::array();
  for (const CounterEvidence& c : v.counter) {
    j["counter"].push_back({{"cue", c.cue}, {"category", c.category}, {"weight", c.weight},
                            {"spans", SpansJson(c.spans)}});
  }
  j["photo_checklist"] = v.photo_checklist;
  j["year_round"] = v.year_round;
  j["warnings"] = v.warnings;
  return j;
}

nlohmann::json ProblemsToJson(const std::vector<Problem>& problems) {
  nlohmann::json out = nlohmann::json::array();
  for (const Problem& p : problems) {
    out.push_back({{"file", p.file}, {"pointer", p.pointer}, {"message", p.message}});
  }
  return out;
}

nlohmann::json PacksToJson(const std::vector<PackInfo>& packs) {
  nlohmann::json out = nlohmann::json::array();
  for (const PackInfo& p : packs) {
    out.push_back({{"id", p.id}, {"version", p.version}, {"file", p.file}, {"name", LocalTextJson(p.name)},
                   {"counts", {{"elections", p.elections}, {"entities", p.entities}, {"cues", p.cues}, {"rules", p.rules}}}});
  }
  return out;
}

nlohmann::json ElectionsToJson(const std::vector<ElectionInfo>& elections) {
  nlohmann::json out = nlohmann::json::array();
  for (const ElectionInfo& e : elections) {
    nlohmann::json phases = nlohmann::json::array();
    for (const PhaseDates& p : e.phases) {
      phases.push_back({{"phase", p.phase},
                        {"start", p.start.empty() ? nlohmann::json() : nlohmann::json(p.start)},
                        {"end", p.end.empty() ? nlohmann::json() : nlohmann::json(p.end)}});
    }
    out.push_back({{"id", e.id}, {"kind", e.kind}, {"name", LocalTextJson(e.name)}, {"regions", e.regions},
                   {"phases", phases}, {"pack", e.pack}});
  }
  return out;
}

bool ParseUntrustedJson(const std::string& text, nlohmann::json* out, std::string* error) {
  return ParseJson(text, out, error);
}

std::string Dump(const nlohmann::json& json, int indent) {
  return json.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace jaganetral
