"""The labeled corpus and the CLI's JSON Lines mode, shared by scripts/quality-report,
scripts/fit-weights and scripts/train-similarity, so all read the same items and ask the
engine the same questions.

Errors are raised as RunError with a message that says where and what; each script
decides how to report it.
"""

import json
import os
import subprocess

LEVELS = ("allow", "caution", "warn")
LABELS = ("campaign", "neutral_political", "non_political")
# The splits the packs and the model may be fitted on (read and tuned on), and the held-out
# split kept unseen to measure them: one place for fit-weights and train-similarity, so
# that moving the held-out line at the next stop is one edit (tests/corpus/README.md).
FIT_SPLITS = ("dev", "aside-1", "aside-2", "aside-3", "aside-4", "aside-5", "aside-6", "aside-7", "aside-8", "aside-9", "aside-10", "aside-11")
HELD_OUT = "aside-12"


ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
INCOMING = os.path.join(ROOT, "tests", "corpus", "incoming")


class RunError(Exception):
    pass


def refuse_incoming(path, what):
    """Never read tests/corpus/incoming/ (nor any corpus/incoming/ folder): checked on the
    path alone, before anything is opened. A `check_path` for load_corpus."""
    real = os.path.realpath(path)
    parts = real.split(os.sep)
    under_repo = real == os.path.realpath(INCOMING) or real.startswith(os.path.realpath(INCOMING) + os.sep)
    nested = any(parts[i] == "corpus" and parts[i + 1] == "incoming" for i in range(len(parts) - 1))
    if under_repo or nested:
        raise RunError("refusing to read %s %s: corpus/incoming/ is never read" % (what, path))


def load_corpus(path, splits=None, check_path=None):
    """Items of `splits` (all when None) of the JSON Lines corpus at `path`.

    Every line is checked; only selected items have their `text_file` read, so a held-out
    split's files are never opened by a run that does not ask for it. `check_path(path,
    what)` is called before any file is opened and may raise RunError.
    """
    if check_path:
        check_path(path, "corpus")
    base = os.path.dirname(os.path.abspath(path))
    items = []
    try:
        fh = open(path, encoding="utf-8")
    except OSError as e:
        raise RunError("cannot read corpus: %s" % e)
    with fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except ValueError as e:
                raise RunError("%s:%d: %s" % (path, n, e))
            if not isinstance(item, dict):
                raise RunError("%s:%d: not a JSON object" % (path, n))
            for key in ("id", "label", "expected"):
                if key not in item:
                    raise RunError("%s:%d: missing %r" % (path, n, key))
            item["id"] = str(item["id"])
            if item["label"] not in LABELS:
                raise RunError("%s:%d: unknown label %r" % (path, n, item["label"]))
            exp = item["expected"]
            item["expected"] = [exp] if isinstance(exp, str) else list(exp)
            for lv in item["expected"]:
                if lv not in LEVELS:
                    raise RunError("%s:%d: unknown expected level %r" % (path, n, lv))
            item.setdefault("split", "dev")
            item.setdefault("contest", "none")
            item.setdefault("action", "like")
            if splits is not None and item["split"] not in splits:
                continue
            if "text_file" in item:
                text_path = os.path.join(base, item["text_file"])
                if check_path:
                    check_path(text_path, "text file")
                try:
                    with open(text_path, encoding="utf-8") as tf:
                        item["text"] = tf.read()
                except OSError as e:
                    raise RunError("%s:%d: %s" % (path, n, e))
            if "text" not in item:
                raise RunError("%s:%d: neither text nor text_file" % (path, n))
            items.append(item)
    ids = [it["id"] for it in items]
    if len(set(ids)) != len(ids):
        raise RunError("%s: duplicate item ids" % path)
    return items


def classify(cli, rules, items, features=False):
    """The engine's verdict (a dict) for each item, by id: one `jaganetral classify
    --jsonl` run with each item's text, action, date and region. With `features`, each
    verdict also holds the similarity model's features of the text."""
    cmd = [cli, "classify"]
    for r in rules:
        cmd += ["--rules", r]
    cmd.append("--jsonl")
    if features:
        cmd.append("--features")
    lines = []
    for it in items:
        req = {"id": it["id"], "text": it["text"], "action": it["action"]}
        if it.get("date"):
            req["date"] = it["date"]
        if it.get("region"):
            req["region"] = it["region"]
        lines.append(json.dumps(req, ensure_ascii=False))
    try:
        proc = subprocess.run(cmd, input="\n".join(lines) + "\n", capture_output=True, text=True,
                              encoding="utf-8")
    except OSError as e:
        raise RunError("cannot run %s: %s" % (cli, e))
    if proc.returncode != 0:
        raise RunError("%s exited with %d:\n%s" % (" ".join(cmd), proc.returncode, proc.stderr.strip()))
    verdicts = {}
    for line in proc.stdout.splitlines():
        if not line.strip():
            continue
        try:
            v = json.loads(line)
        except ValueError:
            raise RunError("CLI printed a line that is not JSON: %r" % line[:200])
        if "level" not in v:
            raise RunError("verdict without a level: %s" % line[:300])
        verdicts[str(v.get("id"))] = v
    missing = [it["id"] for it in items if it["id"] not in verdicts]
    if missing:
        raise RunError("no verdict for %d item(s), e.g. %s; CLI stderr:\n%s"
                       % (len(missing), missing[0], proc.stderr.strip()))
    return verdicts
