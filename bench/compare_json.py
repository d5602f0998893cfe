#!/usr/bin/python3
"""Compares two JSON documents the way RISK-MODEL.md 4 asks two engines to agree: every number within
1e-6 (relative to its size when it is larger than 1: totals are sums of many doubles), every string,
boolean, null and list exactly (same length, same order), objects by key.

Usage: compare_json.py A.json B.json   -> exit 0 when they agree, 1 with the first differences listed.
"""
import json
import sys


def compare(a, b, path, out, limit=20):
    if len(out) >= limit:
        return
    if isinstance(a, bool) or isinstance(b, bool) or a is None or b is None:
        if a != b:
            out.append("%s: %r != %r" % (path, a, b))
    elif isinstance(a, (int, float)) and isinstance(b, (int, float)):
        if abs(a - b) > 1e-6 * max(1.0, abs(a), abs(b)):
            out.append("%s: %r != %r" % (path, a, b))
    elif isinstance(a, dict) and isinstance(b, dict):
        for k in sorted(set(a) | set(b)):
            if k not in a or k not in b:
                out.append("%s/%s: only in %s" % (path, k, "first" if k in a else "second"))
            else:
                compare(a[k], b[k], "%s/%s" % (path, k), out, limit)
    elif isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            out.append("%s: %d items != %d items" % (path, len(a), len(b)))
        for i, (x, y) in enumerate(zip(a, b)):
            compare(x, y, "%s/%d" % (path, i), out, limit)
    elif a != b:
        out.append("%s: %r != %r" % (path, a, b))


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as f1, open(sys.argv[2], encoding="utf-8") as f2:
        diffs = []
        compare(json.load(f1), json.load(f2), "", diffs)
    for d in diffs:
        print(d)
    sys.exit(1 if diffs else 0)
