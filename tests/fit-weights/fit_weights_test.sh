#!/usr/bin/env bash
# scripts/fit-weights, end to end on a tiny corpus (corpus.jsonl here) and the tiny pack
# tests/data/mini-pack.json (copied to a temporary folder first):
#   - a fit runs, prints every rule with its hand-set and fitted score, the metrics before
#     and after, and changes no file without --write;
#   - it never reads the held-out split: the corpus's aside-12 item names a text file that
#     does not exist, so reading it would fail the run;
#   - --split aside-12 is refused (exit 2), and so is a corpus under a corpus/incoming/ folder;
#   - an unreadable corpus exits 2;
#   - --write changes only the rules' score values, to the fitted ones, and the pack still
#     validates.
# Usage: fit_weights_test.sh CLI ROOT
set -u
CLI=$1
ROOT=$2
HERE=$(cd "$(dirname "$0")" && pwd)
FIT="$ROOT/scripts/fit-weights"
. "$(dirname "$0")/../check.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/packs"
cp "$ROOT/tests/data/mini-pack.json" "$tmp/packs/mini-pack.json"
cp "$ROOT/tests/data/mini-pack.json" "$tmp/original.json"
fit() { python3 "$FIT" --cli "$CLI" --rules "$tmp/packs" --corpus "$HERE/corpus.jsonl" --passes 3 "$@"; }

fit >"$tmp/out" 2>"$tmp/err"; code=$?
check "fit on dev exits 0" $code
[ $code -eq 0 ] || cat "$tmp/err"
python3 - "$tmp/out" <<'EOF'
import sys
out = open(sys.argv[1], encoding="utf-8").read()
for rid in ("ajakan-memilih", "serangan", "dua-periode", "akun-kandidat", "sebut-nama"):
    assert any(line.split()[:1] == [rid] for line in out.splitlines()), rid
for text in ("hand-set", "fitted", "fired on", "warn recall", "false warn, non-political",
             "dev hand-set", "dev fitted", "aside-1 hand-set", "aside-1 fitted", "fit on dev (11 items)"):
    assert text in out, text
assert "fires on no dev item: kept" in out  # akun-kandidat
EOF
check "report lists every rule and the metrics before and after, on dev and aside-1" $?
cmp -s "$tmp/packs/mini-pack.json" "$tmp/original.json"
check "without --write the pack is unchanged" $?

fit --split aside-12 >"$tmp/out" 2>"$tmp/err"; code=$?
[ $code -eq 2 ] && grep -q "refusing to fit on aside-12" "$tmp/err" && [ ! -s "$tmp/out" ]
check "--split aside-12 is refused with exit 2" $?

mkdir -p "$tmp/corpus/incoming"
cp "$HERE/corpus.jsonl" "$tmp/corpus/incoming/posts.jsonl"
python3 "$FIT" --cli "$CLI" --rules "$tmp/packs" --corpus "$tmp/corpus/incoming/posts.jsonl" >/dev/null 2>"$tmp/err"
code=$?
[ $code -eq 2 ] && grep -q "incoming/ is never read" "$tmp/err"
check "a corpus under corpus/incoming/ is refused with exit 2" $?

python3 "$FIT" --cli "$CLI" --rules "$tmp/packs" --corpus "$tmp/no-such-corpus.jsonl" >/dev/null 2>"$tmp/err"
[ $? -eq 2 ] && grep -q "cannot read corpus" "$tmp/err"
check "an unreadable corpus exits 2" $?

fit --write >"$tmp/out" 2>"$tmp/err"; code=$?
check "fit --write exits 0" $code
[ $code -eq 0 ] || cat "$tmp/err"
python3 - "$tmp/original.json" "$tmp/packs/mini-pack.json" "$tmp/out" <<'EOF'
import json, re, sys
before = open(sys.argv[1], encoding="utf-8").read()
after = open(sys.argv[2], encoding="utf-8").read()
out = open(sys.argv[3], encoding="utf-8").read()
score = re.compile(r'"score": [0-9]+')
assert before != after, "no score was written"
assert score.sub('"score": N', before) == score.sub('"score": N', after), "more than scores changed"
b, a = json.loads(before), json.loads(after)
fitted = {}
for line in out.splitlines():
    parts = line.split()
    if len(parts) >= 3 and parts[0] in {r["id"] for r in b["rules"]}:
        fitted[parts[0]] = int(parts[2])
for rule in b["rules"]:
    rule["score"] = fitted[rule["id"]]
assert a == b, "written scores are not the fitted ones"
EOF
check "--write changes only the rules' scores, to the fitted ones" $?
"$CLI" validate "$tmp/packs/mini-pack.json" >/dev/null
check "the written pack validates" $?

echo
finish
