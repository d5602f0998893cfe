#pragma once

// The column chooser of a table: right-click on the header lists every column, checkable; the
// columns shown are remembered in QSettings under the page's key. Columns the page calls secondary
// are hidden until the user shows them. One implementation for every page with such a table.

#include <QObject>
#include <QSet>
#include <QString>

#include <functional>

class QPoint;
class QTableView;

namespace mamori {

class ColumnChooser : public QObject {
    Q_OBJECT

public:
    /// Attaches to `view`'s horizontal header. `settingsGroup` names the page in QSettings (the hidden
    /// columns are kept under "<group>/hidden"); `hiddenByDefault` says which columns are hidden while
    /// the user has chosen nothing.
    ColumnChooser(QTableView* view, const QString& settingsGroup, std::function<bool(int)> hiddenByDefault);

    /// Shows or hides `column` as the menu does, and remembers the choice.
    void setColumnShown(int column, bool shown);
    bool isColumnShown(int column) const;

signals:
    /// The set of shown columns changed (a text filter over the shown columns matches anew).
    void columnsChanged();

private:
    void showMenu(const QPoint& pos);
    void apply();
    void save() const;

    QTableView* m_view;
    QString m_settingsGroup;
    QSet<int> m_hidden;
};

/// Fits the columns of `view` to their contents, none wider than `maxWidth` pixels: long names leave
/// room for the numbers beside them (the full text stays in the cell's tooltip or the details).
void fitColumnsToContents(QTableView* view, int maxWidth);

/// How many rows fitting a column to its contents reads (the first ones): enough for widths, and a
/// 90,000-row register opens without measuring each.
inline constexpr int kColumnSampleRows = 250;

} // namespace mamori
