#pragma once

#include <QString>
#include <QStringView>

namespace mamori {

/// Compares ids by Unicode code point, as RISK-MODEL.md 2 asks. QString's own order compares UTF-16
/// code units, which puts characters above U+FFFF (surrogate pairs) before U+E000..U+FFFF.
inline int compareIds(QStringView a, QStringView b)
{
    const qsizetype n = qMin(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        char16_t x = a[i].unicode();
        char16_t y = b[i].unicode();
        if (x == y)
            continue;
        // Move surrogates above the rest of the BMP so the order is by code point.
        auto fix = [](char16_t c) { return c >= 0xD800 ? (c >= 0xE000 ? int(c) - 0x800 : int(c) + 0x2000) : int(c); };
        return fix(x) < fix(y) ? -1 : 1;
    }
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

struct IdLess {
    bool operator()(QStringView a, QStringView b) const { return compareIds(a, b) < 0; }
};

} // namespace mamori
