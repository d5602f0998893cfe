#!/usr/bin/env python3
"""Lists the functions outside tests/ longer than a limit (120 lines by default), longest first.

  scripts/long-functions.py [--limit N] [PATH...]     (default paths: model views app)

Uses universal-ctags for the extent of each function (its `end:` field). Exits 1 when any function
is over the limit, so ctest can keep the house style ("nothing longer than a screen").
"""
import argparse
import json
import shutil
import subprocess
import sys


def functions(paths):
    ctags = shutil.which("ctags") or shutil.which("universal-ctags")
    if not ctags:
        sys.exit("long-functions.py: universal-ctags is not installed (apt-get install universal-ctags)")
    out = subprocess.run([ctags, "-R", "--output-format=json", "--languages=C++", "--kinds-C++=f",
                          "--fields=+ne", "-f", "-", *paths], check=True, capture_output=True, text=True).stdout
    for line in out.splitlines():
        tag = json.loads(line)
        if tag.get("_type") == "tag" and "end" in tag:
            yield tag["path"], tag["line"], tag["end"] - tag["line"] + 1, tag.get("scope", ""), tag["name"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=120)
    parser.add_argument("paths", nargs="*", default=["model", "views", "app"])
    args = parser.parse_args()
    long = sorted((f for f in functions(args.paths) if f[2] > args.limit), key=lambda f: -f[2])
    for path, line, length, scope, name in long:
        print(f"{path}:{line}: {scope + '::' if scope else ''}{name} is {length} lines (limit {args.limit})")
    if long:
        sys.exit(1)
    print(f"no function longer than {args.limit} lines")


if __name__ == "__main__":
    main()
