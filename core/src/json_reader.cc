#include "json_reader.h"

#include <cmath>

namespace jaganetral {
namespace {

// Collects the first syntax error of a SAX parse. nlohmann builds the exception object
// without throwing it, which is what a -fno-exceptions build needs.
struct SyntaxErrorFinder : nlohmann::json_sax<Json> {
  std::string message;
  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(string_t&) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t, const std::string&,
                   const nlohmann::detail::exception& ex) override {
    message = ex.what();
    return false;
  }
};

// The deepest nesting of objects and arrays in `text`, outside strings, stopping early
// once past `limit`.
int NestingDepth(const std::string& text, int limit, size_t* where) {
  int depth = 0, deepest = 0;
  bool in_string = false, escaped = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (escaped) escaped = false;
      else if (c == '\\') escaped = true;
      else if (c == '"') in_string = false;
      continue;
    }
    if (c == '"') in_string = true;
    else if (c == '{' || c == '[') {
      if (++depth > deepest) deepest = depth;
      if (deepest > limit) {
        *where = i;
        return deepest;
      }
    } else if (c == '}' || c == ']') {
      --depth;
    }
  }
  return deepest;
}

std::string LineColumn(const std::string& text, size_t offset) {
  size_t line = 1, column = 1;
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') ++line, column = 1;
    else ++column;
  }
  return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

const char* TypeName(const Json& value) {
  switch (value.type()) {
    case Json::value_t::null: return "null";
    case Json::value_t::object: return "an object";
    case Json::value_t::array: return "a list";
    case Json::value_t::string: return "a string";
    case Json::value_t::boolean: return "true/false";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float: return "a number";
    default: return "something else";
  }
}

}  // namespace

bool ParseJson(const std::string& text, Json* out, std::string* error, int max_depth) {
  size_t where = 0;
  if (NestingDepth(text, max_depth, &where) > max_depth) {
    *error = "nesting deeper than " + std::to_string(max_depth) + " levels at " +
             LineColumn(text, where);
    return false;
  }
  *out = Json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (!out->is_discarded()) return true;
  SyntaxErrorFinder finder;
  Json::sax_parse(text, &finder);
  // "[json.exception.parse_error.101] parse error at line 3, column 5: ..." -> drop the tag.
  std::string message = finder.message.empty() ? "invalid JSON" : finder.message;
  const size_t tag_end = message.find("] ");
  if (message.rfind("[json.exception", 0) == 0 && tag_end != std::string::npos) {
    message = message.substr(tag_end + 2);
  }
  *error = message;
  return false;
}

std::string PointerAppend(const std::string& pointer, const std::string& key) {
  std::string out = pointer + "/";
  for (char c : key) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out += c;
  }
  return out;
}

std::string PointerAppend(const std::string& pointer, size_t index) {
  return pointer + "/" + std::to_string(index);
}

void JsonReader::Error(const std::string& pointer, const std::string& message) {
  problems_->push_back(Problem{file_, pointer.empty() ? "/" : pointer, message});
}

bool JsonReader::IsObject(const Json& value, const std::string& pointer) {
  if (value.is_object()) return true;
  Error(pointer, std::string("expected an object, found ") + TypeName(value));
  return false;
}

void JsonReader::CheckKeys(const Json& obj, const std::string& pointer,
                           std::initializer_list<const char*> allowed) {
  if (!obj.is_object()) return;
  for (auto it = obj.begin(); it != obj.end(); ++it) {
    bool known = false;
    for (const char* key : allowed) known = known || it.key() == key;
    if (!known) Error(PointerAppend(pointer, it.key()), "unknown key \"" + it.key() + "\"");
  }
}

const Json* JsonReader::Find(const Json& obj, const char* key, const std::string& pointer,
                             bool required) {
  if (!obj.is_object()) return nullptr;
  auto it = obj.find(key);
  if (it == obj.end() || (it->is_null() && !required)) {
    if (required) Error(PointerAppend(pointer, key), "missing required key");
    return nullptr;
  }
  return &*it;
}

bool JsonReader::GetString(const Json& obj, const char* key, const std::string& pointer,
                           std::string* out, bool required) {
  const Json* value = Find(obj, key, pointer, required);
  if (!value) return false;
  if (!value->is_string()) {
    Error(PointerAppend(pointer, key), std::string("expected a string, found ") + TypeName(*value));
    return false;
  }
  *out = value->get_ref<const std::string&>();
  return true;
}

bool JsonReader::GetNumber(const Json& obj, const char* key, const std::string& pointer,
                           double* out, double min, double max, bool required) {
  const Json* value = Find(obj, key, pointer, required);
  if (!value) return false;
  if (!value->is_number()) {
    Error(PointerAppend(pointer, key), std::string("expected a number, found ") + TypeName(*value));
    return false;
  }
  const double number = value->get<double>();
  if (!std::isfinite(number) || number < min || number > max) {
    char range[96];
    snprintf(range, sizeof range, "expected a number from %g to %g", min, max);
    Error(PointerAppend(pointer, key), range);
    return false;
  }
  *out = number;
  return true;
}

bool JsonReader::GetInt(const Json& obj, const char* key, const std::string& pointer, int* out,
                        int min, int max, bool required) {
  double number = 0;
  if (!GetNumber(obj, key, pointer, &number, min, max, required)) return false;
  if (number != std::floor(number)) {
    Error(PointerAppend(pointer, key), "expected a whole number");
    return false;
  }
  *out = static_cast<int>(number);
  return true;
}

bool JsonReader::GetBool(const Json& obj, const char* key, const std::string& pointer, bool* out,
                         bool required) {
  const Json* value = Find(obj, key, pointer, required);
  if (!value) return false;
  if (!value->is_boolean()) {
    Error(PointerAppend(pointer, key), std::string("expected true or false, found ") + TypeName(*value));
    return false;
  }
  *out = value->get<bool>();
  return true;
}

bool JsonReader::GetStringList(const Json& obj, const char* key, const std::string& pointer,
                               std::vector<std::string>* out, bool required) {
  const Json* value = Find(obj, key, pointer, required);
  if (!value) return false;
  const std::string here = PointerAppend(pointer, key);
  if (!value->is_array()) {
    Error(here, std::string("expected a list of strings, found ") + TypeName(*value));
    return false;
  }
  bool ok = true;
  for (size_t i = 0; i < value->size(); ++i) {
    const Json& item = (*value)[i];
    if (!item.is_string()) {
      Error(PointerAppend(here, i), std::string("expected a string, found ") + TypeName(item));
      ok = false;
      continue;
    }
    out->push_back(item.get_ref<const std::string&>());
  }
  return ok;
}

bool JsonReader::GetLocalText(const Json& obj, const char* key, const std::string& pointer,
                              LocalText* out, bool required) {
  const Json* value = Find(obj, key, pointer, required);
  if (!value) return false;
  const std::string here = PointerAppend(pointer, key);
  if (value->is_string()) {  // a plain string is Indonesian only
    out->id = out->en = value->get_ref<const std::string&>();
    return true;
  }
  if (!IsObject(*value, here)) return false;
  CheckKeys(*value, here, {"id", "en"});
  if (!GetString(*value, "id", here, &out->id, true)) return false;
  if (!GetString(*value, "en", here, &out->en, false)) out->en = out->id;
  return true;
}

const Json* JsonReader::GetArray(const Json& obj, const char* key, const std::string& pointer,
                                 bool required) {
  const Json* value = Find(obj, key, pointer, required);
  if (!value) return nullptr;
  if (!value->is_array()) {
    Error(PointerAppend(pointer, key), std::string("expected a list, found ") + TypeName(*value));
    return nullptr;
  }
  return value;
}

bool IsValidDate(const std::string& date) {
  if (date.size() != 10 || date[4] != '-' || date[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (date[i] < '0' || date[i] > '9') return false;
  }
  const int year = std::stoi(date.substr(0, 4));
  const int month = std::stoi(date.substr(5, 2));
  const int day = std::stoi(date.substr(8, 2));
  if (month < 1 || month > 12 || day < 1) return false;
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  const int days = kDays[month - 1] + (month == 2 && leap ? 1 : 0);
  return day <= days;
}

}  // namespace jaganetral
