#include "registers/RegisterDelegate.h"

#include "registers/RegisterTableModel.h"

#include <QComboBox>

namespace mamori {

QWidget* RegisterDelegate::createEditor(
    QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QVariantList choices = index.data(RegisterTableModel::ChoicesRole).toList();
    if (choices.isEmpty())
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto* combo = new QComboBox(parent);
    for (const QVariant& c : choices) {
        const QVariantMap choice = c.toMap();
        combo->addItem(choice.value(QStringLiteral("text")).toString(), choice.value(QStringLiteral("value")));
    }
    // Commit as soon as a choice is made, as a spreadsheet would.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        emit const_cast<RegisterDelegate*>(this)->commitData(combo);
        emit const_cast<RegisterDelegate*>(this)->closeEditor(combo);
    });
    return combo;
}

void RegisterDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        const int at = combo->findData(index.data(Qt::EditRole));
        combo->setCurrentIndex(qMax(0, at));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void RegisterDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace mamori
