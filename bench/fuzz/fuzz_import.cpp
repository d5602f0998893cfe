// libFuzzer target: JSON import plus everything the engine does with what was imported. No input may
// make it crash, hang or read out of bounds (RISK-MODEL.md 6, bad input). Built with -DMAMORI_FUZZ=ON (clang,
// -fsanitize=fuzzer,address,undefined) and run by scripts/fuzz.sh for a bounded time.
//
// Two paths: a model that passes validation goes through every scenario, the diff, an explanation
// and incremental edits; a model that parses but fails validation is still assessed, because the
// engine promises not to crash on models that did not pass validate() either.

#include "JsonFormat.h"
#include "Scenarios.h"
#include "engine/Assessment.h"
#include "engine/AssessmentJson.h"
#include "engine/Diff.h"
#include "engine/Explain.h"
#include "engine/IncrementalEngine.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

using namespace mamori;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const JsonFormat::ReadResult read = JsonFormat::read(bytes, QStringLiteral("fuzz.json"));
    if (!read.ok()) {
        const QJsonDocument doc = QJsonDocument::fromJson(bytes);
        if (doc.isObject()) {
            const JsonFormat::ReadResult raw = JsonFormat::fromJson(doc.object(), QStringLiteral("fuzz.json"));
            const Assessment a = assess(raw.model); // unvalidated: must still terminate and not crash
            (void)assessmentToJson(a);
        }
        return 0;
    }
    const Model& model = read.model;
    const Assessment base = assess(model);
    (void)assessmentToJson(base);
    for (const Scenario& s : model.scenarios) {
        const ResolvedScenario resolved = resolveScenario(model, s.id);
        if (resolved.ok())
            (void)diffToJson(diff(base, assess(resolved.model)), {}, s.id);
    }
    if (!base.risks.isEmpty()) {
        const RiskResult& r = base.risks[base.risks.size() / 2];
        const ExplainResult x = explain(model, r.asset, r.threat);
        if (x.explanation)
            (void)explanationToText(*x.explanation);
    }
    IncrementalEngine engine(model);
    if (!model.controls.isEmpty())
        engine.setControlStatus(model.controls.first().id, ControlStatus::Implemented);
    if (model.assets.size() >= 2) {
        engine.setAssetImpact(model.assets.first().id, Dimension::A, 5.0);
        const Dependency d {model.assets.last().id, model.assets.first().id, DependencyKind::Other, {}};
        if (engine.addDependency(d))
            engine.removeDependency(d.from, d.to, d.kind);
    }
    if (!(engine.assessment() == assess(engine.model())))
        __builtin_trap(); // the incremental result must equal a full recompute
    return 0;
}
