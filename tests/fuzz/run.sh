#!/usr/bin/env bash
# Runs the libFuzzer targets built in build/fuzz (tests/fuzz/README.md):
#   1. replays every saved crash in tests/fuzz/regressions/<target>/ (must not crash);
#   2. fuzzes each target for --seconds, starting from the seeds in
#      tests/fuzz/corpus/<target>/. New inputs go to build/fuzz/corpus/<target>/ (never
#      into the repository); crashes to build/fuzz/artifacts/.
# Prints the executions per target; exits non-zero on any crash.
#
#   bash tests/fuzz/run.sh [--seconds N] [--jobs N] [--targets "pack normalize classify"]
set -uo pipefail
cd "$(dirname "$0")/../.."
SECONDS_PER_TARGET=10
JOBS=1
TARGETS="pack normalize classify"
while [ $# -gt 0 ]; do
  case $1 in
    --seconds) SECONDS_PER_TARGET=$2; shift 2 ;;
    --jobs) JOBS=$2; shift 2 ;;
    --targets) TARGETS=$2; shift 2 ;;
    *) echo "usage: $0 [--seconds N] [--jobs N] [--targets LIST]" >&2; exit 2 ;;
  esac
done
# Keep in step with kMaxInput in each target.
declare -A MAX_LEN=([pack]=65536 [normalize]=16384 [classify]=16384)
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:allocator_may_return_null=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

status=0
summary=()
for t in $TARGETS; do
  bin=build/fuzz/fuzz_$t
  [ -x "$bin" ] || { echo "fuzz: $bin is missing: build it (tests/fuzz/README.md)" >&2; exit 1; }
  regressions=()
  [ -d tests/fuzz/regressions/$t ] && mapfile -t regressions < <(find tests/fuzz/regressions/$t -type f | sort)
  if [ ${#regressions[@]} -gt 0 ]; then
    if ! "$bin" -rss_limit_mb=2048 "${regressions[@]}" >build/fuzz/regressions-$t.log 2>&1; then
      echo "fuzz: $t: a saved regression crashes again:" >&2
      tail -40 build/fuzz/regressions-$t.log >&2
      status=1
      summary+=("$t: REGRESSION")
      continue
    fi
    echo "fuzz: $t: ${#regressions[@]} regression input(s) replayed, no crash"
  fi
  mkdir -p build/fuzz/corpus/$t build/fuzz/artifacts
  log=build/fuzz/fuzz-$t.log
  extra=()
  [ -f tests/fuzz/$t.dict ] && extra+=(-dict=tests/fuzz/$t.dict)
  [ "$JOBS" -gt 1 ] && extra+=(-jobs="$JOBS" -workers="$JOBS")
  "$bin" build/fuzz/corpus/$t tests/fuzz/corpus/$t \
    -max_total_time="$SECONDS_PER_TARGET" -max_len="${MAX_LEN[$t]}" -timeout=20 -rss_limit_mb=2048 \
    -artifact_prefix=build/fuzz/artifacts/$t- -print_final_stats=1 "${extra[@]}" >"$log" 2>&1
  rc=$?
  runs=$(grep -h -o 'stat::number_of_executed_units: *[0-9]*' "$log" build/fuzz/fuzz-$t.*.log 2>/dev/null | awk '{s += $2} END {print s + 0}')
  if [ $rc -ne 0 ]; then
    echo "fuzz: $t: CRASH after $runs executions (artifacts in build/fuzz/artifacts/):" >&2
    grep -h -A30 -m1 -E 'ERROR: |runtime error|check failed|deadly signal|timeout' "$log" >&2
    status=1
    summary+=("$t: CRASH")
  else
    summary+=("$t: $runs executions in ${SECONDS_PER_TARGET}s, no crash")
  fi
done
printf 'fuzz: %s\n' "${summary[@]}"
exit $status
