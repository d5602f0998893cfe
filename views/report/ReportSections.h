#pragma once

// The report's text and structure: turns a ReportContent into the blocks of the
// report, chapter by chapter. Split over ReportSections.cpp (cover, contents, summary, findings,
// register, responses), ReportPlanSections.cpp (plan, scenario), ReportPreviousYear.cpp (the
// comparison with the previous year's file), ReportRecords.cpp (audit findings and exceptions, in the
// findings chapter), ReportAppendix.cpp (method, catalogue, asset register), ReportDepartments.cpp
// (the overview by department) and ReportEdition.cpp (what the summary edition prints in place of
// the long lists: ReportLimits.h) and ReportContinuity.cpp (the simulated outages of the services).
//
// Every string from the model goes into a block as plain text; every other string is a tr() of
// context mamori::Report, translated into the report's language (ScopedReportLanguage).

#include "PageFlow.h"
#include "ReportAggregates.h"
#include "ReportBlocks.h"
#include "ReportContent.h"
#include "ReportTranslation.h"

#include "PlanCosts.h"

namespace mamori {

class ReportBuilder {
    MAMORI_TR_FUNCTIONS(mamori::Report)

public:
    explicit ReportBuilder(const ReportContent& content)
        : c(content)
    {
    }

    /// The blocks of the whole report, cover first.
    Blocks build();
    /// The header and footer texts.
    PageDecoration decoration() const;
    /// The report's title ("情報資産リスク評価報告書").
    static QString title();

private:
    void cover();
    void summary();
    void departments(); ///< the overview by department (所管課別), after the summary
    void departmentTable(const QList<UnitOverview>& rows, const QStringList& levels, bool units);
    void findings();
    void auditFindings();
    void findingExceptions();
    void review(); ///< §10: the items put up for review and their decisions
    void riskRegister();
    /// The summary edition's register starts with its highest `shown` of `total` risks.
    void highestRisksIntro(qsizetype shown, qsizetype total);
    void riskTallies(); ///< the summary edition's counts of every risk after its highest ones
    void responses();
    void plan();
    /// The plan's projection: the chart and the table of the first `shown` steps (the summary's cap).
    void projectionSection(qsizetype shown);
    void scenario();
    void previousYear();
    void previousTotals();
    void previousMovers();
    void previousRisksAddedAndRemoved();
    void previousFindings();
    /// "name (ID)" of an asset of this year's model, or else of the previous year's.
    QString assetLabelOfEitherYear(const QString& id) const;
    QString threatNameOfEitherYear(const QString& id) const;
    // Document control (ReportDocumentControl.cpp): the revision history after the contents, the
    // distribution list and 以上 at the end, the version as the report's language writes it.
    /// The cover's document control: number and version top right, as a ward numbers its
    /// documents; the preparing department and the approval date beside the approval boxes.
    struct CoverFields {
        QList<std::pair<QString, QString>> top, side; ///< (label, value), only those given
    };
    CoverFields coverFields() const;
    /// Draws label/value lines from the top of `area` (its height is ignored), aligned left or right.
    static void drawCoverFields(PageFlow& flow, QPainter& p, const QList<std::pair<QString, QString>>& fields,
        const QRectF& area, Qt::Alignment align);
    void revisionHistory();
    void documentEnd();
    QString versionText(const QString& version) const;
    // The plan's money and dates (ReportPlanCosts.cpp).
    void planCosts();
    void costChart(const QList<FiscalYearCost>& years);
    void overdueActions();
    TableCell actionStatusCell(const PlanAction& action) const;
    void scenarioLevelsAndCost();
    // Service continuity (ReportContinuity.cpp).
    void continuity();
    void scenarioContinuity(const QList<const AssetContinuity*>& services);
    QString percent(double share) const; ///< 12.3%
    QString hours(double value) const; ///< one decimal
    void appendix();
    void method();
    void catalogue();
    void assetRegister();
    void assetTallies(); ///< the summary edition's counts of every asset by type and tier

    /// Where the rows a summary leaves out are: the full edition always, the Excel workbook too for
    /// the registers it holds (risks, assets, threats, controls, plan).
    enum class Rest { InFullEdition, InWorkbook };
    /// Rows of a list of `total` to print: all in the full edition, at most `cap` in the summary.
    qsizetype rowsShown(qsizetype total, qsizetype cap) const;
    /// After a list cut to `shown` of `total`: how many more there are and where (nothing if none).
    void notListed(qsizetype shown, qsizetype total, Rest rest);

    void chapter(const QString& title, QPageLayout::Orientation orientation = QPageLayout::Portrait);
    void section(const QString& title);
    void paragraph(const QString& text);
    void note(const QString& text);
    void spacer(qreal millimetres);
    template <typename B, typename... Args> B* add(Args&&... args)
    {
        auto block = std::make_unique<B>(std::forward<Args>(args)...);
        B* raw = block.get();
        m_blocks.push_back(std::move(block));
        return raw;
    }

    // Shared cell texts.
    TableCell levelCell(const QString& label) const;
    QString assetLabel(const QString& id) const; ///< "name (ID)"
    QString responseName(const RiskResult& risk) const;

    const ReportContent& c;
    Blocks m_blocks;
    std::vector<const HeadingBlock*> m_headings;
    int m_chapter = 0;
    int m_section = 0;
    bool m_inAppendix = false;
};

} // namespace mamori
