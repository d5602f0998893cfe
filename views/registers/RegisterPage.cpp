#include "registers/RegisterPage.h"

#include "ModelEdit.h"

#include "registers/RegisterDelegate.h"
#include "registers/RegisterTableModel.h"
#include "widgets/ColumnChooser.h"
#include "widgets/TextFilter.h"

#include <QHeaderView>
#include <QMenu>
#include <QTableView>
#include <QVBoxLayout>

namespace mamori {

namespace {
/// The items opened in a detail editor (editors/ItemEditors): the ones with an ID of their own.
bool hasDetailEditor(std::size_t entity)
{
    return entity
        == entityIndex<
            Asset> || entity == entityIndex<Threat> || entity == entityIndex<Control> || entity == entityIndex<PlanAction>;
}
} // namespace

RegisterPage::RegisterPage(RegisterTableModel* model, const QString& settingsKey, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new TextFilterProxy(this))
    , m_view(new QTableView(this))
    , m_filterStatus(new FilterStatus(this))
{
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(RegisterTableModel::SortRole);

    m_view->setObjectName(QStringLiteral("register-") + settingsKey);
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new RegisterDelegate(m_view));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // A double-click is handled below: it edits in place or opens the detail editor.
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->verticalHeader()->hide();
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &RegisterPage::showContextMenu);
    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
            emit currentRowChanged(current.isValid() ? m_proxy->mapToSource(current).row() : -1);
        });
    // Switching between the baseline and a scenario resets the model: the same item stays current
    // (found again by its first two columns, which identify every register's rows).
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const int row = currentRow();
        m_currentKey = row < 0
            ? QStringList()
            : QStringList {m_model->index(row, 0).data().toString(), m_model->index(row, 1).data().toString()};
    });
    connect(model, &QAbstractItemModel::modelReset, m_view, [this] {
        m_view->resizeColumnsToContents();
        if (m_currentKey.isEmpty())
            return;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->index(row, 0).data().toString() == m_currentKey[0]
                && m_model->index(row, 1).data().toString() == m_currentKey[1]) {
                selectRow(row);
                break;
            }
        }
        m_currentKey.clear();
    });
    // A double-click edits the cell in place, as in Excel, except on a cell that cannot be edited in
    // place and on the ID of an item that has a detail editor: those open the editor (where every
    // cell of a row is editable, as on the plan, the ID is the way in; F2 or typing renames it).
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) {
        const QModelIndex source = m_proxy->mapToSource(index);
        if (!(index.flags() & Qt::ItemIsEditable) || (source.column() == 0 && hasDetailEditor(m_model->entity())))
            emit detailsRequested(source.row());
        else
            m_view->edit(index);
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filterStatus);
    layout->addWidget(m_view);

    // Widths from the first rows only: measuring a thousand rows of every register of a 10,000-asset
    // ward (Qt's default) made opening it wait.
    m_view->horizontalHeader()->setResizeContentsPrecision(kColumnSampleRows);
    m_view->resizeColumnsToContents();
    m_columns = new ColumnChooser(m_view, QStringLiteral("registers/") + settingsKey,
        [model](int c) { return !model->column(c).visibleByDefault; });
    m_proxy->setColumnShown([this](int c) { return m_columns->isColumnShown(c); });
    connect(m_columns, &ColumnChooser::columnsChanged, m_proxy, &TextFilterProxy::columnsChanged);
    connect(m_filterStatus, &FilterStatus::clearRequested, this, &RegisterPage::filterClearRequested);
    onRowsChanged(m_proxy, this, [this] { updateFilterStatus(); });
}

void RegisterPage::setFilterText(const QString& text)
{
    m_proxy->setFilterText(text);
    updateFilterStatus();
}

void RegisterPage::updateFilterStatus()
{
    m_filterStatus->showCounts(m_proxy->rowCount(), m_model->rowCount(), m_proxy->filterText());
}

QList<int> RegisterPage::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        rows.append(m_proxy->mapToSource(index).row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void RegisterPage::selectRow(int sourceRow)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

int RegisterPage::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_proxy->mapToSource(current).row() : -1;
}

void RegisterPage::showContextMenu(const QPoint& pos)
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    QMenu menu(this);
    // For each choice column, "Set <column> ▸ <choice>" on every selected row: one undo step.
    for (int c = 0; c < m_model->columnCount(); ++c) {
        const RegisterColumn& column = m_model->column(c);
        if (!column.edit || !column.choices)
            continue;
        QMenu* sub = menu.addMenu(tr("Set %1").arg(m_model->headerData(c, Qt::Horizontal).toString()));
        for (const Choice& choice : column.choices()) {
            sub->addAction(choice.text, this,
                [this, c, rows, value = choice.value] { m_model->setColumnForRows(c, rows, value); });
        }
    }
    if (!menu.isEmpty())
        menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace mamori
