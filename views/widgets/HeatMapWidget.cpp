#include "widgets/HeatMapWidget.h"

#include "EnumNames.h"
#include "LevelColors.h"
#include "NumberFormat.h"
#include "RiskMatrix.h"
#include "document/LiveAssessment.h"
#include "document/ProjectDocument.h"
#include "engine/Assessment.h"

#include <QAccessible>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionFocusRect>
#include <QToolTip>
#include <QtMath>

#include <algorithm>
#include <cmath>

namespace mamori {

namespace {

constexpr int kMargin = 8;
constexpr int kSpacing = 6;

/// An empty cell keeps its band's hue but recedes, so the eye goes to the cells that hold risks.
QColor emptyCellColor(const QString& label)
{
    const QColor c = levelColor(label);
    return QColor((c.red() + 2 * 255) / 3, (c.green() + 2 * 255) / 3, (c.blue() + 2 * 255) / 3);
}

QFont titleFont(const QFont& base)
{
    QFont f = base;
    f.setBold(true);
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * 1.15);
    return f;
}

/// Japanese (and Chinese) text is written top to bottom, one character under the other, as on a
/// printed risk map; other text is turned a quarter to read upwards. Stacked text that would not fit
/// is turned too.
void drawVerticalTitle(QPainter& p, const QRect& rect, const QString& text)
{
    const QFontMetrics fm(p.font());
    const bool cjk = !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() >= 0x3000 && !c.isSurrogate(); // one glyph per QChar, so each can be placed
    });
    if (cjk && fm.height() * text.size() <= rect.height()) {
        const int top = rect.top() + (rect.height() - fm.height() * int(text.size())) / 2;
        for (qsizetype k = 0; k < text.size(); ++k)
            p.drawText(QRect(rect.left(), top + int(k) * fm.height(), rect.width(), fm.height()), Qt::AlignCenter,
                QString(text[k]));
        return;
    }
    p.save();
    p.translate(rect.center());
    p.rotate(-90);
    p.drawText(QRect(-rect.height() / 2, -rect.width() / 2, rect.height(), rect.width()), Qt::AlignCenter, text);
    p.restore();
}

} // namespace

HeatMapWidget::HeatMapWidget(bool residual, QWidget* parent)
    : QWidget(parent)
    , m_residual(residual)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setObjectName(residual ? QStringLiteral("residualHeatMap") : QStringLiteral("inherentHeatMap"));
    updateAccessibleText();
}

void HeatMapWidget::setResidual(bool residual)
{
    if (m_residual == residual)
        return;
    m_residual = residual;
    updateAccessibleText();
    update();
}

void HeatMapWidget::setAssessment(const Assessment& assessment)
{
    m_counts = {};
    for (const RiskResult& r : assessment.risks) {
        ++m_counts[0][std::size_t(RiskMatrix::cellOf(r.likelihood) - 1)][std::size_t(RiskMatrix::cellOf(r.impact) - 1)];
        ++m_counts[1][std::size_t(RiskMatrix::cellOf(r.residualLikelihood) - 1)]
                  [std::size_t(RiskMatrix::cellOf(r.residualImpact) - 1)];
    }
    m_total = int(assessment.risks.size());
    for (int l = 1; l <= kSize; ++l) {
        for (int i = 1; i <= kSize; ++i)
            m_levels[std::size_t(l - 1)][std::size_t(i - 1)] = RiskMatrix::cellLevel(assessment.bands, l, i);
    }
    m_legendLabels.clear();
    for (const Band& b : assessment.bands) {
        if (!m_legendLabels.contains(b.label))
            m_legendLabels.append(b.label);
    }
    updateAccessibleText();
    update();
}

int HeatMapWidget::count(int likelihood, int impact) const
{
    if (likelihood < 1 || likelihood > kSize || impact < 1 || impact > kSize)
        return 0;
    return m_counts[m_residual ? 1 : 0][std::size_t(likelihood - 1)][std::size_t(impact - 1)];
}

QString HeatMapWidget::cellLevel(int likelihood, int impact) const
{
    if (likelihood < 1 || likelihood > kSize || impact < 1 || impact > kSize)
        return {};
    return m_levels[std::size_t(likelihood - 1)][std::size_t(impact - 1)];
}

HeatMapWidget::Decorations HeatMapWidget::decorations() const
{
    const QFontMetrics fm(font());
    const QFontMetrics tfm(titleFont(font()));
    const int verticalTitleWidth = qMax(fm.height(), fm.horizontalAdvance(QChar(0x767a))); // 発: a full-width glyph
    const int tickWidth = fm.horizontalAdvance(QStringLiteral("5")) + 2 * kSpacing;
    const int tickHeight = fm.height() + kSpacing / 2;
    const int legendHeight = m_legendLabels.isEmpty() ? 0 : fm.height() + kSpacing;
    // The right keeps the tick labels' width too, so that the grid is centred under the title.
    return {kMargin + verticalTitleWidth + tickWidth, kMargin + tickWidth, kMargin + tfm.height() + kSpacing,
        tickHeight + fm.height() + legendHeight + kMargin};
}

HeatMapWidget::Geometry HeatMapWidget::geometry() const
{
    const QFontMetrics fm(font());
    const QFontMetrics tfm(titleFont(font()));
    const Decorations d = decorations();
    const int tickWidth = fm.horizontalAdvance(QStringLiteral("5")) + 2 * kSpacing;
    const int tickHeight = fm.height() + kSpacing / 2;
    const int availableWidth = width() - d.left - d.right;
    const int availableHeight = height() - d.top - d.bottom;

    Geometry g;
    g.cell = qMax(12, qMin(availableWidth, availableHeight) / kSize);
    const int side = g.cell * kSize;
    g.origin = QPoint(d.left + qMax(0, (availableWidth - side) / 2), d.top + qMax(0, (availableHeight - side) / 2));
    g.title = QRect(kMargin, g.origin.y() - kSpacing - tfm.height(), width() - 2 * kMargin, tfm.height());
    const int verticalTitleWidth = d.left - kMargin - tickWidth;
    g.verticalTitle = QRect(g.origin.x() - tickWidth - verticalTitleWidth, g.origin.y(), verticalTitleWidth, side);
    g.horizontalTitle = QRect(g.origin.x(), g.origin.y() + side + tickHeight, side, fm.height());
    g.legend = QRect(kMargin, g.horizontalTitle.bottom() + 1 + kSpacing, width() - 2 * kMargin, fm.height());
    return g;
}

int HeatMapWidget::heightForWidth(int width) const
{
    const Decorations d = decorations();
    return d.top + qMax(12, (width - d.left - d.right) / kSize) * kSize + d.bottom;
}

QRect HeatMapWidget::cellRect(int likelihood, int impact) const
{
    if (likelihood < 1 || likelihood > kSize || impact < 1 || impact > kSize)
        return {};
    const Geometry g = geometry();
    return QRect(g.origin.x() + (impact - 1) * g.cell, g.origin.y() + (kSize - likelihood) * g.cell, g.cell, g.cell);
}

QPoint HeatMapWidget::cellAt(const QPoint& pos) const
{
    const Geometry g = geometry();
    const QPoint p = pos - g.origin;
    if (p.x() < 0 || p.y() < 0 || p.x() >= g.cell * kSize || p.y() >= g.cell * kSize)
        return {};
    return QPoint(kSize - p.y() / g.cell, p.x() / g.cell + 1);
}

QString HeatMapWidget::titleText() const
{
    return m_residual ? tr("Residual risk (%Ln risks)", nullptr, m_total)
                      : tr("Inherent risk (%Ln risks)", nullptr, m_total);
}

QString HeatMapWidget::cellDescription(int likelihood, int impact) const
{
    const QString level = cellLevel(likelihood, impact);
    return tr("Likelihood %1, impact %2: %Ln risks (level %3)", nullptr, count(likelihood, impact))
        .arg(QString::number(likelihood), QString::number(impact),
            level.isEmpty() ? tr("none") : EnumNames::level(level));
}

void HeatMapWidget::setFocusCell(int likelihood, int impact)
{
    likelihood = qBound(1, likelihood, kSize);
    impact = qBound(1, impact, kSize);
    if (likelihood == m_focusLikelihood && impact == m_focusImpact)
        return;
    m_focusLikelihood = likelihood;
    m_focusImpact = impact;
    updateAccessibleText();
    update();
}

void HeatMapWidget::setSelectedCell(int likelihood, int impact)
{
    const bool valid = likelihood >= 1 && likelihood <= kSize && impact >= 1 && impact <= kSize;
    m_selectedLikelihood = valid ? likelihood : 0;
    m_selectedImpact = valid ? impact : 0;
    update();
}

void HeatMapWidget::activate(int likelihood, int impact)
{
    setFocusCell(likelihood, impact);
    setSelectedCell(likelihood, impact);
    emit cellActivated(m_residual, likelihood, impact);
}

void HeatMapWidget::updateAccessibleText()
{
    setAccessibleName(titleText());
    setAccessibleDescription(cellDescription(m_focusLikelihood, m_focusImpact));
    // Screen readers follow the focus cell through the description; the widget is one control.
    if (QAccessible::isActive()) {
        QAccessibleEvent event(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&event);
    }
}

QSize HeatMapWidget::sizeHint() const
{
    return QSize(400, 440);
}

QSize HeatMapWidget::minimumSizeHint() const
{
    const QFontMetrics fm(font());
    return QSize(fm.height() * 12, fm.height() * 15);
}

bool HeatMapWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QPoint cell = cellAt(help->pos());
        if (cell.isNull()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            // Rich text, escaped: a ward's own band label is model data and must not be read as markup.
            QToolTip::showText(help->globalPos(),
                QStringLiteral("<p style=\"white-space:pre\">%1</p>")
                    .arg(cellDescription(cell.x(), cell.y()).toHtmlEscaped()),
                this, cellRect(cell.x(), cell.y()));
        }
        return true;
    }
    return QWidget::event(event);
}

HeatMapWidget::CellText HeatMapWidget::cellText(int count, const QRect& cell, const QFont& base)
{
    constexpr int kMinimumPixels = 7; // still legible; below it a shorter text serves better
    const int room = cell.width() - 4;
    CellText shown {formatCount(count), base};
    shown.font.setBold(true);
    const auto fitFont = [&] {
        int pixels = qBound(10, cell.height() * 3 / 10, 28);
        shown.font.setPixelSize(pixels);
        while (pixels > kMinimumPixels && QFontMetrics(shown.font).horizontalAdvance(shown.text) > room)
            shown.font.setPixelSize(--pixels);
        return QFontMetrics(shown.font).horizontalAdvance(shown.text) <= room;
    };
    if (fitFont())
        return shown;
    // Thousands: one decimal while it adds information ("1.2k"), none beyond ("12k").
    const double thousands = count / 1000.0;
    shown.text = tr("%1k", "a count in thousands, in a small heat map cell")
                     .arg(QLocale().toString(thousands, 'f', thousands < 10 ? 1 : 0));
    fitFont();
    return shown;
}

void HeatMapWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const Geometry g = geometry();
    const QColor textColor = palette().color(QPalette::WindowText);

    p.setFont(titleFont(font()));
    p.setPen(textColor);
    p.drawText(g.title, Qt::AlignCenter, titleText());

    // Cells, with a gap in the window colour between them.
    for (int l = 1; l <= kSize; ++l) {
        for (int i = 1; i <= kSize; ++i) {
            const QRect r = cellRect(l, i).adjusted(1, 1, -1, -1);
            const QString level = cellLevel(l, i);
            const int n = count(l, i);
            p.fillRect(r, n > 0 ? levelColor(level) : emptyCellColor(level));
            if (n > 0) {
                const CellText shown = cellText(n, r, font());
                p.setFont(shown.font);
                p.setPen(levelTextColor(level));
                p.drawText(r, Qt::AlignCenter, shown.text);
            }
        }
    }

    if (m_selectedLikelihood > 0) {
        p.setPen(QPen(textColor, 3));
        p.setBrush(Qt::NoBrush);
        p.drawRect(cellRect(m_selectedLikelihood, m_selectedImpact).adjusted(2, 2, -2, -2));
    }
    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.rect = cellRect(m_focusLikelihood, m_focusImpact).adjusted(5, 5, -5, -5);
        option.backgroundColor = levelColor(cellLevel(m_focusLikelihood, m_focusImpact));
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &p, this);
    }

    // Axes: likelihood 1..5 upwards on the left, impact 1..5 rightwards below.
    p.setFont(font());
    p.setPen(textColor);
    const QFontMetrics fm(font());
    for (int k = 1; k <= kSize; ++k) {
        const QRect row = cellRect(k, 1);
        p.drawText(QRect(row.left() - kSpacing - fm.horizontalAdvance(QStringLiteral("5")) - kSpacing, row.top(),
                       fm.horizontalAdvance(QStringLiteral("5")) + kSpacing, row.height()),
            Qt::AlignRight | Qt::AlignVCenter, QString::number(k));
        const QRect column = cellRect(1, k);
        p.drawText(QRect(column.left(), column.bottom() + 1, column.width(), fm.height() + kSpacing / 2),
            Qt::AlignHCenter | Qt::AlignBottom, QString::number(k));
    }
    p.drawText(g.horizontalTitle, Qt::AlignCenter, tr("Impact"));
    drawVerticalTitle(p, g.verticalTitle, tr("Likelihood"));

    // Legend: the bands' colours, centred.
    if (!m_legendLabels.isEmpty()) {
        const int swatch = fm.height() - 4;
        int total = 0;
        for (const QString& label : m_legendLabels)
            total += swatch + kSpacing / 2 + fm.horizontalAdvance(EnumNames::level(label)) + 2 * kSpacing;
        int x = g.legend.left() + qMax(0, (g.legend.width() - total) / 2);
        for (const QString& label : m_legendLabels) {
            p.fillRect(QRect(x, g.legend.top() + 2, swatch, swatch), levelColor(label));
            x += swatch + kSpacing / 2;
            const QString name = EnumNames::level(label);
            p.drawText(QRect(x, g.legend.top(), fm.horizontalAdvance(name) + 1, fm.height()), Qt::AlignVCenter, name);
            x += fm.horizontalAdvance(name) + 2 * kSpacing;
        }
    }
}

void HeatMapWidget::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton)
        m_pressedCell = cellAt(event->position().toPoint());
    QWidget::mousePressEvent(event);
}

void HeatMapWidget::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        const QPoint cell = cellAt(event->position().toPoint());
        if (!cell.isNull() && cell == m_pressedCell)
            activate(cell.x(), cell.y());
        m_pressedCell = {};
    }
    QWidget::mouseReleaseEvent(event);
}

void HeatMapWidget::mouseMoveEvent(QMouseEvent* event)
{
    if (cellAt(event->position().toPoint()).isNull())
        unsetCursor();
    else
        setCursor(Qt::PointingHandCursor);
    QWidget::mouseMoveEvent(event);
}

void HeatMapWidget::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Up:
        setFocusCell(m_focusLikelihood + 1, m_focusImpact);
        break;
    case Qt::Key_Down:
        setFocusCell(m_focusLikelihood - 1, m_focusImpact);
        break;
    case Qt::Key_Left:
        setFocusCell(m_focusLikelihood, m_focusImpact - 1);
        break;
    case Qt::Key_Right:
        setFocusCell(m_focusLikelihood, m_focusImpact + 1);
        break;
    case Qt::Key_Home:
        setFocusCell(kSize, 1);
        break;
    case Qt::Key_End:
        setFocusCell(1, kSize);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        activate(m_focusLikelihood, m_focusImpact);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void HeatMapWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        updateAccessibleText();
        update();
    } else if (event->type() == QEvent::FontChange) {
        updateGeometry();
    }
    QWidget::changeEvent(event);
}

RiskMatrixPair::RiskMatrixPair(ProjectDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_inherent(new HeatMapWidget(false, this))
    , m_residual(new HeatMapWidget(true, this))
    , m_staleness(new StaleRefresh(this, [this] { refresh(); }))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_inherent);
    layout->addWidget(m_residual);
    for (HeatMapWidget* map : {m_inherent, m_residual}) {
        connect(map, &HeatMapWidget::cellActivated, this, [this](bool residual, int likelihood, int impact) {
            // Only one cell filters the register at a time.
            (residual ? m_inherent : m_residual)->setSelectedCell(0, 0);
            emit cellActivated(residual, likelihood, impact);
        });
    }
    connect(m_document->assessment(), &LiveAssessment::updated, m_staleness, &StaleRefresh::invalidate);
}

void RiskMatrixPair::clearSelection()
{
    m_inherent->setSelectedCell(0, 0);
    m_residual->setSelectedCell(0, 0);
}

void RiskMatrixPair::refresh()
{
    const Assessment& assessment = m_document->assessment()->assessment();
    m_inherent->setAssessment(assessment);
    m_residual->setAssessment(assessment);
}

} // namespace mamori
