#pragma once

#include <QStyledItemDelegate>

namespace mamori {

/// Edits cells of the registers: a combo box for choice columns (the model's ChoicesRole), the
/// default editor otherwise. The combo commits the choice's value, not its translated text.
class RegisterDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};

} // namespace mamori
