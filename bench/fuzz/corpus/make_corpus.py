#!/usr/bin/env python3
"""Writes the seed corpus of bench/fuzz/ (issue 17): small valid inputs the fuzzers mutate from. Run from
anywhere with a built mamori-cli; the files it writes are committed, so this only needs to run again when
a format changes:  python3 bench/fuzz/corpus/make_corpus.py path/to/mamori-cli

  import/   the worked example of RISK-MODEL.md 7 (tests/data) and a model with every list empty
  project/  the worked example as a .mamori, shrunk to 512-byte pages (about 40 KB) with a rollback journal
  sheets/   the first byte picks the reader (fuzz_sheets.cpp): 0 CSV, 1 .xlsx, 2 then 0-4 an XML part
and bench/fuzz/import.dict: every key of the sample ward and the words of its vocabularies, quoted as in JSON.
"""
import collections
import io
import json
import pathlib
import sqlite3
import subprocess
import sys
import tempfile
import zipfile

here = pathlib.Path(__file__).resolve().parent
root = here.parent.parent
cli = sys.argv[1] if len(sys.argv) > 1 else "mamori-cli"


def write(path, data):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def import_seeds():
    write(here / "import/worked-example.json", (root / "tests/data/worked-example.json").read_bytes())
    empty = {"format": "mamori-model", "version": 1, "name": {"ja": "空", "en": "Empty"}, "assets": [], "dependencies": [],
             "threats": [], "controls": [], "scenarios": []}
    write(here / "import/empty.json", json.dumps(empty, ensure_ascii=False).encode())


def import_dictionary():
    sample = json.loads((root / "resources/sample/sample-ward.json").read_text(encoding="utf-8"))
    keys, words = set(), collections.Counter()

    def walk(value):
        if isinstance(value, dict):
            for k, v in value.items():
                keys.add(k)
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)
        elif isinstance(value, str) and value.isascii() and value.replace("_", "").isalpha():
            words[value] += 1

    walk(sample)
    tokens = sorted(keys) + sorted(w for w, n in words.items() if n >= 3 and w not in keys)
    lines = ["# The JSON import's words (bench/fuzz/corpus/make_corpus.py): keys and vocabularies of the sample ward."]
    lines += [f'"\\"{t}\\""' for t in tokens]
    (here.parent / "import.dict").write_text("\n".join(lines) + "\n", encoding="utf-8")


def project_seeds():
    with tempfile.TemporaryDirectory() as tmp:
        path = pathlib.Path(tmp) / "worked-example.mamori"
        subprocess.run([cli, "import", str(root / "tests/data/worked-example.json"), "-o", str(path)], check=True,
                       stdout=subprocess.DEVNULL)
        db = sqlite3.connect(path, isolation_level=None)
        db.execute("PRAGMA journal_mode=DELETE")
        db.execute("PRAGMA page_size=512")
        db.execute("VACUUM")
        db.close()
        write(here / "project/worked-example.mamori", path.read_bytes())


SHEET = ('<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>名称</t></is>'
         '</c><c r="C1" t="s"><v>1</v></c></row><row r="2"><c r="A2" t="str"><v>SYS-1</v></c><c r="B2" t="s">'
         '<v>2</v></c><c r="C2" s="1"><v>45383</v></c><c r="D2" s="2"><v>45383.5</v></c><c r="E2" t="b"><v>1</v>'
         '</c><c r="F2" t="e"><v>#N/A</v></c></row></sheetData><mergeCells><mergeCell ref="A1:B1"/></mergeCells>'
         '</worksheet>')
STRINGS = ('<sst><si><t>ID</t></si><si><t xml:space="preserve"> 更新日 </t></si><si><r><t>住民</t></r><r><t>記録'
           '</t></r><rPh><t>ジュウミン</t></rPh></si></sst>')
STYLES = ('<styleSheet><numFmts><numFmt numFmtId="176" formatCode="ggge&quot;年&quot;m&quot;月&quot;d&quot;日'
          '&quot;"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="176"/><xf numFmtId="10"/>'
          '</cellXfs></styleSheet>')
WORKBOOK = ('<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr '
            'date1904="0"/><sheets><sheet name="資産" sheetId="1" r:id="rId1"/></sheets></workbook>')
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
WORKBOOK_RELS = ('<Relationships><Relationship Id="rId1" Type="' + REL + 'worksheet" Target="worksheets/sheet1.xml"/>'
                 '<Relationship Id="rId2" Type="' + REL + 'sharedStrings" Target="sharedStrings.xml"/>'
                 '<Relationship Id="rId3" Type="' + REL + 'styles" Target="/xl/styles.xml"/></Relationships>')
ROOT_RELS = ('<Relationships><Relationship Id="rId1" Type="' + REL + 'officeDocument" Target="xl/workbook.xml"/>'
             '</Relationships>')


def xlsx():
    out = io.BytesIO()
    # Stored, not deflated: the fuzzer's byte changes then reach the XML instead of breaking the inflater.
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as z:
        z.writestr("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("xl/workbook.xml", WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        z.writestr("xl/worksheets/sheet1.xml", SHEET)
        z.writestr("xl/sharedStrings.xml", STRINGS)
        z.writestr("xl/styles.xml", STYLES)
    return out.getvalue()


def sheet_seeds():
    d = here / "sheets"
    write(d / "csv-utf8", b"\0" + '\ufeffID,名称,"メモ ""引用"""\r\nSYS-1,住民記録,"改行\nあり"\r\n,,\r\n'.encode())
    write(d / "csv-cp932", b"\0" + "資産ID;名称;機密性\nSYS-1;ｶﾅ①㈱髙﨑;3\n".encode("cp932"))
    write(d / "xlsx", b"\1" + xlsx())
    for n, part in enumerate([SHEET, STRINGS + STYLES, STYLES, WORKBOOK, WORKBOOK_RELS]):
        write(d / f"part-{n}", b"\2" + bytes([n]) + part.encode())


import_seeds()
import_dictionary()
project_seeds()
sheet_seeds()
