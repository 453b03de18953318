// Reading untrusted JSON without exceptions: every wrong type, missing key or unknown
// key becomes a Problem with the file and JSON pointer, and reading goes on so that
// one pass reports every problem.

#ifndef JAGANETRAL_JSON_READER_H_
#define JAGANETRAL_JSON_READER_H_

#include <initializer_list>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "jaganetral/engine.h"

namespace jaganetral {

using Json = nlohmann::json;

// Parses `text`; on failure returns false and sets `error` to a message with the line
// and column. Rejects nesting deeper than `max_depth` before parsing, so hostile input
// cannot exhaust the stack.
bool ParseJson(const std::string& text, Json* out, std::string* error, int max_depth = 64);

// "/a/b" + "c~d" -> "/a/b/c~0d" (RFC 6901 escaping).
std::string PointerAppend(const std::string& pointer, const std::string& key);
std::string PointerAppend(const std::string& pointer, size_t index);

class JsonReader {
 public:
  JsonReader(std::string file, std::vector<Problem>* problems)
      : file_(std::move(file)), problems_(problems) {}

  void Error(const std::string& pointer, const std::string& message);
  const std::string& file() const { return file_; }
  size_t problem_count() const { return problems_->size(); }

  // Each Get* reads obj[key]. A missing key is an error only when `required`.
  // They return true when the value was present and of the right type.
  bool IsObject(const Json& value, const std::string& pointer);
  void CheckKeys(const Json& obj, const std::string& pointer,
                 std::initializer_list<const char*> allowed);
  bool GetString(const Json& obj, const char* key, const std::string& pointer, std::string* out,
                 bool required);
  bool GetNumber(const Json& obj, const char* key, const std::string& pointer, double* out,
                 double min, double max, bool required);
  bool GetInt(const Json& obj, const char* key, const std::string& pointer, int* out, int min,
              int max, bool required);
  bool GetBool(const Json& obj, const char* key, const std::string& pointer, bool* out,
               bool required);
  // A list of strings; each bad element is reported at its own index.
  bool GetStringList(const Json& obj, const char* key, const std::string& pointer,
                     std::vector<std::string>* out, bool required);
  // {"id": "...", "en": "..."}; en falls back to id.
  bool GetLocalText(const Json& obj, const char* key, const std::string& pointer,
                    LocalText* out, bool required);
  // A list whose elements are objects; returns nullptr when absent or not a list.
  const Json* GetArray(const Json& obj, const char* key, const std::string& pointer,
                       bool required);

 private:
  const Json* Find(const Json& obj, const char* key, const std::string& pointer, bool required);

  std::string file_;
  std::vector<Problem>* problems_;
};

// True for "YYYY-MM-DD" naming a real calendar date.
bool IsValidDate(const std::string& date);

}  // namespace jaganetral

#endif  // JAGANETRAL_JSON_READER_H_
