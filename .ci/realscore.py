#!/usr/bin/env python3
"""Score armswatch's facts on the real-derived corpus per language and per
fact type with the team's scorer (../shared/eval/score.py), print a table,
and check per-language F1 floors.

usage: realscore.py --shared ../shared --pred P.jsonl [--floors en=0.5,fr=0.5]
The last line is 'realscore: N passed, M failed'.
"""
import argparse, json, os, signal, subprocess, sys, tempfile

signal.signal(signal.SIGPIPE, signal.SIG_DFL)

LANGS = ["en", "fr", "ar", "es", "de"]
TYPES = ["transfer", "aggregate", "assistance", "agreement", "membership", "exercise"]


def score(scorer, gold, pred, lang=None):
    cmd = [sys.executable, scorer, "--gold", gold, "--pred", pred]
    if lang:
        cmd += ["--lang", lang]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.strip().splitlines()[-1]
    kv = {}
    for part in out.split()[1:]:
        k, _, v = part.partition("=")
        kv[k] = v
    return kv


def filtered(path, typ, tmp, name):
    out = os.path.join(tmp, name)
    with open(path, encoding="utf-8") as fh, open(out, "w", encoding="utf-8") as w:
        for line in fh:
            if not line.strip():
                continue
            r = json.loads(line)
            r["facts"] = [f for f in r.get("facts") or [] if f.get("type") == typ]
            w.write(json.dumps(r, ensure_ascii=False) + "\n")
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", required=True)
    ap.add_argument("--pred", required=True)
    ap.add_argument("--floors", default="")
    a = ap.parse_args()
    scorer = os.path.join(a.shared, "eval", "score.py")
    with tempfile.TemporaryDirectory() as tmp:
        gold = os.path.join(tmp, "gold.jsonl")
        with open(gold, "w", encoding="utf-8") as w:
            for l in LANGS:
                with open(os.path.join(a.shared, "corpus", "gold", f"real-{l}.jsonl"), encoding="utf-8") as fh:
                    w.write(fh.read().rstrip("\n") + "\n")
        rows = []
        print(f"{'set':<12} {'P':>5} {'R':>5} {'F1':>5} {'attrs':>5} {'clean':>5} {'tp':>4} {'fp':>4} {'fn':>4}")
        res = {}
        for l in LANGS + [None]:
            kv = score(scorer, gold, a.pred, l)
            res[l or "all"] = kv
            print(f"{l or 'all':<12} {kv['P']:>5} {kv['R']:>5} {kv['F1']:>5} {kv['attrs']:>5} {kv['clean']:>5} {kv['tp']:>4} {kv['fp']:>4} {kv['fn']:>4}")
        for t in TYPES:
            kv = score(scorer, filtered(gold, t, tmp, "g-" + t), filtered(a.pred, t, tmp, "p-" + t))
            print(f"{t:<12} {kv['P']:>5} {kv['R']:>5} {kv['F1']:>5} {kv['attrs']:>5} {'':>5} {kv['tp']:>4} {kv['fp']:>4} {kv['fn']:>4}")
    passed = failed = 0
    for item in filter(None, a.floors.split(",")):
        l, _, v = item.partition("=")
        f1 = float(res[l]["F1"])
        if f1 + 1e-9 < float(v):
            print(f"FAIL: real corpus {l} F1 {f1:.2f} below its floor {float(v):.2f}")
            failed += 1
        else:
            passed += 1
    print(f"realscore: {passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
