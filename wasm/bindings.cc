// The C boundary of the WebAssembly module: plain functions that take and return JSON
// text, so that no C++ object crosses into JavaScript except the engine handle, which
// wasm/jaganetral.js owns and frees. Returned strings are malloc'd; JS frees them with
// jn_free after reading.

#include <cstdlib>
#include <cstring>
#include <string>

#include <emscripten/emscripten.h>

#include "jaganetral/engine.h"
#include "jaganetral/json_io.h"

namespace {

char* Copy(const std::string& s) {
  char* out = static_cast<char*>(std::malloc(s.size() + 1));
  if (out) std::memcpy(out, s.c_str(), s.size() + 1);
  return out;
}

char* Error(const nlohmann::json& problems) {
  return Copy(jaganetral::Dump({{"ok", false}, {"errors", problems}}));
}

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE jaganetral::Engine* jn_engine_new() { return new jaganetral::Engine(); }

EMSCRIPTEN_KEEPALIVE void jn_engine_delete(jaganetral::Engine* engine) { delete engine; }

EMSCRIPTEN_KEEPALIVE void jn_free(char* p) { std::free(p); }

// packs_json: [{"file": "...", "text": "..."}, ...]
// -> {"ok": true, "packs": [...]} or {"ok": false, "errors": [{file, pointer, message}]}
EMSCRIPTEN_KEEPALIVE char* jn_load_packs(jaganetral::Engine* engine, const char* packs_json) {
  nlohmann::json input = nlohmann::json::parse(packs_json, nullptr, false);
  if (input.is_discarded() || !input.is_array()) {
    return Error({{{"file", ""}, {"pointer", "/"}, {"message", "expected a list of {file, text}"}}});
  }
  std::vector<jaganetral::PackSource> packs;
  for (size_t i = 0; i < input.size(); ++i) {
    const nlohmann::json& item = input[i];
    if (!item.is_object() || !item.contains("text") || !item["text"].is_string()) {
      return Error({{{"file", ""}, {"pointer", "/" + std::to_string(i)}, {"message", "expected {file, text} with text a string"}}});
    }
    const std::string file = item.contains("file") && item["file"].is_string() ? item["file"].get<std::string>()
                                                                             : "pack " + std::to_string(i);
    packs.push_back(jaganetral::PackSource{file, item["text"].get<std::string>()});
  }
  jaganetral::Status status = engine->LoadPacks(packs);
  if (!status.ok()) return Error(jaganetral::ProblemsToJson(status.problems()));
  return Copy(jaganetral::Dump({{"ok", true}, {"packs", jaganetral::PacksToJson(engine->packs())}}));
}

// request_json: the request object of wasm/README.md
// -> {"ok": true, "verdict": {...}} or {"ok": false, "errors": [{pointer, message}]}
EMSCRIPTEN_KEEPALIVE char* jn_classify(jaganetral::Engine* engine, const char* request_json) {
  nlohmann::json input = nlohmann::json::parse(request_json, nullptr, false);
  if (input.is_discarded()) return Error({{{"file", "request"}, {"pointer", "/"}, {"message", "invalid JSON"}}});
  jaganetral::Request request;
  std::vector<std::string> warnings;
  jaganetral::Status status = jaganetral::RequestFromJson(input, &request, &warnings);
  if (!status.ok()) return Error(jaganetral::ProblemsToJson(status.problems()));
  jaganetral::Verdict verdict = engine->Classify(request);
  verdict.warnings.insert(verdict.warnings.begin(), warnings.begin(), warnings.end());
  return Copy(jaganetral::Dump({{"ok", true}, {"verdict", jaganetral::VerdictToJson(verdict)}}));
}

EMSCRIPTEN_KEEPALIVE char* jn_elections(jaganetral::Engine* engine) {
  return Copy(jaganetral::Dump(jaganetral::ElectionsToJson(engine->elections())));
}

EMSCRIPTEN_KEEPALIVE char* jn_packs(jaganetral::Engine* engine) {
  return Copy(jaganetral::Dump(jaganetral::PacksToJson(engine->packs())));
}

}  // extern "C"
