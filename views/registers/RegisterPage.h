#pragma once

// One register in the main window: a filterable, sortable table over a RegisterTableModel with
// in-place editing, multi-select, a column chooser (header context menu, remembered), and a context
// menu that sets a choice column on every selected row at once.

#include <QStringList>
#include <QWidget>

class QSortFilterProxyModel;
class QTableView;

namespace mamori {

class RegisterTableModel;

class RegisterPage : public QWidget {
    Q_OBJECT

public:
    /// `settingsKey` names the page in QSettings (hidden columns, column widths).
    RegisterPage(RegisterTableModel* model, const QString& settingsKey, QWidget* parent = nullptr);

    RegisterTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }

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

private:
    void showHeaderMenu(const QPoint& pos);
    void showContextMenu(const QPoint& pos);
    void saveColumns() const;
    void restoreColumns();

    RegisterTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QString m_settingsKey;
    QStringList m_currentKey; ///< the current row's first two cells, kept across a model reset
};

} // namespace mamori
