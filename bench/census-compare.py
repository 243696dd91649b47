#!/usr/bin/env python3
"""Compare two census JSON-lines outputs: same starts, failures, distinct points (matched by loss and isotropy),
counts, indices; losses equal to 1e-10. Exit 1 (and print the differences) when they differ.
Usage: census-compare.py BEFORE.jsonl AFTER.jsonl"""
import json
import sys


def load(path):
    header, points = None, []
    for line in open(path):
        rec = json.loads(line)
        if rec.get("type") == "census":
            header = rec
        elif rec.get("type") == "point":
            points.append(rec)
    points.sort(key=lambda p: p["loss"])
    return header, points


# The dense polish of the census gives up on a stalled residual since commit fec90eb: the starts that used to fail
# with "Newton MAX_ITERATIONS" (a flat residual for 60 steps) now fail after 10 steps as "Newton STAGNATED".
RENAMED = {"Newton MAX_ITERATIONS": "Newton STAGNATED"}


def relabelled(failures):
    out = {}
    for k, v in (failures or {}).items():
        k = RENAMED.get(k, k)
        out[k] = out.get(k, 0) + v
    return out


def main():
    (ha, pa), (hb, pb) = load(sys.argv[1]), load(sys.argv[2])
    bad = []
    notes = []
    for key in ("starts", "failures", "distinct_points"):
        a, b = ha.get(key), hb.get(key)
        if key == "failures" and a != b and relabelled(a) == relabelled(b):
            notes.append(f"failure label renamed, counts equal: {a} vs {b}")
            continue
        if a != b:
            bad.append(f"{key}: {a} vs {b}")
    if len(pa) != len(pb):
        bad.append(f"{len(pa)} vs {len(pb)} distinct points")
    worst = 0.0
    for a, b in zip(pa, pb):
        worst = max(worst, abs(a["loss"] - b["loss"]))
        for key in ("count", "index", "isotropy", "isotropy_order", "minimum"):
            if a.get(key) != b.get(key):
                bad.append(f"point at loss {a['loss']:.12g}: {key} {a.get(key)} vs {b.get(key)}")
        if abs(a["loss"] - b["loss"]) > 1e-10:
            bad.append(f"loss {a['loss']!r} vs {b['loss']!r}")
    print(f"{len(pa)} distinct points, {ha.get('starts')} starts; largest loss difference {worst:.1e}; "
          + ("SAME" if not bad else "DIFFERENT") + (f" ({'; '.join(notes)})" if notes else ""))
    for b in bad:
        print("  " + b)
    sys.exit(1 if bad else 0)


main()
