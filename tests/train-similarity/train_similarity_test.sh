#!/usr/bin/env bash
# scripts/train-similarity, end to end on the tiny corpus of tests/fit-weights and the tiny
# pack tests/data/mini-pack.json:
#   - it trains on the items that name a participant, prints the held-out check, and writes
#     nothing without --write;
#   - it never reads the held-out split (the corpus's aside-12 item names a text file that
#     does not exist) and refuses --splits aside-12 with exit 2;
#   - --write writes a pack that validates next to the mini pack, byte for byte the same on
#     a second run, whose features are ones the CLI reports (classify --jsonl --features).
# Usage: train_similarity_test.sh CLI ROOT
set -u
CLI=$1
ROOT=$2
TRAIN="$ROOT/scripts/train-similarity"
CORPUS="$ROOT/tests/fit-weights/corpus.jsonl"
. "$(dirname "$0")/../check.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/packs"
cp "$ROOT/tests/data/mini-pack.json" "$tmp/packs/"
train() { python3 "$TRAIN" --cli "$CLI" --rules "$tmp/packs/mini-pack.json" --corpus "$CORPUS" --min-count 1 "$@"; }

train --out "$tmp/model.json" >"$tmp/out" 2>"$tmp/err"; code=$?
check "training exits 0" $code
[ $code -eq 0 ] || cat "$tmp/err"
grep -q "name a participant" "$tmp/out" && grep -q "held-out check" "$tmp/out" && grep -q "final model" "$tmp/out" &&
  [ ! -e "$tmp/model.json" ]
check "it reports the held-out check and writes nothing without --write" $?

train --splits dev,aside-12 --out "$tmp/model.json" >"$tmp/out" 2>"$tmp/err"; code=$?
[ $code -eq 2 ] && grep -q "aside-12 is held out" "$tmp/err" && [ ! -e "$tmp/model.json" ]
check "--splits aside-12 is refused with exit 2" $?

train --write --out "$tmp/packs/model.json" >/dev/null 2>"$tmp/err" &&
  cp "$tmp/packs/model.json" "$tmp/first.json" &&
  train --write --out "$tmp/packs/model.json" >/dev/null 2>>"$tmp/err" &&
  cmp -s "$tmp/packs/model.json" "$tmp/first.json"
check "--write gives the same pack twice" $?
"$CLI" validate "$tmp/packs/mini-pack.json" "$tmp/packs/model.json" >/dev/null
check "the written pack validates with the mini pack" $?

echo '{"id": "a", "text": "Ayo COBLOS Budi Sari 💪"}' | "$CLI" classify --rules "$tmp/packs/mini-pack.json" --jsonl --features |
  python3 -c '
import json, sys
features = json.load(sys.stdin)["features"]
assert features == ["ayo", "ayo coblos", "coblos", "coblos budi", "budi", "budi sari", "sari", "sari 💪", "💪"], features
model = json.load(open(sys.argv[1]))["similarity"]
assert model["features"], "no features trained"
assert all(f == f.lower() for f in model["features"]), "features are normalized"
' "$tmp/packs/model.json"
check "classify --jsonl --features lists the features the model is trained on" $?
finish
