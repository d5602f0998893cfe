#!/usr/bin/python3
"""Runs the reference implementation (../shared/reference/risk_reference.py) on one model for
tst_engine_reference: the baseline and every scenario assessed, every scenario diffed against the
baseline, and the last scenario diffed against the one before it, written as one JSON file; on
smaller models also the plan projection (up to 300 assets) and the budget optimum (up to 60 assets,
with a budget of half the candidates' initial cost), RISK-MODEL.md section 8.

It calls the reference's own assess() and diff(), exactly what `risk_reference.py assess|diff`
prints, in one process: assess() is memoized per scenario so that diff() reuses the assessments
instead of recomputing them (the reference is deliberately slow; the test must stay under a minute).
With OLD.json (another generated ward standing for last year's file, RISK-MODEL.md 5), the baseline
and the last scenario are also diffed against OLD's baseline, as `diff --against-file OLD` does.

Usage: reference_driver.py RISK_REFERENCE.py MODEL.json OUTPUT.json [OLD.json]
"""
import importlib.util
import json
import sys

ref_path, model_path, out_path = sys.argv[1:4]
old_path = sys.argv[4] if len(sys.argv) > 4 else None
spec = importlib.util.spec_from_file_location("risk_reference", ref_path)
ref = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ref)

with open(model_path, encoding="utf-8") as fh:
    model = json.load(fh)

old_model = None
if old_path:
    with open(old_path, encoding="utf-8") as fh:
        old_model = json.load(fh)

plain_assess = ref.assess
cache = {}


def memo_assess(m, scenario=None):
    if m is old_model and scenario is None:
        key = "old"
    elif m is model:
        key = scenario
    else:  # plan projections build other models: never cached
        return plain_assess(m, scenario)
    if key not in cache:
        cache[key] = plain_assess(m, scenario)
    return cache[key]


ref.assess = memo_assess  # diff() looks the name up at call time

ids = [s["id"] for s in model.get("scenarios", [])]
out = {"assess": {"": ref.assess(model)}, "diff": {}}
for sid in ids:
    out["assess"][sid] = ref.assess(model, sid)
    out["diff"][sid] = ref.diff(model, sid)
if len(ids) >= 2:
    out["diff"][ids[-1] + " against " + ids[-2]] = ref.diff(model, ids[-1], ids[-2])
if old_model is not None:
    out["diff_file"] = {"": ref.diff(model, None, None, old_model)}
    if ids:
        out["diff_file"][ids[-1]] = ref.diff(model, ids[-1], None, old_model)
n_assets = len(model.get("assets", []))
if n_assets <= 300:
    out["plan"] = ref.plan(model)
if n_assets <= 60:
    cands = [a for a in model.get("plan", {}).get("actions", []) if a.get("status") != "done"]
    budget = sum(float(a.get("cost", {}).get("initial", 0)) for a in cands) / 2
    out["optimize"] = ref.optimize(model, budget)
with open(out_path, "w", encoding="utf-8") as fh:
    json.dump(out, fh, ensure_ascii=False)
