// Helpers shared by the core tests: the mini test pack, and packs built inline.

#ifndef JAGANETRAL_TESTS_TEST_UTIL_H_
#define JAGANETRAL_TESTS_TEST_UTIL_H_

#include <fstream>
#include <sstream>
#include <string>

#include "jaganetral/engine.h"

#ifndef JAGANETRAL_TEST_DATA_DIR
#error "JAGANETRAL_TEST_DATA_DIR must be defined by the build"
#endif

namespace jaganetral {

inline std::string ReadTestFile(const std::string& name) {
  std::ifstream in(std::string(JAGANETRAL_TEST_DATA_DIR) + "/" + name, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline PackSource MiniPack() { return PackSource{"mini-pack.json", ReadTestFile("mini-pack.json")}; }

// A pack with the given JSON members added after the required header.
inline PackSource InlinePack(const std::string& file, const std::string& members,
                             const std::string& id = "inline") {
  std::string text = "{\"format\": 1, \"id\": \"" + id + "\", \"version\": \"1\", \"name\": \"t\"";
  if (!members.empty()) text += ", " + members;
  text += "}";
  return PackSource{file, text};
}

inline Request MakeRequest(const std::string& text, Action action, const std::string& date) {
  Request r;
  r.text = text;
  r.action = action;
  r.date = date;
  return r;
}

}  // namespace jaganetral

#endif  // JAGANETRAL_TESTS_TEST_UTIL_H_
