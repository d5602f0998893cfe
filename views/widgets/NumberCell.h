#pragma once

// A read-only table cell holding a number as the views show numbers: right-aligned text, with the
// exact value kept in Qt::UserRole when there is one (tests and copying read it).

#include <QTableWidgetItem>

#include <optional>

namespace mamori {

inline QTableWidgetItem* numberCell(const QString& text, std::optional<double> value = std::nullopt)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (value)
        item->setData(Qt::UserRole, *value);
    return item;
}

} // namespace mamori
