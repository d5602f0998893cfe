#pragma once

// What the user chooses when exporting a report (File > Export report, mamori-cli report).

#include "Clock.h"
#include "Entities.h"

#include <QDate>
#include <QFlags>
#include <QString>
#include <QStringList>

#include <optional>

namespace mamori {

struct ReportOptions {
    /// The optional parts of the report. They appear in this order, except Continuity, which comes
    /// before the appendices (it was added last: the values are kept in users' settings). The cover
    /// and the table of contents are always there.
    enum class Section : unsigned {
        Summary = 0x01, ///< executive summary: totals, heat maps, charts; the overview by department
        Findings = 0x02, ///< three-tier findings with their paths
        Register = 0x04, ///< the risk register, by residual
        Responses = 0x08, ///< the response policy
        Plan = 0x10, ///< the response plan, its timeline and projection
        Scenario = 0x20, ///< the scenario comparison (only with a scenario)
        Appendix = 0x40, ///< method, catalogue of threats and controls, asset register
        Continuity = 0x80, ///< service continuity: simulated outages of the services (RISK-MODEL.md 10)
    };
    Q_DECLARE_FLAGS(Sections, Section)
    static constexpr unsigned kAllSections = 0xff;

    /// How much of every list that grows with the model is printed. The summary edition, which a
    /// ward files and circulates, cuts each to the caps of ReportLimits.h and aggregates the rest;
    /// the full edition prints the complete registers (4,000 pages for 10,000 assets).
    enum class Edition { Summary, Full };

    QString language = QStringLiteral("ja"); ///< "ja" or "en"
    Sections sections = Sections::fromInt(kAllSections);
    Edition edition = Edition::Summary;
    QString scenario; ///< compared with the baseline when not empty
    /// Another model file (.mamori or JSON), last fiscal year's: when not empty the report has a
    /// chapter comparing the model's baseline with that file's (RISK-MODEL.md 5).
    QString previousFile;
    QString handlingMark; ///< e.g. 取扱注意; empty: the language's default
    QString organization; ///< e.g. 江戸川区; empty: none on the cover
    std::optional<int> fiscalYear; ///< empty: the fiscal year of `date`
    QDate date = Clock::today(); ///< the date on the cover
    /// The continuity chapter's simulation: years played and the seed (the same as `mamori-cli
    /// simulate`'s defaults, so the report's figures are the command's).
    int continuityTrials = 10000;
    quint64 continuitySeed = 1;

    /// Document control given for this report only (mamori-cli report --doc-number …, the export
    /// dialog's fields): each field set replaces the project's (Model::document) in the report; the
    /// project itself is not changed by them.
    struct DocumentOverrides {
        std::optional<QString> number;
        std::optional<QString> version;
        std::optional<QString> department;
        std::optional<QDate> approvedOn;
        std::optional<QList<DocumentRevision>> revisions;
        std::optional<QStringList> distribution;
        QList<FiscalBudget> budgets; ///< each replaces the project's budget of its fiscal year
    };
    DocumentOverrides document;
    /// The document control the report prints: `project` with the overrides applied.
    DocumentControl effectiveDocument(const DocumentControl& project) const;

    bool has(Section s) const { return sections.testFlag(s); }
    bool full() const { return edition == Edition::Full; }
    /// The fiscal year shown: the given one or the one `date` falls in.
    int effectiveFiscalYear() const;
    /// The handling mark shown: the given one or the language's default (取扱注意, "Confidential").
    QString effectiveHandlingMark() const;

    /// The keys of the sections for the command line: summary, findings, register, responses, plan,
    /// scenario, appendix, continuity.
    static QStringList sectionKeys();
    /// Parses a comma-separated list of section keys; nothing when one is unknown.
    static std::optional<Sections> parseSections(const QString& list);
    /// The key of an edition for the command line and the settings: "summary" or "full".
    static QString editionKey(Edition edition);
    /// The edition of a key; nothing when it is neither.
    static std::optional<Edition> parseEdition(const QString& key);
};

Q_DECLARE_OPERATORS_FOR_FLAGS(ReportOptions::Sections)

} // namespace mamori
