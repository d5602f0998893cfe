#!/usr/bin/env bash
# Refreshes translations/mamori_{ja,en}.ts from the sources (model/, views/ with views/report/, app/) with lupdate, then
# completes the English file (English is the source language, so each translation is its source;
# a %n plural is left for a person to write both forms, "1 risk" and "2 risks").
# Japanese entries that are new or changed stay "unfinished" until translated; the test
# tst_translations fails while any remain.
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)}
# A text that moved to another class (another translation context) keeps its Japanese: the old file
# is kept aside and its unambiguous translations carried over after lupdate.
old=$(mktemp --suffix=.ts)
trap 'rm -f "$old"' EXIT
cp translations/mamori_ja.ts "$old"
for lang in ja en; do
    "$LUPDATE" -silent -no-obsolete -locations none -source-language en -target-language "$lang" \
        -tr-function-alias Q_DECLARE_TR_FUNCTIONS+=MAMORI_TR_FUNCTIONS \
        model views app -ts "translations/mamori_$lang.ts"
done
python3 scripts/translations.py carry "$old" translations/mamori_ja.ts
python3 scripts/translations.py complete-english translations/mamori_en.ts
python3 scripts/translations.py status translations/mamori_ja.ts translations/mamori_en.ts
