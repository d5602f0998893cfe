#include "widgets/CheckList.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QVBoxLayout>
#include <cmath>

namespace mamori {

CheckList::CheckList(bool searchable, QWidget* parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    if (searchable) {
        m_search = new QLineEdit(this);
        m_search->setPlaceholderText(tr("Search by ID or name"));
        m_search->setClearButtonEnabled(true);
        layout->addWidget(m_search);
        connect(m_search, &QLineEdit::textChanged, this, &CheckList::applyFilter);
        m_search->installEventFilter(this);
    }
    layout->addWidget(m_list, 1);
    if (searchable) {
        auto* row = new QHBoxLayout;
        m_count = new QLabel(this);
        m_onlyChecked = new QCheckBox(tr("Show only checked"), this);
        row->addWidget(m_count);
        row->addStretch(1);
        row->addWidget(m_onlyChecked);
        layout->addLayout(row);
        connect(m_onlyChecked, &QCheckBox::toggled, this, &CheckList::applyFilter);
    }
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        updateCount();
        emit checkedChanged();
    });
    updateCount();
}

void CheckList::setNames(const QString& name)
{
    m_list->setObjectName(name);
    if (m_search)
        m_search->setObjectName(name + QStringLiteral("Search"));
    if (m_onlyChecked)
        m_onlyChecked->setObjectName(name + QStringLiteral("OnlyChecked"));
}

void CheckList::addItem(const QString& key, const QString& text)
{
    const QSignalBlocker blocker(m_list);
    auto* item = new QListWidgetItem(text, m_list);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Unchecked);
    item->setData(Qt::UserRole, key);
    updateCount();
}

void CheckList::setChecked(const QStringList& keys)
{
    {
        const QSignalBlocker blocker(m_list);
        for (int i = 0; i < m_list->count(); ++i) {
            QListWidgetItem* item = m_list->item(i);
            item->setCheckState(keys.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
        }
    }
    updateCount();
    applyFilter();
}

QStringList CheckList::checkedKeys(const QStringList& keep) const
{
    QStringList checked;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            checked.append(m_list->item(i)->data(Qt::UserRole).toString());
    }
    QStringList out;
    for (const QString& key : keep) {
        if (checked.contains(key))
            out.append(key);
    }
    for (const QString& key : std::as_const(checked)) {
        if (!keep.contains(key))
            out.append(key);
    }
    return out;
}

void CheckList::fitToContents()
{
    m_list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    int height = 2 * m_list->frameWidth();
    for (int i = 0; i < m_list->count(); ++i)
        height += m_list->sizeHintForRow(i);
    m_list->setFixedHeight(height);
    m_list->setMinimumWidth(m_list->sizeHintForColumn(0) + 2 * m_list->frameWidth() + 8);
}

bool CheckList::eventFilter(QObject* watched, QEvent* event)
{
    // Enter in the search box goes to the first match, where Space checks it; left alone it would
    // press the dialog's OK button and apply a half-made edit.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            for (int i = 0; i < m_list->count(); ++i) {
                if (!m_list->item(i)->isHidden()) {
                    m_list->setCurrentRow(i);
                    break;
                }
            }
            m_list->setFocus(Qt::ShortcutFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CheckList::applyFilter()
{
    const QString needle = m_search ? m_search->text().trimmed() : QString();
    const bool onlyChecked = m_onlyChecked && m_onlyChecked->isChecked();
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem* item = m_list->item(i);
        const bool match = needle.isEmpty() || item->text().contains(needle, Qt::CaseInsensitive);
        item->setHidden(!match || (onlyChecked && item->checkState() != Qt::Checked));
    }
}

void CheckList::updateCount()
{
    if (!m_count)
        return;
    int checked = 0;
    for (int i = 0; i < m_list->count(); ++i)
        checked += m_list->item(i)->checkState() == Qt::Checked;
    m_count->setText(tr("%n checked", nullptr, checked));
}

} // namespace mamori
