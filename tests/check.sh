# Shared by the shell tests (source it): `check NAME EXIT-CODE` prints "ok" or "FAIL"
# for one check and counts the failures; `finish` ends the test, failing it when any
# check failed.
failures=0
check() {
  if [ "$2" -eq 0 ]; then echo "ok   $1"; else echo "FAIL $1"; failures=$((failures + 1)); fi
}
finish() {
  if [ "$failures" -gt 0 ]; then echo "$failures check(s) failed"; exit 1; fi
  echo "all checks passed"
  exit 0
}
