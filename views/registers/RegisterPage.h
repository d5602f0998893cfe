#pragma once

// One register in the main window: a filterable, sortable table over a RegisterTableModel with
// in-place editing, multi-select, a column chooser (header context menu, remembered), and a context
// menu that sets a choice column on every selected row at once.

#include <QStringList>
#include <QWidget>

class QTableView;

namespace mamori {

class ColumnChooser;
class FilterStatus;
class RegisterTableModel;
class TextFilterProxy;

class RegisterPage : public QWidget {
    Q_OBJECT

public:
    /// `settingsKey` names the page in QSettings (hidden columns, column widths).
    RegisterPage(RegisterTableModel* model, const QString& settingsKey, QWidget* parent = nullptr);

    RegisterTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    TextFilterProxy* proxy() const { return m_proxy; }
    ColumnChooser* columnChooser() const { return m_columns; }

    void setFilterText(const QString& text);
    /// Rows of the source model that are selected, ascending.
    QList<int> selectedRows() const;
    /// Selects the row of the source model and scrolls to it.
    void selectRow(int sourceRow);
    /// The source row of the current index, or -1.
    int currentRow() const;

signals:
    /// The current row changed; -1 when nothing is selected.
    void currentRowChanged(int sourceRow);
    /// The user asked for the full editor of a row (double-click on a cell that is not edited in place).
    void detailsRequested(int sourceRow);
    /// The user asked to clear the filter (the link under an empty result): the filter box empties.
    void filterClearRequested();

private:
    void showContextMenu(const QPoint& pos);
    void updateFilterStatus();

    RegisterTableModel* m_model;
    TextFilterProxy* m_proxy;
    QTableView* m_view;
    ColumnChooser* m_columns;
    FilterStatus* m_filterStatus;
    QStringList m_currentKey; ///< the current row's first two cells, kept across a model reset
};

} // namespace mamori
