#pragma once

// The dashboard: the inherent and residual risk maps side by side, then the
// charts a risk officer reports with: residual risk by threat category and by tier, inherent against
// residual risk, the ten largest residual risks and the control status of each control group.
//
// Every number comes from the document's latest Assessment (control statuses, which the engine
// does not summarise, from the model); nothing here computes risk. Charts are rebuilt from those
// values on LiveAssessment::updated and on model changes, at most once per event loop pass, and not
// while the dashboard is hidden (it catches up when shown).
//
// Ownership: each chart is owned by its QChartView; a rebuild replaces it.

#include <QWidget>

#include <array>

class QChart;
class QChartView;
class QFrame;
class QGridLayout;
class QLabel;
class QScrollArea;

namespace mamori {

class ProjectDocument;
class RiskMatrixPair;
class StaleRefresh;

class DashboardView : public QWidget {
    Q_OBJECT

public:
    enum Chart { ResidualByCategory, ResidualByTier, InherentVsResidual, TopTen, ControlStatusByGroup, ChartCount };
    /// The size exportChart() renders at, whatever the size on screen.
    static constexpr QSize kExportSize {1200, 800};

    explicit DashboardView(ProjectDocument* document, QWidget* parent = nullptr);

    RiskMatrixPair* riskMaps() const { return m_maps; }
    QChart* chart(int index) const;
    QChartView* chartView(int index) const;

    /// Renders chart `index` offscreen at kExportSize and writes it as PNG; false (with the reason in
    /// `error` when given) if the index is out of range or the file cannot be written.
    bool exportChart(int index, const QString& path, QString* error = nullptr) const;

    /// Rebuilds the charts from the current assessment and model now.
    void refresh();

signals:
    /// A cell of the inherent or the residual map was activated: filter the register to it.
    void cellActivated(bool residual, int likelihood, int impact);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    /// Places the maps and charts in one or two columns.
    void arrange(int columns);
    void saveChartAs(int index);
    void updateSummary();
    /// `scale` enlarges the fonts, for an export at a size larger than on screen.
    void applyFonts(QChart* chart, double scale) const;
    QChart* buildChart(int index, double fontScale = 1.0) const;
    QChart* residualByCategoryChart() const;
    QChart* residualByTierChart() const;
    static QChart* residualChart(
        const QString& title, const QStringList& names, const QList<qreal>& values, const QList<qint64>& counts);
    QChart* inherentVsResidualChart() const;
    QChart* topTenChart() const;
    QChart* controlStatusChart() const;

    ProjectDocument* m_document;
    QScrollArea* m_scroll;
    QGridLayout* m_grid = nullptr;
    QLabel* m_summary;
    QFrame* m_mapsCard = nullptr;
    RiskMatrixPair* m_maps;
    std::array<QChartView*, ChartCount> m_views {};
    int m_columns = 0;
    StaleRefresh* m_staleness = nullptr;
};

} // namespace mamori
