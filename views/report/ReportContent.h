#pragma once

// What a report shows, computed once before layout: the model, its assessment, the optional scenario
// and its comparison, the plan's projection, the risks in register order, and names by id in the
// report's language. Plain values; the layout only reads them.

#include "ReportOptions.h"
#include "engine/Assessment.h"
#include "engine/Continuity.h"
#include "engine/Diff.h"
#include "engine/PlanContinuity.h"

#include <QLocale>

#include <optional>
#include <vector>

namespace mamori {

/// The residual after each plan action in due order (RISK-MODEL.md section 8).
struct PlanProjectionStep {
    QString action;
    QDate due;
    double residual = 0;
    qint64 aboveAppetite = 0;
    double reductionAlone = 0;
};

struct PlanProjectionSummary {
    double baselineResidual = 0;
    qint64 baselineAboveAppetite = 0;
    QList<PlanProjectionStep> steps;
};

/// The scenario the report compares with the baseline (its own assessment and the diff).
struct ReportScenario {
    QString id;
    QString name;
    Model model;
    Assessment assessment;
    AssessmentDiff diff;
};

/// The previous year's file the report compares the model with: `mamori-cli diff MODEL
/// --against-file OLD` (readOtherModelFile() and diff() of engine/Diff.h), base = the previous year.
struct ReportPrevious {
    QString fileName;
    Model model;
    Assessment assessment;
    AssessmentDiff diff;
    ModelIndex index {Model {}};
};

struct ReportContent {
    ReportOptions options;
    Language language = Language::Japanese;
    QLocale locale;
    Model model;
    Assessment assessment;
    std::optional<ReportScenario> scenario;
    std::optional<ReportPrevious> previous;
    /// Section 8's projection (projectPlan); nothing when the plan section is left out or has no actions.
    std::optional<PlanProjectionSummary> projection;
    /// Section 10's simulation of the baseline, and of the scenario with the same seed (common random
    /// numbers: the difference is the scenario's); nothing when the chapter is left out or the model
    /// has no service or no threat that causes outages.
    std::optional<ContinuityResult> continuity;
    std::optional<ContinuityResult> scenarioContinuity;
    /// The ward's expected annual loss from outages now and after each step of `projection` (with the
    /// projection and the continuity chapter both in the report).
    std::optional<PlanContinuity> planContinuity;
    /// The document control the report prints: the project's with the options' overrides (cover,
    /// revision history, distribution, budgets).
    DocumentControl document;
    /// Indexes into assessment.risks, highest residual first (ties in (asset, threat) order).
    std::vector<qsizetype> riskOrder;

    QString modelName() const { return model.name.text(language); }
    QString assetName(const QString& id) const;
    QString threatName(const QString& id) const;
    QString controlName(const QString& id) const;
    QString orgUnitName(const QString& id) const;
    const Asset* asset(const QString& id) const;
    const Threat* threat(const QString& id) const;
    const Control* control(const QString& id) const;
    /// An input as the model holds it (a weight, an effectiveness, the risk appetite) in the report's
    /// locale: whole numbers without decimals, others with two (see formatNumber).
    QString number(double value) const;
    /// A score (a risk, a likelihood, an impact, a total of them): always two decimals, "18.00",
    /// "16.80", so that a column of them lines up and reads alike (see formatScore).
    QString score(double value) const;
    /// A count, with thousands separators: "1,234".
    QString count(qint64 value) const;
    /// A change of a score (this minus the other) in the report's language: a decrease as △12.50 in
    /// Japanese, the form a ward's documents use, and −12.50 in English; an increase as +12.50; "0.00"
    /// for none.
    QString change(double value) const;
    /// A change of a count, signed as change(): △3, +12, "0".
    QString countChange(qint64 value) const;
    /// 1,234,000 yen in the report's language (千円 units are a ward's choice; we print yen exactly).
    QString yen(double value) const;
    /// A change of an amount in yen, signed as change(): △1,200円, +300円.
    QString yenChange(double value) const;
    /// A fiscal year on its own (a table's row) in the report's language: 令和8年度 in Japanese,
    /// FY2026 in English.
    QString fiscalYearLabel(int fiscalYear) const;
    /// A date in the report's language: 令和8年11月26日 or 26 Nov 2026; empty for an invalid date.
    QString date(const QDate& date) const;
    /// A fiscal year as the texts "fiscal year %1" / 「%1年度」 take it: 2026 in English, 令和8 in
    /// Japanese (令和8年度, the era form a ward names its years by; 令和元 for 2019).
    QString fiscalYear(int year) const;
    /// "name (ID)" in the report's language: 名称（ID） in Japanese; the id alone for no name.
    QString labelled(const QString& name, const QString& id) const;

    ModelIndex index {Model {}};
};

struct ContentResult {
    std::optional<ReportContent> content;
    /// an unknown scenario, a scenario that does not apply, a requires cycle, a previous year's file
    /// that cannot be read (each of its errors naming it)
    InputErrors errors;
};

/// Assesses `model` (and the chosen scenario) for a report with `options`.
ContentResult buildReportContent(const Model& model, const ReportOptions& options);

} // namespace mamori
