#pragma once

// May include: InputError.h, Model.h. Its .cpp resolves scenarios (Scenarios.h) to check them, so
// neither may reach the document format (JsonFormat.h), which calls validate().

#include "InputError.h"
#include "Model.h"

namespace mamori {

/// Where a model came from, which decides how places are written in error messages:
/// a JSON pointer for JSON, "table …, row …" for a project file, and for a model about to be saved from
/// the window the item as its user knows it and the field in words ("dependency A-1 → A-2, depends on").
enum class Source { Json, Project, Window };

/// Every semantic rule of RISK-MODEL.md sections 2 and 6 that the types cannot hold by themselves:
/// ranges, unique ids, references, self and duplicate dependencies, one exposure and one response per
/// pair, `requires` cycles, plan dates and costs, scenario bases (no cycles) and changes (each must name
/// what its base has, and the result must be a valid model). Returns all errors, in model order.
InputErrors validate(const Model& model, const QString& file, Source source);

/// The rules of the report's document control alone (texts not too long, dates from 1989 to 2100,
/// budgets not negative and one per fiscal year): for values given for one report only.
InputErrors validateDocument(const DocumentControl& document, const QString& file, Source source);

/// The same without the scenarios: what a scenario's resolved model must satisfy.
InputErrors validateContent(const Model& model, const QString& file, Source source);

} // namespace mamori
