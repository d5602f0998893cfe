#pragma once

#include <QColor>
#include <QString>

namespace mamori {

/// The colour of a risk level band label, the same in every view and in the report: low green,
/// medium yellow, high orange, critical red; labels of a ward's own bands grey.
QColor levelColor(const QString& label);
/// A text colour readable on levelColor(label).
QColor levelTextColor(const QString& label);

} // namespace mamori
