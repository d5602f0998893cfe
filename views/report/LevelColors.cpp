#include "LevelColors.h"

namespace mamori {

QColor levelColor(const QString& label)
{
    if (label == QLatin1StringView("low"))
        return QColor(0x4c, 0xaf, 0x50);
    if (label == QLatin1StringView("medium"))
        return QColor(0xf4, 0xd0, 0x3f);
    if (label == QLatin1StringView("high"))
        return QColor(0xf3, 0x8b, 0x1c);
    if (label == QLatin1StringView("critical"))
        return QColor(0xd3, 0x2f, 0x2f);
    return QColor(0xb0, 0xb0, 0xb0);
}

QColor levelTextColor(const QString& label)
{
    return label == QLatin1StringView("critical") ? QColor(Qt::white) : QColor(Qt::black);
}

} // namespace mamori
