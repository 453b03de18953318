#include "jaganetral/pack_files.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace jaganetral {

Status ReadPackFiles(const std::vector<std::string>& paths, std::vector<PackSource>* packs) {
  namespace fs = std::filesystem;
  std::vector<Problem> problems;
  for (const std::string& path : paths) {
    std::error_code ec;
    std::vector<std::string> files;
    if (fs::is_directory(path, ec)) {
      for (const auto& entry : fs::directory_iterator(path, ec)) {
        if (entry.path().extension() == ".json") files.push_back(entry.path().string());
      }
      std::sort(files.begin(), files.end());
      if (files.empty()) problems.push_back(Problem{path, "/", "no *.json packs in this folder"});
    } else {
      files.push_back(path);
    }
    for (const std::string& file : files) {
      std::ifstream in(file, std::ios::binary);
      if (!in) {
        problems.push_back(Problem{file, "/", "cannot read the file"});
        continue;
      }
      std::ostringstream text;
      text << in.rdbuf();
      packs->push_back(PackSource{file, text.str()});
    }
  }
  return Status(std::move(problems));
}

}  // namespace jaganetral
