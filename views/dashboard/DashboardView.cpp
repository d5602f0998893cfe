#include "dashboard/DashboardView.h"

#include "DisplayLanguage.h"
#include "EnumNames.h"
#include "LevelColors.h"
#include "ModelEdit.h"
#include "NumberFormat.h"
#include "SaveWhole.h"
#include "document/LiveAssessment.h"
#include "document/ProjectDocument.h"
#include "engine/Assessment.h"
#include "widgets/HeatMapWidget.h"
#include "widgets/StaleRefresh.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFrame>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QResizeEvent>
#include <QScrollArea>
#include <QStandardPaths>
#include <QStyle>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace mamori {

namespace {

const QColor kInherentColor(0x90, 0xa4, 0xae);
const QColor kResidualColor(0x15, 0x65, 0xc0);
/// implemented, partial, planned, none: done is green, under way yellow, intended blue, nothing grey.
const QColor kStatusColors[]
    = {QColor(0x4c, 0xaf, 0x50), QColor(0xf4, 0xd0, 0x3f), QColor(0x64, 0xb5, 0xf6), QColor(0xbd, 0xbd, 0xbd)};
constexpr int kTopCount = 10;
/// The export is larger than a chart on screen and read on paper or in a slide: larger text.
constexpr double kExportFontScale = 1.5;
constexpr int kChartMinimumWidth = 340;
constexpr int kChartMinimumHeight = 300;

/// File names offered when saving a chart; not translated so that exported files sort the same
/// in both languages.
const char* const kExportNames[]
    = {"residual-by-category", "residual-by-tier", "inherent-vs-residual", "top-ten-risks", "control-status"};
static_assert(std::size(kExportNames) == DashboardView::ChartCount);

QString formatValue(double value)
{
    return formatScore(value);
}

/// A value axis from 0 with room for the bar labels past the longest bar.
QValueAxis* valueAxis(double maximum)
{
    auto* axis = new QValueAxis;
    axis->setRange(0, maximum > 0 ? maximum * 1.15 : 1);
    axis->applyNiceNumbers();
    axis->setLabelFormat(QStringLiteral("%.0f"));
    return axis;
}

/// A value axis for counts, with whole-number ticks.
QValueAxis* countAxis(qint64 maximum)
{
    auto* axis = new QValueAxis;
    if (maximum <= 10) {
        axis->setRange(0, double(qMax<qint64>(1, maximum)));
        axis->setTickCount(int(qMax<qint64>(1, maximum)) + 1);
    } else {
        axis->setRange(0, double(maximum) * 1.05);
        axis->applyNiceNumbers();
    }
    axis->setLabelFormat(QStringLiteral("%d"));
    return axis;
}

QChart* newChart(const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->legend()->setVisible(false);
    chart->setLocalizeNumbers(true); // labels grouped as the tables group them
    return chart;
}

/// Puts `series` in `chart` with the categories on the vertical axis (top to bottom in the order
/// given: horizontal bar series draw the first category at the bottom, so it is reversed here and
/// the sets must hold their values reversed too) and `values` horizontally.
void attach(QChart* chart, QAbstractBarSeries* series, const QStringList& categories, QValueAxis* values)
{
    chart->addSeries(series);
    auto* axis = new QBarCategoryAxis;
    QStringList reversed = categories;
    std::reverse(reversed.begin(), reversed.end());
    axis->append(reversed);
    chart->addAxis(axis, Qt::AlignLeft);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(axis);
    series->attachAxis(values);
}

/// A bar set with the values in the reversed order attach() expects.
QBarSet* barSet(const QString& name, QList<qreal> values, const QColor& color)
{
    auto* set = new QBarSet(name);
    std::reverse(values.begin(), values.end());
    set->append(values);
    set->setColor(color);
    set->setBorderColor(color);
    return set;
}

/// Shows `describe(category index)` while the pointer is on a bar of `set`.
template <typename Describe> void explainOnHover(QBarSet* set, int count, Describe describe)
{
    QObject::connect(set, &QBarSet::hovered, set, [count, describe](bool status, int index) {
        if (!status || index < 0 || index >= count) {
            QToolTip::hideText();
            return;
        }
        // Always rich text, escaped: a tooltip guesses the format, and a name holding markup would
        // otherwise be rendered as markup.
        const QString text = describe(count - 1 - index); // undo attach()'s reversal
        QToolTip::showText(
            QCursor::pos(), QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>").arg(text.toHtmlEscaped()));
    });
}

/// The threat categories, in order: the rows of the charts by category.
QStringList threatCategories()
{
    QStringList categories;
    for (int c = 1; c <= kThreatCategoryCount; ++c)
        categories.append(EnumNames::threatCategory(c));
    return categories;
}

} // namespace

DashboardView::DashboardView(ProjectDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_scroll(new QScrollArea(this))
    , m_summary(new QLabel)
    , m_maps(new RiskMatrixPair(document))
    , m_staleness(new StaleRefresh(this, [this] { refresh(); }))
{
    setObjectName(QStringLiteral("dashboard"));
    auto* content = new QWidget;
    m_grid = new QGridLayout(content);
    m_grid->setContentsMargins(8, 8, 8, 8);
    m_grid->setSpacing(8);
    m_summary->setObjectName(QStringLiteral("dashboardSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    // The maps on a card like the charts', so the page reads as one set of panels.
    m_mapsCard = new QFrame;
    m_mapsCard->setAutoFillBackground(true);
    m_mapsCard->setBackgroundRole(QPalette::Base);
    auto* mapsLayout = new QVBoxLayout(m_mapsCard);
    mapsLayout->setContentsMargins(4, 4, 4, 4);
    mapsLayout->addWidget(m_maps);
    m_mapsCard->setMinimumHeight(340);
    for (int i = 0; i < ChartCount; ++i) {
        auto* view = new QChartView(new QChart);
        view->setObjectName(QStringLiteral("chart-%1").arg(i));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(kChartMinimumWidth, kChartMinimumHeight);
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(view, &QWidget::customContextMenuRequested, this, [this, i, view](const QPoint& pos) {
            QMenu menu(this);
            QAction* save = menu.addAction(tr("Save chart as PNG…"));
            if (menu.exec(view->viewport()->mapToGlobal(pos)) == save)
                saveChartAs(i);
        });
        m_views[std::size_t(i)] = view;
    }
    m_views[TopTen]->setMinimumHeight(420); // ten bars with their labels apart
    m_views[ControlStatusByGroup]->setMinimumHeight(380);
    arrange(2);

    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);

    connect(m_maps, &RiskMatrixPair::cellActivated, this, &DashboardView::cellActivated);
    connect(m_document->assessment(), &LiveAssessment::updated, m_staleness, &StaleRefresh::invalidate);
    connect(m_document, &ProjectDocument::changed, m_staleness, &StaleRefresh::invalidate);
    connect(m_document, &ProjectDocument::modelReset, m_staleness, &StaleRefresh::invalidate);
}

QChart* DashboardView::chart(int index) const
{
    return index >= 0 && index < ChartCount ? m_views[std::size_t(index)]->chart() : nullptr;
}

QChartView* DashboardView::chartView(int index) const
{
    return index >= 0 && index < ChartCount ? m_views[std::size_t(index)] : nullptr;
}

void DashboardView::refresh()
{
    m_staleness->markCurrent();
    updateSummary();
    for (int i = 0; i < ChartCount; ++i) {
        QChartView* view = m_views[std::size_t(i)];
        QChart* old = view->chart();
        view->setChart(buildChart(i));
        view->setAccessibleName(view->chart()->title());
        delete old; // setChart() hands the previous chart back to us
    }
}

void DashboardView::updateSummary()
{
    const Assessment& a = m_document->assessment()->assessment();
    auto strong = [](const QString& text) { return QStringLiteral("<b>%1</b>").arg(text); };
    QStringList parts;
    parts.append(tr("Risks: %1").arg(strong(formatCount(a.risks.size()))));
    parts.append(tr("Inherent risk total: %1").arg(strong(formatValue(a.totals.inherent))));
    parts.append(tr("Residual risk total: %1").arg(strong(formatValue(a.totals.residual))));
    parts.append(tr("Residual risk above the risk appetite (%1): %2")
                     .arg(formatScore(a.appetite), strong(formatCount(a.totals.aboveAppetite))));
    QStringList levels;
    for (const auto& [label, count] : a.levelCounts()) {
        levels.append(QStringLiteral("<span style=\"background-color:%1; color:%2;\">&nbsp;%3 %4&nbsp;</span>")
                          .arg(levelColor(label).name(), levelTextColor(label).name(),
                              EnumNames::level(label).toHtmlEscaped(), formatCount(count)));
    }
    if (!levels.isEmpty())
        parts.append(tr("Residual levels: %1").arg(levels.join(QStringLiteral(" "))));
    m_summary->setText(parts.join(QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;")));
}

void DashboardView::arrange(int columns)
{
    if (columns == m_columns)
        return;
    m_columns = columns;
    const QList<QWidget*> order {m_summary, m_mapsCard, m_views[InherentVsResidual], m_views[ResidualByCategory],
        m_views[ResidualByTier], m_views[TopTen], m_views[ControlStatusByGroup]};
    for (QWidget* w : order)
        m_grid->removeWidget(w);
    if (columns == 1) {
        for (int row = 0; row < int(order.size()); ++row)
            m_grid->addWidget(order[row], row, 0);
        m_grid->setColumnStretch(1, 0);
        return;
    }
    // Two columns; the charts whose labels are names of risks or control groups get a whole row,
    // so that the names are not cut short.
    m_grid->addWidget(m_summary, 0, 0, 1, 2);
    m_grid->addWidget(m_mapsCard, 1, 0);
    m_grid->addWidget(m_views[InherentVsResidual], 1, 1);
    m_grid->addWidget(m_views[ResidualByCategory], 2, 0);
    m_grid->addWidget(m_views[ResidualByTier], 2, 1);
    m_grid->addWidget(m_views[TopTen], 3, 0, 1, 2);
    m_grid->addWidget(m_views[ControlStatusByGroup], 4, 0, 1, 2);
    m_grid->setColumnStretch(0, 1);
    m_grid->setColumnStretch(1, 1);
}

void DashboardView::resizeEvent(QResizeEvent* event)
{
    // Beside the navigator and the details dock the page can be narrower than two charts: then one
    // column, scrolled, rather than charts squeezed until their labels are cut.
    // The heat map card is the widest item of the first column (two maps and their legends).
    const int firstColumn = qMax(kChartMinimumWidth, m_mapsCard->minimumSizeHint().width());
    const int twoColumns
        = firstColumn + kChartMinimumWidth + 3 * m_grid->spacing() + style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    arrange(event->size().width() >= twoColumns ? 2 : 1);
    QWidget::resizeEvent(event);
}

void DashboardView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        m_staleness->invalidate();
    QWidget::changeEvent(event);
}

void DashboardView::applyFonts(QChart* chart, double scale) const
{
    // Qt Charts' themes set their own fonts; take the application's (its CJK family) instead, or
    // Japanese labels fall back to whatever font the theme names.
    QFont base = font();
    if (base.pointSizeF() > 0)
        base.setPointSizeF(base.pointSizeF() * scale);
    else
        base.setPixelSize(qRound(base.pixelSize() * scale));
    QFont title = base;
    title.setBold(true);
    if (title.pointSizeF() > 0)
        title.setPointSizeF(title.pointSizeF() * 1.1);
    chart->setTitleFont(title);
    chart->legend()->setFont(base);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsFont(base);
        axis->setTitleFont(base);
    }
    for (QAbstractSeries* series : chart->series()) {
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
            for (QBarSet* set : bars->barSets()) {
                set->setLabelFont(base);
                set->setLabelColor(Qt::black); // on white past the bar's end, or on the light status colours
            }
        }
    }
}

QChart* DashboardView::buildChart(int index, double fontScale) const
{
    QChart* chart = nullptr;
    switch (index) {
    case ResidualByCategory:
        chart = residualByCategoryChart();
        break;
    case ResidualByTier:
        chart = residualByTierChart();
        break;
    case InherentVsResidual:
        chart = inherentVsResidualChart();
        break;
    case TopTen:
        chart = topTenChart();
        break;
    case ControlStatusByGroup:
        chart = controlStatusChart();
        break;
    default:
        return nullptr;
    }
    applyFonts(chart, fontScale);
    return chart;
}

QChart* DashboardView::residualByCategoryChart() const
{
    QList<qreal> values;
    QList<qint64> counts;
    for (const TotalsBucket& b : m_document->assessment()->assessment().totals.byCategory) {
        values.append(roundScore(b.residual));
        counts.append(b.count);
    }
    return residualChart(tr("Residual risk by threat category"), threatCategories(), values, counts);
}

QChart* DashboardView::residualByTierChart() const
{
    const Totals& totals = m_document->assessment()->assessment().totals;
    QStringList names;
    QList<qreal> values;
    QList<qint64> counts;
    for (int t = 0; t < int(totals.byTier.size()); ++t) {
        names.append(EnumNames::name(Tier(t)));
        values.append(roundScore(totals.byTier[std::size_t(t)].residual));
        counts.append(totals.byTier[std::size_t(t)].count);
    }
    return residualChart(tr("Residual risk by tier"), names, values, counts);
}

QChart* DashboardView::residualChart(
    const QString& title, const QStringList& names, const QList<qreal>& values, const QList<qint64>& counts)
{
    QChart* chart = newChart(title);
    const double maximum = *std::max_element(values.cbegin(), values.cend());
    auto* series = new QHorizontalBarSeries;
    QBarSet* set = barSet(tr("Residual risk"), values, kResidualColor);
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(chartLabelPrecision(maximum));
    series->setBarWidth(0.6);
    attach(chart, series, names, valueAxis(maximum));
    explainOnHover(set, int(names.size()), [names, values, counts](int i) {
        return tr("%1\nResidual risk %2 (%Ln risks)", nullptr, int(counts[i])).arg(names[i], formatValue(values[i]));
    });
    return chart;
}

QChart* DashboardView::inherentVsResidualChart() const
{
    const Totals& totals = m_document->assessment()->assessment().totals;
    const QStringList categories = threatCategories();
    QList<qreal> inherent;
    QList<qreal> residual;
    for (const TotalsBucket& b : totals.byCategory) {
        inherent.append(roundScore(b.inherent));
        residual.append(roundScore(b.residual));
    }
    QChart* chart = newChart(tr("Inherent and residual risk by threat category"));
    const double maximum = *std::max_element(inherent.cbegin(), inherent.cend());
    auto* series = new QHorizontalBarSeries;
    // Residual first: horizontal series draw the first set at the bottom of each group, so the
    // inherent bar sits above the residual one, in reading order.
    QBarSet* residualSet = barSet(tr("Residual risk"), residual, kResidualColor);
    QBarSet* inherentSet = barSet(tr("Inherent risk"), inherent, kInherentColor);
    series->append(residualSet);
    series->append(inherentSet);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(chartLabelPrecision(maximum));
    series->setBarWidth(0.8);
    attach(chart, series, categories, valueAxis(maximum));
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setReverseMarkers(true);
    auto describe = [categories, inherent, residual](int i) {
        return tr("%1\nInherent risk %2, residual risk %3")
            .arg(categories[i], formatValue(inherent[i]), formatValue(residual[i]));
    };
    explainOnHover(residualSet, int(categories.size()), describe);
    explainOnHover(inherentSet, int(categories.size()), describe);
    return chart;
}

QChart* DashboardView::topTenChart() const
{
    const Assessment& a = m_document->assessment()->assessment();
    const Language language = displayLanguage();
    std::vector<qsizetype> order(std::size_t(a.risks.size()));
    std::iota(order.begin(), order.end(), qsizetype(0));
    const auto top = order.begin() + std::min<qsizetype>(kTopCount, a.risks.size());
    // Ties keep the assessment's (asset, threat) order, so the list is the same on every run.
    std::partial_sort(order.begin(), top, order.end(), [&a](qsizetype x, qsizetype y) {
        const double rx = a.risks[x].residual;
        const double ry = a.risks[y].residual;
        return rx != ry ? rx > ry : x < y;
    });
    order.erase(top, order.end());

    const Model& model = m_document->model();
    QStringList names;
    QStringList details;
    QList<qreal> values;
    for (std::size_t rank = 0; rank < order.size(); ++rank) {
        const RiskResult& r = a.risks[order[rank]];
        const qsizetype ai = indexOfId(model.assets, r.asset);
        const qsizetype ti = indexOfId(model.threats, r.threat);
        QString asset = ai >= 0 ? model.assets[ai].name.text(language) : QString();
        QString threat = ti >= 0 ? model.threats[ti].name.text(language) : QString();
        if (asset.isEmpty())
            asset = r.asset;
        if (threat.isEmpty())
            threat = r.threat;
        // The rank keeps the labels distinct (a category axis merges equal ones).
        // Qt Charts renders axis labels as HTML: names are escaped.
        names.append(tr("%1. %2 / %3").arg(QString::number(rank + 1), asset.toHtmlEscaped(), threat.toHtmlEscaped()));
        values.append(roundScore(r.residual));
        details.append(tr("%1 (%2) / %3 (%4)\nResidual risk %5 (level %6), inherent risk %7")
                           .arg(asset, r.asset, threat, r.threat, formatValue(r.residual),
                               EnumNames::level(a.levelLabel(r.level)), formatValue(r.inherent)));
    }
    QChart* chart = newChart(tr("Top ten risks by residual risk"));
    const double maximum = values.isEmpty() ? 0 : values.first();
    auto* series = new QHorizontalBarSeries;
    QBarSet* set = barSet(tr("Residual risk"), values, kResidualColor);
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(chartLabelPrecision(maximum));
    series->setBarWidth(0.7);
    attach(chart, series, names, valueAxis(maximum));
    explainOnHover(set, int(names.size()), [details](int i) { return details[i]; });
    return chart;
}

QChart* DashboardView::controlStatusChart() const
{
    constexpr int groups = 9;
    constexpr int statuses = 4;
    std::array<std::array<qint64, groups>, statuses> counts {};
    for (const Control& k : m_document->model().controls) {
        if (k.group >= 1 && k.group <= groups)
            ++counts[std::size_t(k.status)][std::size_t(k.group - 1)];
    }
    QStringList names;
    qint64 maximum = 0;
    for (int g = 1; g <= groups; ++g) {
        names.append(tr("%1. %2").arg(QString::number(g), EnumNames::controlGroup(g)));
        qint64 sum = 0;
        for (int s = 0; s < statuses; ++s)
            sum += counts[std::size_t(s)][std::size_t(g - 1)];
        maximum = qMax(maximum, sum);
    }
    QChart* chart = newChart(tr("Control status by control group"));
    auto* series = new QHorizontalStackedBarSeries;
    for (int s = 0; s < statuses; ++s) {
        QList<qreal> values;
        for (qint64 n : counts[std::size_t(s)])
            values.append(qreal(n));
        QBarSet* set = barSet(EnumNames::name(ControlStatus(s)), values, kStatusColors[s]);
        series->append(set);
        const QString status = EnumNames::name(ControlStatus(s));
        const auto row = counts[std::size_t(s)];
        explainOnHover(set, groups, [names, status, row](int i) {
            return tr("%1\n%2: %n controls", nullptr, int(row[std::size_t(i)])).arg(names[i], status);
        });
    }
    series->setBarWidth(0.7);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsCenter);
    series->setLabelsPrecision(6);
    attach(chart, series, names, countAxis(maximum));
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

bool DashboardView::exportChart(int index, const QString& path, QString* error) const
{
    auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (index < 0 || index >= ChartCount)
        return fail(tr("There is no chart %1.").arg(index));
    // A chart of its own, laid out at the export size: the one on screen keeps its size and the file
    // looks the same whatever the window's size.
    QGraphicsScene scene;
    QChart* chart = buildChart(index, kExportFontScale);
    scene.addItem(chart); // the scene deletes it
    chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(kExportSize)));
    if (chart->layout())
        chart->layout()->activate();
    QImage image(kExportSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(image.rect()), QRectF(QPointF(0, 0), QSizeF(kExportSize)));
    painter.end();
    // Through the one writer of whole files (SaveWhole.h): checked, synced, and put in place even when
    // an image viewer holds the old file for a moment.
    QBuffer png;
    png.open(QIODevice::WriteOnly);
    if (!image.save(&png, "PNG"))
        return fail(tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
    if (const SaveWholeResult saved = saveWhole(path, png.data()); !saved.ok())
        return fail(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), saved.error));
    return true;
}

void DashboardView::saveChartAs(int index)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(this, tr("Save chart as PNG"),
        QDir(folder).filePath(QString::fromLatin1(kExportNames[index]) + QStringLiteral(".png")),
        tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1StringView(".png"), Qt::CaseInsensitive))
        path += QLatin1StringView(".png");
    QString error;
    if (!exportChart(index, path, &error))
        QMessageBox::warning(this, tr("Save chart as PNG"), error);
}

} // namespace mamori
