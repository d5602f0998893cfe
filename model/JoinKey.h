#pragma once

// May include: QtCore only (it sits below every other model header).

#include <QString>
#include <QStringView>

#include <initializer_list>

namespace mamori {

/// One hash key for a composite identity (a dependency's from, to and kind; an exposure's asset and
/// threat): the parts joined by U+0000, which no id or vocabulary key contains, so that two different
/// lists of parts never give the same key.
inline QString joinKey(std::initializer_list<QStringView> parts)
{
    qsizetype size = 0;
    for (QStringView part : parts)
        size += part.size() + 1;
    QString out;
    out.reserve(size);
    bool first = true;
    for (QStringView part : parts) {
        if (!first)
            out += QChar(0);
        out += part;
        first = false;
    }
    return out;
}

} // namespace mamori
