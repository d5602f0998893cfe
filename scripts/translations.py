#!/usr/bin/env python3
"""Small tools for the Qt Linguist .ts files of Mamori.

  translations.py status FILE.ts...               count finished and unfinished entries
  translations.py complete-english FILE.ts        English is the source language: translation = source,
                                                  except %n plurals, whose singular a person writes
  translations.py unfinished FILE.ts > todo.json  the unfinished entries as {context: {source: ""}}
  translations.py apply FILE.ts DONE.json         fill entries from {context: {source: translation}};
                                                  a numerus entry takes a list of forms or one string
  translations.py carry OLD.ts FILE.ts            fill unfinished entries of FILE from OLD where OLD
                                                  translates the same source text one way only (a
                                                  text that moved to another class keeps its words)
"""
import json
import sys
import xml.etree.ElementTree as ET


def load(path):
    return ET.parse(path)


def save(tree, path):
    tree.write(path, encoding="utf-8", xml_declaration=True)
    # lupdate writes <!DOCTYPE TS>; keep it so Qt tools see the usual header.
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if "<!DOCTYPE TS>" not in text:
        text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def messages(tree):
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            yield name, msg


def is_unfinished(msg):
    tr = msg.find("translation")
    return tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete")


def set_translation(msg, value):
    tr = msg.find("translation")
    if tr is None:
        tr = ET.SubElement(msg, "translation")
    for child in list(tr):
        tr.remove(child)
    tr.text = None
    if msg.get("numerus") == "yes":
        forms = value if isinstance(value, list) else [value]
        for form in forms:
            ET.SubElement(tr, "numerusform").text = form
    else:
        tr.text = value if isinstance(value, str) else value[0]
    if "type" in tr.attrib:
        del tr.attrib["type"]


def main(argv):
    cmd = argv[1]
    if cmd == "status":
        bad = 0
        for path in argv[2:]:
            total = unfinished = 0
            for _, msg in messages(load(path)):
                total += 1
                unfinished += is_unfinished(msg)
            bad += unfinished
            print("%s: %d entries, %d unfinished" % (path, total, unfinished))
        return 1 if bad else 0
    if cmd == "complete-english":
        tree = load(argv[2])
        plurals = []
        for ctx, msg in messages(tree):
            if not is_unfinished(msg):
                continue
            src = msg.findtext("source")
            if msg.get("numerus") == "yes":
                # The singular ("1 risk", not "1 risks") cannot be derived from the source text: a
                # person writes both forms (translations.py apply with ["one", "other"]).
                plurals.append((ctx, src))
            else:
                set_translation(msg, src)
        save(tree, argv[2])
        for ctx, src in plurals:
            print("%s: plural entry needs its English forms: %s | %s" % (argv[2], ctx, src))
        return 0
    if cmd == "unfinished":
        out = {}
        for ctx, msg in messages(load(argv[2])):
            if is_unfinished(msg):
                out.setdefault(ctx, {})[msg.findtext("source")] = ""
        json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    if cmd == "apply":
        tree = load(argv[2])
        with open(argv[3], encoding="utf-8") as f:
            done = json.load(f)
        missing = 0
        for ctx, msg in messages(tree):
            value = done.get(ctx, {}).get(msg.findtext("source"))
            if value:
                set_translation(msg, value)
            elif is_unfinished(msg):
                missing += 1
        save(tree, argv[2])
        print("%d entries still unfinished" % missing)
        return 0
    if cmd == "carry":
        return carry(argv[2], argv[3])
    print(__doc__)
    return 2


def translation_of(msg):
    tr = msg.find("translation")
    if msg.get("numerus") == "yes":
        return tuple(form.text or "" for form in tr.iter("numerusform"))
    return tr.text or ""


def carry(old_path, path):
    known = {}
    for _, msg in messages(load(old_path)):
        if not is_unfinished(msg):
            key = (msg.findtext("source"), msg.get("numerus") == "yes")
            known.setdefault(key, set()).add(translation_of(msg))
    tree = load(path)
    carried = 0
    for _, msg in messages(tree):
        if not is_unfinished(msg):
            continue
        found = known.get((msg.findtext("source"), msg.get("numerus") == "yes"), set())
        if len(found) == 1:
            value = next(iter(found))
            set_translation(msg, list(value) if isinstance(value, tuple) else value)
            carried += 1
    save(tree, path)
    print("%d entries carried over from %s" % (carried, old_path))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
