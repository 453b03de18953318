// jaganetral_bench: the native side of bench/run. A plain timing loop that prints JSON;
// bench/run.js drives it and puts its figures beside the wasm and JS engines'.
//
//   jaganetral_bench patterns PACK...             the compiled signal patterns, as JSON
//   jaganetral_bench load [--repeat N] PACK...    LoadPacks timings (first and later)
//   jaganetral_bench classify --corpus FILE [--passes N] PACK...
//                                                 per-post classify times, per size
//   jaganetral_bench signals --corpus FILE PACK...
//                                                 per post: normalized text and the
//                                                 signals that matched (for checking
//                                                 that the JS baselines do the same work)
//   jaganetral_bench sets --corpus FILE [--sets K] PACK...
//                                                 an experiment for bench/README.md: the
//                                                 distinct patterns in K RE2::Sets instead
//                                                 of one; compile time, and per-post time
//                                                 of the set matching alone
//
// The corpus file is JSON lines {"size": "1KB", "text": "..."} (bench/lib/corpus.js
// writes it). "classify" times what jn_classify does inside the wasm module: parse the
// request JSON, classify, serialize the verdict, so wasm and native do the same work.
//
// It links jaganetral::core and reads the internal catalog (core/src) only to dump the
// patterns; it changes nothing in core/.

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <re2/re2.h>
#include <re2/set.h>

#include "catalog.h"
#include "jaganetral/engine.h"
#include "jaganetral/json_io.h"
#include "jaganetral/pack_files.h"
#include "matcher.h"
#include "normalize.h"
#include "pack_parser.h"

namespace {

using jaganetral::Engine;
using jaganetral::PackSource;
using Clock = std::chrono::steady_clock;
using nlohmann::json;

double Micros(Clock::time_point a, Clock::time_point b) {
  return std::chrono::duration<double, std::micro>(b - a).count();
}

// The value at quantile q of sorted samples (nearest rank).
double Quantile(std::vector<double> v, double q) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  size_t rank = static_cast<size_t>(q * static_cast<double>(v.size()) + 0.999999);
  if (rank < 1) rank = 1;
  if (rank > v.size()) rank = v.size();
  return v[rank - 1];
}

struct Args {
  std::string command;
  std::string corpus;
  int sets = 1;
  int passes = 3;
  int repeat = 10;
  std::string date = "2024-02-01";
  std::string action = "share";
  std::vector<std::string> packs;
};

int Usage() {
  std::fputs(
      "usage: jaganetral_bench patterns|load|classify|signals [--corpus FILE] [--passes N]\n"
      "                        [--repeat N] [--date D] [--action A] PACK...\n",
      stderr);
  return 2;
}

bool LoadPackSources(const std::vector<std::string>& paths, std::vector<PackSource>* out) {
  const jaganetral::Status status = jaganetral::ReadPackFiles(paths, out);
  for (const auto& problem : status.problems()) std::fprintf(stderr, "jaganetral_bench: %s\n", problem.ToString().c_str());
  return status.ok();
}

struct Post {
  std::string size;
  std::string text;
  bool warmup = false;  // run untimed first (bench/lib/corpus.js says why)
};

bool ReadCorpus(const std::string& path, std::vector<Post>* posts) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    json item = json::parse(line, nullptr, false);
    if (item.is_discarded() || !item.contains("text") || !item["text"].is_string()) return false;
    posts->push_back(Post{item.value("size", std::string("?")), item["text"].get<std::string>(),
                          item.value("warmup", false)});
  }
  return true;
}

int Patterns(const std::vector<PackSource>& packs) {
  jaganetral::Catalog catalog;
  const jaganetral::Status status = jaganetral::BuildCatalog(packs, &catalog);
  if (!status.ok()) {
    for (const auto& p : status.problems()) std::fprintf(stderr, "%s\n", p.ToString().c_str());
    return 1;
  }
  json out = json::array();
  for (const jaganetral::Signal& s : catalog.signals) {
    // Program size (instructions) of the pattern alone: what it adds to the set.
    RE2 re(s.pattern, jaganetral::MatchOptions());
    out.push_back({{"label", s.label},
                   {"pattern", s.pattern},
                   {"file", s.file},
                   {"pointer", s.pointer},
                   {"program_size", re.ok() ? re.ProgramSize() : -1}});
  }
  std::printf("%s\n", jaganetral::Dump(out).c_str());
  return 0;
}

int Load(const std::vector<PackSource>& packs, int repeat) {
  std::vector<double> times;
  for (int i = 0; i < repeat; ++i) {
    Engine engine;
    const auto a = Clock::now();
    const jaganetral::Status status = engine.LoadPacks(packs);
    const auto b = Clock::now();
    if (!status.ok()) {
      for (const auto& p : status.problems()) std::fprintf(stderr, "%s\n", p.ToString().c_str());
      return 1;
    }
    times.push_back(Micros(a, b) / 1000.0);
  }
  json out = {{"first_ms", times.front()},
              {"median_ms", Quantile(times, 0.5)},
              {"min_ms", Quantile(times, 0.0)},
              {"repeat", repeat}};
  std::printf("%s\n", out.dump().c_str());
  return 0;
}

// What jn_classify does in wasm/bindings.cc, minus the JS string copies.
std::string ClassifyJson(const Engine& engine, const std::string& request_json) {
  json input = json::parse(request_json, nullptr, false);
  jaganetral::Request request;
  std::vector<std::string> warnings;
  const jaganetral::Status status = jaganetral::RequestFromJson(input, &request, &warnings);
  if (!status.ok()) return "{\"ok\":false}";
  jaganetral::Verdict verdict = engine.Classify(request);
  return jaganetral::Dump({{"ok", true}, {"verdict", jaganetral::VerdictToJson(verdict)}});
}

int Classify(const std::vector<PackSource>& packs, const std::vector<Post>& posts, const Args& args) {
  Engine engine;
  const jaganetral::Status status = engine.LoadPacks(packs);
  if (!status.ok()) return 1;
  std::vector<std::string> requests;
  for (const Post& post : posts) {
    requests.push_back(json({{"text", post.text}, {"action", args.action}, {"date", args.date}}).dump(
        -1, ' ', false, json::error_handler_t::replace));
  }
  // The warm-up posts, untimed, bring caches (and RE2's lazily built DFA states) to the
  // steady state of a running extension; then each post the engine has not seen yet is
  // timed, once per pass.
  size_t sink = 0;
  for (size_t i = 0; i < posts.size(); ++i) {
    if (posts[i].warmup) sink += ClassifyJson(engine, requests[i]).size();
  }
  std::map<std::string, std::vector<double>> samples;
  std::map<std::string, size_t> bytes, counts;
  for (int pass = 0; pass < args.passes; ++pass) {
    for (size_t i = 0; i < posts.size(); ++i) {
      if (posts[i].warmup) continue;
      const auto a = Clock::now();
      sink += ClassifyJson(engine, requests[i]).size();
      const auto b = Clock::now();
      samples[posts[i].size].push_back(Micros(a, b));
      if (pass == 0) {
        bytes[posts[i].size] += posts[i].text.size();
        counts[posts[i].size] += 1;
      }
    }
  }
  json out = json::array();
  for (const auto& [size, v] : samples) {
    out.push_back({{"engine", "native"},
                   {"size", size},
                   {"posts", counts[size]},
                   {"mean_bytes", counts[size] ? bytes[size] / counts[size] : 0},
                   {"samples", v.size()},
                   {"median_us", Quantile(v, 0.5)},
                   {"p99_us", Quantile(v, 0.99)}});
  }
  std::printf("%s\n", out.dump().c_str());
  std::fprintf(stderr, "native: checksum %zu\n", sink);
  return 0;
}

int Signals(const std::vector<PackSource>& packs, const std::vector<Post>& posts) {
  jaganetral::Catalog catalog;
  jaganetral::Status status = jaganetral::BuildCatalog(packs, &catalog);
  if (!status.ok()) return 1;
  std::unique_ptr<jaganetral::Matcher> matcher = jaganetral::Matcher::Build(catalog, &status);
  if (!status.ok()) return 1;
  for (const Post& post : posts) {
    const jaganetral::NormalizedText normalized = jaganetral::Normalize(post.text);
    std::set<int> matched;
    for (const jaganetral::Hit& hit : matcher->Find(normalized.text)) matched.insert(hit.signal);
    json line = {{"normalized", normalized.text}, {"signals", std::vector<int>(matched.begin(), matched.end())}};
    std::printf("%s\n", jaganetral::Dump(line).c_str());
  }
  return 0;
}

// The set matching alone (what Matcher::Find starts with), with the distinct patterns
// split into `k` sets of consecutive patterns: a DFA over fewer patterns has far fewer
// states to build for text it has not seen.
int Sets(const std::vector<PackSource>& packs, const std::vector<Post>& posts, int k) {
  jaganetral::Catalog catalog;
  if (!jaganetral::BuildCatalog(packs, &catalog).ok()) return 1;
  std::vector<std::string> patterns;
  std::set<std::string> seen;
  for (const jaganetral::Signal& s : catalog.signals) {
    if (seen.insert(s.pattern).second) patterns.push_back(s.pattern);
  }
  const auto a = Clock::now();
  std::vector<std::unique_ptr<RE2::Set>> sets;
  for (int i = 0; i < k; ++i) sets.push_back(std::make_unique<RE2::Set>(jaganetral::MatchOptions(), RE2::UNANCHORED));
  for (size_t i = 0; i < patterns.size(); ++i) sets[i * k / patterns.size()]->Add(patterns[i], nullptr);
  for (auto& set : sets) {
    if (!set->Compile()) return 1;
  }
  const double compile_ms = Micros(a, Clock::now()) / 1000.0;
  std::vector<std::string> texts;
  for (const Post& post : posts) texts.push_back(jaganetral::Normalize(post.text).text);
  std::vector<int> matched;
  size_t sink = 0;
  for (size_t i = 0; i < posts.size(); ++i) {
    if (!posts[i].warmup) continue;
    for (auto& set : sets) set->Match(texts[i], &matched);
  }
  std::map<std::string, std::vector<double>> samples;
  for (size_t i = 0; i < posts.size(); ++i) {
    if (posts[i].warmup) continue;
    const auto b = Clock::now();
    for (auto& set : sets) {
      set->Match(texts[i], &matched);
      sink += matched.size();
    }
    samples[posts[i].size].push_back(Micros(b, Clock::now()));
  }
  json out = {{"sets", k}, {"patterns", patterns.size()}, {"compile_ms", compile_ms}, {"match", json::object()}};
  for (const auto& [size, v] : samples) out["match"][size] = {{"median_us", Quantile(v, 0.5)}, {"p99_us", Quantile(v, 0.99)}};
  std::printf("%s\n", out.dump().c_str());
  std::fprintf(stderr, "sets: checksum %zu\n", sink);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  Args args;
  if (argc < 2) return Usage();
  args.command = argv[1];
  for (int i = 2; i < argc; ++i) {
    const std::string a = argv[i];
    const auto value = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
    if (a == "--corpus") args.corpus = value();
    else if (a == "--passes") args.passes = std::max(1, std::atoi(value().c_str()));
    else if (a == "--sets") args.sets = std::max(1, std::atoi(value().c_str()));
    else if (a == "--repeat") args.repeat = std::max(1, std::atoi(value().c_str()));
    else if (a == "--date") args.date = value();
    else if (a == "--action") args.action = value();
    else if (a.rfind("--", 0) == 0) return Usage();
    else args.packs.push_back(a);
  }
  std::vector<PackSource> packs;
  if (args.packs.empty() || !LoadPackSources(args.packs, &packs)) return Usage();
  if (args.command == "patterns") return Patterns(packs);
  if (args.command == "load") return Load(packs, args.repeat);
  std::vector<Post> posts;
  if (args.corpus.empty() || !ReadCorpus(args.corpus, &posts)) {
    std::fprintf(stderr, "jaganetral_bench: needs --corpus FILE of JSON lines {size, text}\n");
    return 2;
  }
  if (args.command == "classify") return Classify(packs, posts, args);
  if (args.command == "signals") return Signals(packs, posts);
  if (args.command == "sets") return Sets(packs, posts, args.sets);
  return Usage();
}
