# Third-party libraries, built from the sources scripts/setup unpacks into
# JAGANETRAL_DEPS_DIR, identically for the native and the WebAssembly build.

set(_re2 "${JAGANETRAL_DEPS_DIR}/re2")
set(_utf8proc "${JAGANETRAL_DEPS_DIR}/utf8proc")
foreach(_required "${_re2}/re2/re2.h" "${_re2}/re2/unicode_groups.cc" "${_utf8proc}/utf8proc.c"
                  "${JAGANETRAL_DEPS_DIR}/include/nlohmann/json.hpp")
  if(NOT EXISTS "${_required}")
    message(FATAL_ERROR "Missing ${_required}: run scripts/setup first (it unpacks RE2, utf8proc "
                        "and nlohmann/json into ${JAGANETRAL_DEPS_DIR}).")
  endif()
endforeach()

# RE2 (Debian's 20220601, no Abseil needed).
set(_re2_sources
  bitstate compile dfa filtered_re2 mimics_pcre nfa onepass parse perl_groups prefilter
  prefilter_tree prog re2 regexp set simplify stringpiece tostring unicode_casefold
  unicode_groups)
list(TRANSFORM _re2_sources PREPEND "${_re2}/re2/")
list(TRANSFORM _re2_sources APPEND ".cc")
add_library(jaganetral_re2 STATIC ${_re2_sources} "${_re2}/util/rune.cc" "${_re2}/util/strutil.cc")
target_include_directories(jaganetral_re2 SYSTEM PUBLIC "${_re2}")
target_compile_options(jaganetral_re2 PRIVATE -w)
if(NOT EMSCRIPTEN)
  find_package(Threads REQUIRED)
  target_link_libraries(jaganetral_re2 PUBLIC Threads::Threads)
endif()
add_library(jaganetral::re2 ALIAS jaganetral_re2)

# utf8proc (Unicode normalization and case folding tables).
add_library(jaganetral_utf8proc STATIC "${_utf8proc}/utf8proc.c")
target_include_directories(jaganetral_utf8proc SYSTEM PUBLIC "${_utf8proc}")
target_compile_definitions(jaganetral_utf8proc PUBLIC UTF8PROC_STATIC)
target_compile_options(jaganetral_utf8proc PRIVATE -w)
add_library(jaganetral::utf8proc ALIAS jaganetral_utf8proc)

# nlohmann/json: a folder holding only its headers (em++ must not see /usr/include).
add_library(jaganetral_json INTERFACE)
target_include_directories(jaganetral_json SYSTEM INTERFACE "${JAGANETRAL_DEPS_DIR}/include")
add_library(jaganetral::json ALIAS jaganetral_json)
