// jaganetral: the command line over the engine, for rule authors and measurements.
//
//   jaganetral classify [--rules PATH]... [--region CODE]... [--date YYYY-MM-DD]
//                       [--action ACTION] [--platform NAME] [--json] [--explain] TEXT
//   jaganetral classify [same options] --jsonl [--features]   < lines of {"id": ..., "text": ...}
//   jaganetral validate PACK...
//
// Without --rules the packs of the repository's rules/ folder are used (or the folder
// named by $JAGANETRAL_RULES); without --date, today (UTC).

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include "jaganetral/engine.h"
#include "jaganetral/json_io.h"
#include "jaganetral/pack_files.h"

#ifndef JAGANETRAL_RULES_DIR
#define JAGANETRAL_RULES_DIR "rules"
#endif

namespace {

using jaganetral::Engine;
using jaganetral::PackSource;
using jaganetral::Request;
using jaganetral::Status;
using jaganetral::Verdict;

constexpr char kUsage[] =
    "usage:\n"
    "  jaganetral classify [--rules PATH]... [--region CODE]... [--date YYYY-MM-DD]\n"
    "                      [--action like|share|repost|comment|post|follow|join]\n"
    "                      [--platform NAME] [--handle @AKUN] [--has-media]\n"
    "                      [--sensitivity strict|normal|relaxed] [--election ID]...\n"
    "                      [--period START:END] [--no-year-round] [--json] [--explain] TEXT\n"
    "  jaganetral classify [same options] --jsonl [--features]   (JSON lines on stdin;\n"
    "                      --features adds the similarity model's features of each text)\n"
    "  jaganetral validate PACK...\n"
    "PATH is a pack file or a folder of packs (*.json). Without --rules: " JAGANETRAL_RULES_DIR "\n";

int Usage(const std::string& message) {
  if (!message.empty()) std::fprintf(stderr, "jaganetral: %s\n", message.c_str());
  std::fputs(kUsage, stderr);
  return 2;
}

void PrintProblems(const Status& status) {
  for (const auto& problem : status.problems()) std::fprintf(stderr, "%s\n", problem.ToString().c_str());
}

// Byte offset in UTF-8 `text` of UTF-16 offset `u16`.
size_t ByteOffset(const std::string& text, uint32_t u16) {
  size_t i = 0;
  uint32_t units = 0;
  while (i < text.size() && units < u16) {
    const unsigned char b = static_cast<unsigned char>(text[i]);
    size_t len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    units += len == 4 ? 2 : 1;
    i += len;
  }
  return std::min(i, text.size());
}

// The text with every span of the verdict between [[ and ]].
std::string Highlight(const std::string& text, const Verdict& verdict) {
  std::vector<std::pair<uint32_t, uint32_t>> spans;
  for (const auto& reason : verdict.reasons) {
    for (const auto& span : reason.spans) spans.emplace_back(span.begin, span.end);
  }
  std::sort(spans.begin(), spans.end());
  std::vector<std::pair<uint32_t, uint32_t>> merged;
  for (const auto& s : spans) {
    if (!merged.empty() && s.first <= merged.back().second) merged.back().second = std::max(merged.back().second, s.second);
    else merged.push_back(s);
  }
  std::string out;
  size_t at = 0;
  for (const auto& [begin, end] : merged) {
    const size_t b = ByteOffset(text, begin), e = ByteOffset(text, end);
    out += text.substr(at, b - at) + "[[" + text.substr(b, e - b) + "]]";
    at = e;
  }
  return out + text.substr(at);
}

const char* PhaseNameId(const std::string& phase) {
  if (phase == "registration") return "pendaftaran";
  if (phase == "campaign") return "kampanye";
  if (phase == "quiet") return "masa tenang";
  if (phase == "voting") return "pemungutan suara";
  if (phase == "counting") return "penghitungan suara";
  if (phase == "inauguration") return "pelantikan";
  return phase.c_str();
}

void PrintHuman(const Request& request, const Verdict& v) {
  static const char* const kLevelId[] = {"aman (allow)", "perlu hati-hati (caution)", "peringatan (warn)"};
  std::printf("%s, skor %d   [%s, %s]\n", kLevelId[static_cast<int>(v.level)], v.score,
              jaganetral::ActionName(v.action), v.date.c_str());
  if (v.active_elections.empty()) {
    std::printf("Pemilihan aktif: tidak ada untuk wilayah ini pada tanggal ini\n");
  }
  for (const auto& a : v.active_elections) {
    std::printf("Pemilihan aktif: %s — tahap %s (%s s.d. %s)\n", a.name.id.c_str(), PhaseNameId(a.phase),
                a.phase_start.c_str(), a.phase_end.c_str());
  }
  for (const auto& e : v.entities) {
    std::printf("Entitas: %s (%s%s%s)%s\n", e.name.c_str(), e.type.c_str(),
                e.ballot_number ? ", nomor " : "", e.ballot_number ? std::to_string(e.ballot_number).c_str() : "",
                e.own_region ? "" : " — di luar wilayah Anda");
  }
  int n = 0;
  for (const auto& r : v.reasons) {
    std::printf("%d. [%s] %s  +%.1f\n   %s\n", ++n, r.severity.c_str(), r.rule.c_str(), r.score, r.message.id.c_str());
    for (const auto& b : r.legal_basis) std::printf("   Dasar: %s\n", b.title.id.c_str());
    for (const auto& s : r.spans) std::printf("   %s: \"%s\" (%u-%u, %s)\n", s.role.c_str(), s.text.c_str(), s.begin, s.end, s.signal.c_str());
  }
  for (const auto& c : v.counter) {
    std::printf("Penyeimbang: %s (%s) -%.0f", c.cue.c_str(), c.category.c_str(), c.weight);
    if (!c.spans.empty()) std::printf(" \"%s\"", c.spans[0].text.c_str());
    std::printf("\n");
  }
  if (v.photo_checklist) std::printf("Foto: tampilkan daftar periksa (tanpa pose jari, atribut partai, atau kandidat)\n");
  for (const auto& w : v.warnings) std::printf("Catatan: %s\n", w.c_str());
  if (!v.reasons.empty()) std::printf("Teks: %s\n", Highlight(request.text, v).c_str());
}

int RunJsonl(const Engine& engine, const Request& defaults, bool features) {
  std::string line;
  int line_number = 0, failed = 0;
  while (std::getline(std::cin, line)) {
    ++line_number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    nlohmann::json input;
    std::string error;
    const bool parsed = jaganetral::ParseUntrustedJson(line, &input, &error);
    nlohmann::json id = parsed && input.is_object() && input.contains("id") ? input["id"] : nlohmann::json(line_number);
    Request request = defaults;
    std::vector<std::string> warnings;
    if (!parsed) {
      error = "line " + std::to_string(line_number) + ": " + error;
    } else if (!input.is_object()) {
      error = "line " + std::to_string(line_number) + ": not a JSON object";
    } else {
      // Per-line fields override the command-line defaults.
      nlohmann::json merged = input;
      if (!merged.contains("action")) merged["action"] = jaganetral::ActionName(defaults.action);
      if (!merged.contains("date") && !defaults.date.empty()) merged["date"] = defaults.date;
      if (!merged.contains("settings") || !merged["settings"].is_object()) merged["settings"] = nlohmann::json::object();
      if (merged.contains("region")) {
        const nlohmann::json region = merged["region"];
        merged.erase("region");
        merged["settings"]["regions"] = region.is_string() ? nlohmann::json::array({region}) : region;
      }
      for (const char* key : {"id", "label", "expected", "contest", "evasion", "split", "note", "text_file"}) merged.erase(key);
      Status status = jaganetral::RequestFromJson(merged, &request, &warnings);
      // Settings the line does not give come from the command line.
      const nlohmann::json& given = merged["settings"];
      if (!given.contains("regions")) request.settings.regions = defaults.settings.regions;
      if (!given.contains("sensitivity")) request.settings.sensitivity = defaults.settings.sensitivity;
      if (!given.contains("year_round")) request.settings.year_round = defaults.settings.year_round;
      if (!given.contains("elections")) request.settings.elections = defaults.settings.elections;
      if (!given.contains("custom_period")) request.settings.custom_period = defaults.settings.custom_period;
      if (!given.contains("phase_overrides")) request.settings.phase_overrides = defaults.settings.phase_overrides;
      if (!status.ok()) error = "line " + std::to_string(line_number) + ": " + status.problems()[0].pointer + ": " + status.problems()[0].message;
    }
    nlohmann::json out;
    if (!error.empty()) {
      ++failed;
      out = {{"id", id}, {"error", error}};
    } else {
      Verdict verdict = engine.Classify(request);
      verdict.warnings.insert(verdict.warnings.end(), warnings.begin(), warnings.end());
      out = jaganetral::VerdictToJson(verdict);
      out["id"] = id;
      if (features) out["features"] = Engine::SimilarityFeatures(request.text);
    }
    std::cout << jaganetral::Dump(out) << '\n';
  }
  std::cout.flush();
  return failed ? 1 : 0;
}

// For rule authors: what the patterns were matched against, and everything that matched,
// including the signals no rule used.
void PrintExplanation(const jaganetral::Explanation& explanation) {
  std::printf("normalized: %s\n", explanation.normalized.c_str());
  if (explanation.matches.empty()) std::printf("matches: none\n");
  for (const auto& match : explanation.matches) {
    std::printf("  %-48s \"%s\"\n", match.signal.c_str(), match.text.c_str());
  }
  if (!explanation.has_similarity) return;
  std::printf("similarity margin: %.2f\n", explanation.similarity_margin);
  for (const auto& [feature, weight] : explanation.similarity_features) {
    std::printf("  %+6.2f  \"%s\"\n", weight, feature.c_str());
  }
}

int Classify(int argc, char** argv) {
  std::vector<std::string> rules;
  Request request;
  bool json = false, jsonl = false, explain = false, features = false;
  std::string text;
  bool have_text = false;
  for (int i = 0; i < argc; ++i) {
    const std::string arg = argv[i];
    const auto value = [&](std::string* out) {
      if (i + 1 >= argc) return false;
      *out = argv[++i];
      return true;
    };
    std::string v;
    if (arg == "--rules") {
      if (!value(&v)) return Usage("--rules needs a path");
      rules.push_back(v);
    } else if (arg == "--region") {
      if (!value(&v)) return Usage("--region needs a code");
      request.settings.regions.push_back(v);
    } else if (arg == "--election") {
      if (!value(&v)) return Usage("--election needs an id");
      request.settings.elections.push_back(v);
    } else if (arg == "--date") {
      if (!value(&request.date)) return Usage("--date needs YYYY-MM-DD");
    } else if (arg == "--action") {
      if (!value(&v) || !jaganetral::ParseAction(v, &request.action)) return Usage("unknown --action \"" + v + "\"");
    } else if (arg == "--platform") {
      if (!value(&request.platform)) return Usage("--platform needs a name");
    } else if (arg == "--handle") {
      if (!value(&request.handle)) return Usage("--handle needs a handle");
    } else if (arg == "--sensitivity") {
      if (!value(&v) || !jaganetral::ParseSensitivity(v, &request.settings.sensitivity)) return Usage("unknown --sensitivity \"" + v + "\"");
    } else if (arg == "--period") {
      if (!value(&v) || v.size() != 21 || v[10] != ':') return Usage("--period needs START:END (YYYY-MM-DD:YYYY-MM-DD)");
      request.settings.custom_period = jaganetral::Period{v.substr(0, 10), v.substr(11)};
    } else if (arg == "--no-year-round") {
      request.settings.year_round = false;
    } else if (arg == "--has-media") {
      request.has_media = true;
    } else if (arg == "--json") {
      json = true;
    } else if (arg == "--explain") {
      explain = true;
    } else if (arg == "--jsonl") {
      jsonl = true;
    } else if (arg == "--features") {
      features = true;
    } else if (arg.rfind("--", 0) == 0) {
      return Usage("unknown option " + arg);
    } else if (!have_text) {
      text = arg;
      have_text = true;
    } else {
      return Usage("give the text as one argument (quote it)");
    }
  }
  if (!jsonl && !have_text) return Usage("no text to classify");
  if (features && !jsonl) return Usage("--features goes with --jsonl");
  if (rules.empty()) {
    const char* env = std::getenv("JAGANETRAL_RULES");
    rules.push_back(env && *env ? env : JAGANETRAL_RULES_DIR);
  }
  std::vector<PackSource> packs;
  const Status read = jaganetral::ReadPackFiles(rules, &packs);
  if (!read.ok()) {
    PrintProblems(read);
    return 1;
  }
  Engine engine;
  Status status = engine.LoadPacks(packs);
  if (!status.ok()) {
    PrintProblems(status);
    return 1;
  }
  if (jsonl) return RunJsonl(engine, request, features);
  request.text = text;
  Verdict verdict = engine.Classify(request);
  if (json) {
    nlohmann::json out = jaganetral::VerdictToJson(verdict);
    if (explain) {
      const jaganetral::Explanation explanation = engine.Explain(text);
      out["explanation"] = {{"normalized", explanation.normalized}, {"matches", nlohmann::json::array()}};
      for (const auto& match : explanation.matches) {
        out["explanation"]["matches"].push_back({{"signal", match.signal}, {"text", match.text}});
      }
      if (explanation.has_similarity) {
        nlohmann::json weighed = nlohmann::json::array();
        for (const auto& [feature, weight] : explanation.similarity_features) weighed.push_back({feature, weight});
        out["explanation"]["similarity"] = {{"margin", explanation.similarity_margin}, {"features", weighed}};
      }
    }
    std::cout << jaganetral::Dump(out, 2) << '\n';
  } else {
    PrintHuman(request, verdict);
    if (explain) PrintExplanation(engine.Explain(text));
  }
  return 0;
}

int Validate(int argc, char** argv) {
  if (argc == 0) return Usage("validate needs at least one pack");
  std::vector<PackSource> packs;
  const Status read = jaganetral::ReadPackFiles(std::vector<std::string>(argv, argv + argc), &packs);
  if (!read.ok()) {
    PrintProblems(read);
    return 1;
  }
  Status status = Engine::Validate(packs);
  if (!status.ok()) {
    PrintProblems(status);
    std::fprintf(stderr, "%zu problem(s) in %zu pack(s)\n", status.problems().size(), packs.size());
    return 1;
  }
  std::printf("%zu pack(s) valid\n", packs.size());
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return Usage("");
  const std::string command = argv[1];
  if (command == "classify") return Classify(argc - 2, argv + 2);
  if (command == "validate") return Validate(argc - 2, argv + 2);
  if (command == "--help" || command == "-h" || command == "help") {
    std::fputs(kUsage, stdout);
    return 0;
  }
  return Usage("unknown command \"" + command + "\"");
}
