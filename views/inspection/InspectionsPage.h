#pragma once

// The self-inspection of one fiscal year at a glance (policy §9): which units returned their
// checklist, when, how many answers and what share was yes, and how many controls their answers put
// at none or partial; then each control across the units, every unit's own status (status_by_unit)
// or the control's where the unit has none (RISK-MODEL.md 3.4), coloured like risk levels. A
// double-click on a unit opens its answers, read-only.

#include "widgets/StaleRefresh.h"

#include <QWidget>

class QComboBox;
class QDialog;
class QLabel;
class QTableWidget;

namespace mamori {

class ProjectDocument;

class InspectionsPage : public QWidget {
    Q_OBJECT

public:
    /// The columns of unitsTable().
    enum UnitColumn {
        UnitNameColumn,
        ReturnedColumn,
        DateColumn,
        AnswersColumn,
        YesColumn,
        NoneColumn,
        PartialColumn,
        UnitColumnCount
    };

    explicit InspectionsPage(ProjectDocument* document, QWidget* parent = nullptr);

    // The accessors show the model's latest state: the page is rebuilt when shown, not on every edit.
    QComboBox* yearBox() const { return m_staleness->current(m_year); }
    QTableWidget* unitsTable() const { return m_staleness->current(m_units); }
    /// Rows: the controls some unit inspects; column 0 the control, then one column per unit row.
    QTableWidget* controlsTable() const { return m_staleness->current(m_controls); }
    /// The units of unitsTable(), by row.
    const QStringList& units() const { return m_staleness->current(m_unitIds); }
    /// Opens the answers of the unit on `row` (null when it returned none); closes itself.
    QDialog* openAnswers(int row);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void fillYears();
    void fillUnits();
    void fillControls();

    ProjectDocument* m_document;
    QLabel* m_summary = nullptr;
    QComboBox* m_year = nullptr;
    QTableWidget* m_units = nullptr;
    QTableWidget* m_controls = nullptr;
    QStringList m_unitIds;
    StaleRefresh* m_staleness = nullptr;
};

} // namespace mamori
