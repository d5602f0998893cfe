#!/usr/bin/env bash
# The tree matches .clang-format (test `house_format`), with the clang-format that Debian ships
# (14 on Debian 12; other versions format some constructs differently, so they are not used).
# Prints the files that differ and exits 1; `clang-format -i FILE` mends one.
set -euo pipefail
cd "$(dirname "$0")/.."
CLANG_FORMAT=${CLANG_FORMAT:-clang-format}
if ! command -v "$CLANG_FORMAT" >/dev/null; then
    echo "clang-format is not installed (scripts/install-deps.sh installs it)"
    exit 1
fi
version=$("$CLANG_FORMAT" --version | sed -n 's/.*version \([0-9]*\).*/\1/p')
if [ "$version" != 14 ]; then
    echo "skipped: clang-format $version is not Debian 12's clang-format 14"
    exit 0
fi
mapfile -t files < <(find app model views tests bench -name '*.cpp' -o -name '*.h' | sort)
bad=$("$CLANG_FORMAT" --dry-run "${files[@]}" 2>&1 | sed -n 's/^\([^:]*\):[0-9]*:[0-9]*: warning:.*/\1/p' | sort -u)
if [ -n "$bad" ]; then
    echo "these files differ from .clang-format (run clang-format -i on them):"
    echo "$bad"
    exit 1
fi
echo "${#files[@]} files match .clang-format"
