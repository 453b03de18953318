#!/usr/bin/env bash
# The jaganetral CLI contract (issue: rule engine core), checked end to end:
#   - every pack in rules/ validates, and the cycle-independent pack umum.json also alone
#     (it is what protects between cycles, and what the wasm tests load by itself);
#   - the acceptance example warns, with spans, on a 2024 campaign date;
#   - --jsonl answers one line per input with id, level, score and reasons;
#   - a pack with a broken regex is rejected naming file, JSON pointer and problem,
#     with a non-zero exit;
#   - --explain shows the normalized text and every match;
#   - usage errors exit 2.
set -u
CLI=$1
ROOT=$2
. "$(dirname "$0")/../check.sh"

out=$("$CLI" validate "$ROOT"/rules/*.json 2>&1); code=$?
check "rules/*.json validate" $code
[ $code -eq 0 ] || echo "$out"
out=$("$CLI" validate "$ROOT"/rules/umum.json 2>&1); code=$?
check "rules/umum.json validates alone" $code
[ $code -eq 0 ] || echo "$out"

out=$("$CLI" classify --action share --date 2024-02-01 --json "Ayo coblos nomor 2, Prabowo-Gibran menang satu putaran!")
echo "$out" | python3 -c '
import json, sys
v = json.load(sys.stdin)
assert v["level"] == "warn", v["level"]
spans = [s for r in v["reasons"] for s in r["spans"]]
assert spans, "no spans"
text = "Ayo coblos nomor 2, Prabowo-Gibran menang satu putaran!"
for s in spans:
    assert text[s["begin"]:s["end"]] == s["text"], s
assert any(r["legal_basis"] for r in v["reasons"])
'
check "acceptance example warns with spans" $?

# --explain shows the normalized text and every signal, including ones no rule used.
out=$("$CLI" classify --date 2024-02-01 --json --explain "C O B L O S 0️⃣2️⃣ ya")
echo "$out" | python3 -c '
import json, sys
e = json.load(sys.stdin)["explanation"]
assert e["normalized"] == "coblos 02 ya", e["normalized"]
signals = {m["signal"]: m["text"] for m in e["matches"]}
assert signals.get("entity:pilpres-2024-pair-02:code") == "02", signals
assert signals.get("cue:ajakan-coblos") == "coblos", signals
'
check "--explain lists the normalized text and every match" $?

out=$(printf '%s\n' '{"id": "a", "text": "Ayo coblos nomor 2, Prabowo-Gibran menang satu putaran!", "action": "share", "date": "2024-02-01"}' \
  '{"id": 7, "text": "Resep soto ayam kampung, kuahnya bening.", "action": "like"}' | "$CLI" classify --jsonl)
echo "$out" | python3 -c '
import json, sys
lines = [json.loads(l) for l in sys.stdin.read().splitlines()]
assert len(lines) == 2, lines
assert lines[0]["id"] == "a" and lines[0]["level"] == "warn"
assert lines[1]["id"] == 7 and lines[1]["level"] == "allow"
for l in lines:
    assert isinstance(l["score"], int) and isinstance(l["reasons"], list)
'
check "--jsonl one line per input" $?

out=$(printf '%s\n' '{"id": 1, "text": "Ayo coblos nomor 2, Prabowo-Gibran menang satu putaran!", "action": "share", "date": "2026-05-01"}' \
  '{"id": 2, "text": "Ayo coblos nomor 2, Prabowo-Gibran menang satu putaran!", "action": "share", "date": "2026-05-01", "settings": {"year_round": false}}' \
  | "$CLI" classify --jsonl)
echo "$out" | python3 -c '
import json, sys
a, b = [json.loads(l) for l in sys.stdin.read().splitlines()]
assert a["level"] == "warn", a["level"]
assert b["level"] == "caution", b["level"]  # year-round off, no active period: at most caution
'
check "--jsonl keeps per-line settings" $?

out=$(python3 -c 'print("{\"id\": 1, \"text\": \"x\", \"deep\": " + "[" * 100000 + "]" * 100000 + "}")' | "$CLI" classify --jsonl); code=$?
[ $code -eq 1 ] && echo "$out" | grep -q "nesting deeper than 64 levels"
check "--jsonl refuses a 100,000-deep line with a message, no crash" $?

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/broken.json" <<'JSON'
{"format": 1, "id": "broken", "version": "1", "name": "Rusak",
 "cues": [{"id": "coblos", "category": "call_to_vote", "weight": 10, "patterns": ["(coblos"]}]}
JSON
out=$("$CLI" validate "$tmp/broken.json" 2>&1); code=$?
[ $code -ne 0 ] && echo "$out" | grep -q "broken.json: /cues/0/patterns/0: invalid regular expression: missing ): (coblos"
check "broken regex: file, pointer, problem, non-zero exit" $?

"$CLI" classify --action wave "x" >/dev/null 2>&1; [ $? -eq 2 ]
check "unknown action is a usage error" $?

finish
