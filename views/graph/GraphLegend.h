#pragma once

// What the colours and lines of the dependency graph mean: a strip under the drawing (over it, it
// would hide boxes in the overview), wrapping to the width it is given. Texts are looked up when
// laid out, so a language change needs only a new layout.

#include <QList>
#include <QPointF>
#include <QString>
#include <QWidget>

#include <functional>

namespace mamori {

// Without Q_OBJECT (no signals or slots), so its strings name their context explicitly.
class GraphLegend final : public QWidget {
public:
    explicit GraphLegend(QWidget* parent);

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return arrange(width).height; }
    QSize sizeHint() const override { return QSize(800, arrange(width() > 0 ? width() : 1200).height); }
    QSize minimumSizeHint() const override { return QSize(200, arrange(200).height); }

protected:
    void paintEvent(QPaintEvent*) override;

private:
    static constexpr qreal kSwatchWidth = 30;
    static constexpr qreal kSwatchHeight = 14;
    static constexpr qreal kSwatchGap = 5;
    static constexpr qreal kItemGap = 16;
    static constexpr qreal kGroupGap = 30;
    static constexpr qreal kMargin = 6;

    struct Entry {
        QString text;
        bool heading = false;
        std::function<void(QPainter&, const QRectF&)> paintSample;
        QPointF origin;
    };
    struct Arrangement {
        QList<Entry> entries;
        int height = 0;
    };

    static Entry heading(const QString& text);
    static Entry item(const QString& text, std::function<void(QPainter&, const QRectF&)> paintSample);
    /// Three groups (tiers, dependencies, highlights), each a heading and its items; items flow left
    /// to right and wrap, and a heading never ends a line.
    static QList<QList<Entry>> groups();
    Arrangement arrange(int width) const;
};

} // namespace mamori
