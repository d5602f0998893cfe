#include "widgets/ColumnChooser.h"

#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QTableView>

#include <algorithm>

namespace mamori {

ColumnChooser::ColumnChooser(QTableView* view, const QString& settingsGroup, std::function<bool(int)> hiddenByDefault)
    : QObject(view)
    , m_view(view)
    , m_settingsGroup(settingsGroup)
{
    const QVariant stored = QSettings().value(m_settingsGroup + QStringLiteral("/hidden"));
    const int columns = view->model()->columnCount();
    for (int c = 0; c < columns; ++c) {
        if (stored.isValid() ? stored.toList().contains(c) : hiddenByDefault(c))
            m_hidden.insert(c);
    }
    QHeaderView* header = view->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, &ColumnChooser::showMenu);
    // A reset of the model (a scenario shown, the language switched) rebuilds the header's sections.
    connect(view->model(), &QAbstractItemModel::modelReset, this, &ColumnChooser::apply);
    apply();
}

bool ColumnChooser::isColumnShown(int column) const
{
    return !m_hidden.contains(column);
}

void ColumnChooser::setColumnShown(int column, bool shown)
{
    if (shown == isColumnShown(column))
        return;
    if (shown)
        m_hidden.remove(column);
    else
        m_hidden.insert(column);
    apply();
    save();
    emit columnsChanged();
}

void ColumnChooser::apply()
{
    for (int c = 0; c < m_view->model()->columnCount(); ++c)
        m_view->setColumnHidden(c, m_hidden.contains(c));
}

void ColumnChooser::save() const
{
    QList<int> sorted(m_hidden.cbegin(), m_hidden.cend());
    std::sort(sorted.begin(), sorted.end());
    QVariantList hidden;
    for (int c : sorted)
        hidden.append(c);
    QSettings().setValue(m_settingsGroup + QStringLiteral("/hidden"), hidden);
}

void ColumnChooser::showMenu(const QPoint& pos)
{
    QMenu menu(m_view);
    menu.setTitle(tr("Columns"));
    const QAbstractItemModel* model = m_view->model();
    for (int c = 0; c < model->columnCount(); ++c) {
        QAction* a = menu.addAction(model->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(isColumnShown(c));
        connect(a, &QAction::toggled, this, [this, c](bool shown) { setColumnShown(c, shown); });
    }
    menu.addSeparator();
    menu.addAction(tr("Fit columns to contents"), m_view, &QTableView::resizeColumnsToContents);
    menu.exec(m_view->horizontalHeader()->mapToGlobal(pos));
}

void fitColumnsToContents(QTableView* view, int maxWidth)
{
    view->horizontalHeader()->setResizeContentsPrecision(kColumnSampleRows);
    view->resizeColumnsToContents();
    for (int c = 0; c < view->model()->columnCount(); ++c)
        view->setColumnWidth(c, std::min(view->columnWidth(c), maxWidth));
}

} // namespace mamori
