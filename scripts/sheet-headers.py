#!/usr/bin/env python3
"""Prints README's table of the headers import-sheet recognises, from model/sheets/SheetColumns.cpp
(the one table of the registers' columns), so the README says what the code reads:
    python3 scripts/sheet-headers.py > /tmp/headers.md"""
import pathlib
import re

source = (pathlib.Path(__file__).resolve().parent.parent / "model/sheets/SheetColumns.cpp").read_text("utf-8")
registers = dict(re.findall(r'\{Register::\w+, "(\w+)", "([^"]+)", "[^"]+"\}', source))
functions = {"org_units": "orgUnitFields", "assets": "assetFields", "threats": "threatFields",
             "controls": "controlFields", "dependencies": "dependencyFields", "exposures": "exposureFields",
             "plan": "planFields"}
field = re.compile(r'\{"(\w+)", K::\w+, "([^"]*)", "([^"]*)", "([^"]*)"')
for key in ["org_units", "assets", "dependencies", "threats", "exposures", "controls", "plan"]:
    body = source.split(functions[key] + "()", 1)[1].split("return f;", 1)[0]
    print(f"**{key}** (sheet {registers[key]}):\n")
    print("| field | Japanese | English | also recognised |\n|---|---|---|---|")
    for k, ja, en, aliases in field.findall(body):
        print(f"| `{k}` | {ja} | {en} | {', '.join(aliases.split('|'))} |")
    print()
