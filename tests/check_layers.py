#!/usr/bin/env python3
"""The house's layering, checked by ctest (test `house_layers`).

1. model/ (engine/ and sheets/ with it) never includes a header of Qt Gui, Qt Widgets, Qt Charts or Qt PrintSupport, nor anything
   of views/ or app/: the engine and mamori-cli run headless. CMake alone cannot stop it, since the
   include path holds the Qt root (<QtWidgets/QWidget> would be found).
2. views/ folders depend one way, down LAYERS: a folder includes only its own headers and those of
   folders after it in the list (report/ is a library of its own, below all of them).

Prints each breach as FILE:LINE and exits 1 when there is one.
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# Top to bottom: each folder may use the ones below it.
LAYERS = ["window", "inspection", "audit", "sheets", "dashboard", "graph", "scenarios", "continuity", "treatment", "risk", "editors", "registers", "widgets",
          "document", "report"]
GUI_MODULES = ["QtGui", "QtWidgets", "QtCharts", "QtPrintSupport", "QtSvg", "QtOpenGL"]
INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')


def qt_class_headers():
    """Class headers (<QWidget>, <QPainter>...) of the GUI modules, from the installed Qt."""
    names = set()
    for base in ["/usr/include/x86_64-linux-gnu/qt6", "/usr/include/aarch64-linux-gnu/qt6", "/usr/include/qt6"]:
        for module in GUI_MODULES:
            folder = os.path.join(base, module)
            if os.path.isdir(folder):
                names.update(n for n in os.listdir(folder) if n.startswith("Q") and "." not in n)
    return names


def sources(folder):
    for path, _, files in os.walk(os.path.join(ROOT, folder)):
        for name in sorted(files):
            if name.endswith((".h", ".cpp")):
                yield os.path.join(path, name)


def includes(path):
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            m = INCLUDE.match(line)
            if m:
                yield number, m.group(1), m.group(2)


def in_model(name):
    return os.path.exists(os.path.join(ROOT, "model", name))


def check_model(gui_headers, breaches):
    for path in sources("model"):
        for number, kind, name in includes(path):
            module = name.split("/")[0]
            if module in GUI_MODULES or (kind == "<" and name in gui_headers):
                breaches.append(f"{os.path.relpath(path, ROOT)}:{number}: model/ includes <{name}> (Qt GUI)")
            # model/sheets/ and views/sheets/ share a folder name: only a header of views/ is a breach.
            if kind == '"' and module in LAYERS and not in_model(name):
                breaches.append(f"{os.path.relpath(path, ROOT)}:{number}: model/ includes views/ \"{name}\"")


def check_views(breaches):
    report_headers = set(os.listdir(os.path.join(ROOT, "views", "report")))
    for path in sources("views"):
        folder = os.path.relpath(path, os.path.join(ROOT, "views")).split(os.sep)[0]
        if folder not in LAYERS:
            breaches.append(f"{os.path.relpath(path, ROOT)}: views/{folder}/ is not in check_layers.py's LAYERS")
            continue
        rank = LAYERS.index(folder)
        for number, kind, name in includes(path):
            if kind != '"':
                continue
            target = name.split("/")[0] if "/" in name else ("report" if name in report_headers else None)
            if target in LAYERS and "/" in name and not os.path.exists(os.path.join(ROOT, "views", name)):
                continue  # a header of model/ (model/sheets/ shares its folder name with views/sheets/)
            if target in LAYERS and LAYERS.index(target) < rank:
                breaches.append(f"{os.path.relpath(path, ROOT)}:{number}: views/{folder}/ uses views/{target}/ "
                                f"(\"{name}\"), which is above it")


def main():
    breaches = []
    gui_headers = qt_class_headers()
    if not gui_headers:
        breaches.append("no Qt GUI headers found to check model/ against (is qt6-base-dev installed?)")
    check_model(gui_headers, breaches)
    check_views(breaches)
    for b in breaches:
        print(b)
    if breaches:
        return 1
    print(f"layers kept: model/ without Qt GUI; views/ {' > '.join(LAYERS)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
