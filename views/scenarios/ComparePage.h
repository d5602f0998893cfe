#pragma once

// Comparing a scenario with the baseline or with another scenario, or the project (or one of its
// scenarios) with the baseline of another project file, last fiscal year's: both sides'
// totals and residual heat maps, the residual delta by threat category and asset tier, every risk
// that changed (sortable by its delta; risks on one side only included), the findings added and
// removed, and the plan's cost. The numbers are those of `mamori-cli diff`: both come from
// compareScenarios() or compareWithFile() (engine/Diff.h).
//
// Against another file the page keeps that file's model and assessment in memory, never the file:
// it is read once (readOtherModelFile, on a worker when the window asks) and closed.
//
// A second tab shows service continuity side by side (ContinuityComparePanel): both sides simulated
// with the same seed, on a worker, when the tab is shown.
//
// The comparison is computed when the page is shown or its sides change, not on every edit while it
// is hidden.

#include "engine/Diff.h"

#include <QWidget>

class QAbstractItemModel;
class QChartView;
class QPushButton;
class QComboBox;
class QLabel;
class QListWidget;
class QTableView;
class QTableWidget;
class QTabWidget;

namespace mamori {

class CompareRisksModel;
class ContinuityComparePanel;
class FilterStatus;
class HeatMapWidget;
class TextFilterProxy;
class ProjectDocument;

class ComparePage : public QWidget {
    Q_OBJECT

public:
    /// Columns of riskModel().
    enum RiskColumn { AssetColumn, ThreatColumn, BaseColumn, ScenarioColumn, DeltaColumn, RiskColumnCount };
    /// Rows of the totals table.
    enum TotalsRow {
        InherentRow,
        ResidualRow,
        AboveAppetiteRow,
        RisksRow,
        FindingsRow,
        PlanInitialRow,
        PlanAnnualRow,
        TotalsRowCount
    };
    /// Role under which the risk model gives numbers to sort by (a missing side sorts first).
    static constexpr int SortRole = Qt::UserRole + 1; ///< = CompareRisksModel::SortRole

    explicit ComparePage(ProjectDocument* document, QWidget* parent = nullptr);

    /// Compares scenario `scenario` against `base` (empty: the baseline) and shows the result.
    void compare(const QString& base, const QString& scenario);
    /// Compares the project's baseline (or its scenario `scenario`) with the baseline of another
    /// file, which must be ok(); the other side is labelled with the file's name. Back to comparing
    /// scenarios with compareScenarios() or the page's button.
    void compareWithFile(OtherModelFile other, const QString& scenario = QString());
    /// Leaves the comparison with another file: scenarios against the baseline again.
    void compareScenarios();
    bool comparingFile() const { return m_other.has_value(); }
    /// The other file's name while comparing with it; empty otherwise.
    QString otherFileName() const { return m_other ? m_other->fileName : QString(); }
    /// What to tell the user when `other` cannot be compared: the file named, its errors listed.
    static QString cannotCompareMessage(const OtherModelFile& other);

    QString baseId() const;
    QString scenarioId() const;
    const ScenarioComparison& comparison() const { return m_comparison; }

    QAbstractItemModel* riskModel() const;
    QTableView* riskView() const { return m_riskView; }
    QTableWidget* totalsTable() const { return m_totals; }
    ContinuityComparePanel* continuityPanel() const { return m_continuity; }
    /// The tabs below the totals: the risks that changed, then service continuity.
    QTabWidget* tabs() const { return m_tabs; }
    /// The window's text filter, over the risks that changed.
    void setFilterText(const QString& text);

signals:
    /// The user asked to clear the filter (the link under an empty result).
    void filterClearRequested();

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    /// Object names and the fixed settings of the tables, lists, maps and chart.
    void setUpViews();
    /// The sides to compare on top; the totals, findings, maps and chart; the risks below.
    void createLayout();
    /// Recomputes when the sides or the project change.
    void connectSides();
    void retranslate();
    void fillChoices();
    /// The live assessment when it is assess(baseline) as it is now, else nullptr.
    const Assessment* liveBaselineAssessment() const;
    void recompute();
    void showTotals();
    void showRisks();
    void showFindings();
    void showChart();
    /// Gives both sides to the continuity tab (simulated when it is shown).
    void showContinuity();
    void sortByMovement();
    void updateFilterStatus();
    QString sideName(const QString& id) const;
    /// The other file's side: "Other file: ward-2025.mamori".
    QString otherSideName() const;
    /// The side being compared with the other file: the project or one of its scenarios.
    QString currentSideName() const;
    void showMode();

    ProjectDocument* m_document;
    QLabel* m_scenarioLabel;
    QComboBox* m_scenario;
    QLabel* m_againstLabel;
    QComboBox* m_base;
    QLabel* m_otherFile;
    QPushButton* m_backToScenarios;
    QLabel* m_status;
    QTableWidget* m_totals;
    QLabel* m_baseTitle;
    QLabel* m_scenarioTitle;
    HeatMapWidget* m_baseMap;
    HeatMapWidget* m_scenarioMap;
    QChartView* m_chart;
    CompareRisksModel* m_risks;
    TextFilterProxy* m_riskProxy;
    QTableView* m_riskView;
    FilterStatus* m_filterStatus;
    QLabel* m_risksLabel;
    QLabel* m_findingsLabel;
    QListWidget* m_findings;
    QTabWidget* m_tabs;
    ContinuityComparePanel* m_continuity;
    ScenarioComparison m_comparison;
    std::optional<OtherModelFile> m_other; ///< set while comparing with another file
    bool m_dirty = true;
};

} // namespace mamori
