// JSON forms of requests and verdicts, shared by the CLI and the WebAssembly API so
// that both speak exactly the same language (wasm/README.md documents the shapes).

#ifndef JAGANETRAL_JSON_IO_H_
#define JAGANETRAL_JSON_IO_H_

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "jaganetral/engine.h"

namespace jaganetral {

// Reads a request object. Problems with the request itself (text not a string, unknown
// action, bad date) are errors, reported with JSON pointers. A bad *setting* is not an
// error: the default is used and a line is added to `setting_warnings`.
Status RequestFromJson(const nlohmann::json& json, Request* request,
                       std::vector<std::string>* setting_warnings);

// Reads a settings object the same forgiving way.
Settings SettingsFromJson(const nlohmann::json& json, std::vector<std::string>* warnings);

nlohmann::json VerdictToJson(const Verdict& verdict);
nlohmann::json ProblemsToJson(const std::vector<Problem>& problems);
nlohmann::json PacksToJson(const std::vector<PackInfo>& packs);
nlohmann::json ElectionsToJson(const std::vector<ElectionInfo>& elections);

// Parses untrusted JSON text without exceptions, refusing nesting deeper than 64 levels
// before parsing (copying or walking a deeper document recursively could exhaust the
// stack). On failure returns false with a message that gives the line and column.
bool ParseUntrustedJson(const std::string& text, nlohmann::json* out, std::string* error);

// Serializes without ever failing: invalid UTF-8 in strings becomes U+FFFD.
std::string Dump(const nlohmann::json& json, int indent = -1);

}  // namespace jaganetral

#endif  // JAGANETRAL_JSON_IO_H_
