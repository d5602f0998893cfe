#pragma once

// The risk register page: the inherent and residual heat maps side by side above the register of
// every risk, with filters by level, category, tier, owner and text. A click on a heat map cell
// filters the register to that cell; selecting a risk shows "why this score?" in the details dock.

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;

namespace mamori {

class ColumnChooser;
class FilterStatus;
class HeatMapWidget;
class RiskMatrixPair;
class ProjectDocument;
class RiskFilterProxy;
class RiskRegisterModel;

class RiskRegisterPage : public QWidget {
    Q_OBJECT

public:
    explicit RiskRegisterPage(ProjectDocument* document, QWidget* parent = nullptr);

    RiskRegisterModel* model() const { return m_model; }
    RiskFilterProxy* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }
    HeatMapWidget* heatMap(bool residual) const;
    ColumnChooser* columnChooser() const { return m_columns; }

    void setFilterText(const QString& text);
    /// Shows only the risks of one heat map cell (what a click on the cell does).
    void filterToCell(bool residual, int likelihood, int impact);
    /// Clears every filter of the page and asks the window to empty its filter box.
    void clearFilters();
    void selectRisk(const QString& asset, const QString& threat);

signals:
    void riskSelected(const QString& asset, const QString& threat);
    /// The page's filters were cleared: the window's filter box empties too.
    void filterClearRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void refreshChoices();
    void updateCount();
    /// The page's own filters in effect, in words (for the line that explains an empty result).
    QStringList activeFilters() const;
    void fitColumns();

    ProjectDocument* m_document;
    RiskRegisterModel* m_model;
    RiskFilterProxy* m_proxy;
    QTableView* m_view;
    RiskMatrixPair* m_maps;
    QComboBox* m_level;
    QComboBox* m_category;
    QComboBox* m_tier;
    QComboBox* m_owner;
    QCheckBox* m_aboveAppetite;
    QLabel* m_cell;
    QLabel* m_count;
    FilterStatus* m_filterStatus;
    ColumnChooser* m_columns = nullptr;
};

} // namespace mamori
