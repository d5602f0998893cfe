// The risk visuals agree with the engine: the heat maps' counts are the assessment's risks put in
// cells by RiskMatrix::cellOf, a click or Enter on a cell says which cell, the dashboard's charts
// add up to the assessment's totals and export as PNG, and "Why this score?" shows the RiskResult's
// numbers, escapes every name the model gives it, and its links name the asset or control.

#include "BuiltIn.h"
#include "EnumNames.h"
#include "ModelEdit.h"
#include "NumberFormat.h"
#include "RiskMatrix.h"
#include "dashboard/DashboardView.h"
#include "document/LiveAssessment.h"
#include "document/ProjectDocument.h"
#include "engine/Assessment.h"
#include "engine/Explain.h"
#include "risk/ExplanationPanel.h"
#include "risk/RiskRegisterModel.h"
#include "widgets/HeatMapWidget.h"
#include "widgets/StaleRefresh.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFileInfo>
#include <QImage>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUndoStack>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

using namespace mamori;

namespace {

using Counts = std::array<std::array<int, 5>, 5>;

Counts expectedCounts(const Assessment& a, bool residual)
{
    Counts counts {};
    for (const RiskResult& r : a.risks) {
        const int l = RiskMatrix::cellOf(residual ? r.residualLikelihood : r.likelihood);
        const int i = RiskMatrix::cellOf(residual ? r.residualImpact : r.impact);
        ++counts[std::size_t(l - 1)][std::size_t(i - 1)];
    }
    return counts;
}

void verifyCounts(const HeatMapWidget& map, const Assessment& a)
{
    const Counts expected = expectedCounts(a, map.isResidual());
    int total = 0;
    for (int l = 1; l <= 5; ++l) {
        for (int i = 1; i <= 5; ++i) {
            QCOMPARE(map.count(l, i), expected[std::size_t(l - 1)][std::size_t(i - 1)]);
            total += map.count(l, i);
        }
    }
    QCOMPARE(total, int(a.risks.size()));
}

/// The values of the only bar set of a chart, by category label.
QHash<QString, double> valuesByLabel(QChart* chart, int set = 0)
{
    auto* series = qobject_cast<QAbstractBarSeries*>(chart->series().value(0));
    auto* axis = qobject_cast<QBarCategoryAxis*>(chart->axes(Qt::Vertical).value(0));
    if (!series || !axis)
        return {};
    QBarSet* bars = series->barSets().value(set);
    QHash<QString, double> out;
    for (int i = 0; i < bars->count(); ++i)
        out.insert(axis->at(i), bars->at(i));
    return out;
}

double setSum(QChart* chart, int set)
{
    auto* series = qobject_cast<QAbstractBarSeries*>(chart->series().value(0));
    QBarSet* bars = series->barSets().value(set);
    double sum = 0;
    for (int i = 0; i < bars->count(); ++i)
        sum += bars->at(i);
    return sum;
}

bool fuzzyEqual(double a, double b)
{
    return std::abs(a - b) <= 1e-6 * std::max(1.0, std::abs(b));
}

/// The first risk with at least one applicable control that lowers the score.
const RiskResult* riskWithControls(const Assessment& a)
{
    for (const RiskResult& r : a.risks) {
        if (!r.controls.isEmpty() && r.residual < r.inherent)
            return &r;
    }
    return nullptr;
}

/// Where the first link whose href starts with `prefix` is drawn, in viewport coordinates.
QPoint linkPosition(QTextBrowser* browser, const QString& prefix, QString* href)
{
    for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isAnchor() || !fragment.charFormat().anchorHref().startsWith(prefix))
                continue;
            QTextCursor cursor(browser->document());
            cursor.setPosition(fragment.position() + 1);
            browser->setTextCursor(cursor);
            browser->ensureCursorVisible();
            *href = fragment.charFormat().anchorHref();
            return browser->cursorRect(cursor).center();
        }
    }
    return {};
}

bool hasImage(const QTextDocument* document)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isImageFormat())
                return true;
        }
    }
    return false;
}

} // namespace

class TestRiskVisuals : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cellOfRoundsHalfUpAndClamps_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("cell");
        QTest::newRow("1") << 1.0 << 1;
        QTest::newRow("1.49") << 1.49 << 1;
        QTest::newRow("1.5 up") << 1.5 << 2;
        QTest::newRow("2.5 up") << 2.5 << 3;
        QTest::newRow("3.4999") << 3.4999 << 3;
        QTest::newRow("4.5") << 4.5 << 5;
        QTest::newRow("5") << 5.0 << 5;
        QTest::newRow("above 5") << 7.2 << 5;
        QTest::newRow("below 1") << 0.2 << 1;
        QTest::newRow("negative") << -3.0 << 1;
        QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN() << 1;
        QTest::newRow("infinity") << std::numeric_limits<double>::infinity() << 5;
    }

    void cellOfRoundsHalfUpAndClamps()
    {
        QFETCH(double, value);
        QFETCH(int, cell);
        QCOMPARE(RiskMatrix::cellOf(value), cell);
    }

    /// One format per quantity: scores always with two decimals, yen whole, counts and percentages
    /// whole, grouping from the locale, never "-0".
    void numberFormats()
    {
        const QLocale c(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(formatScore(18, c), QStringLiteral("18.00"));
        QCOMPARE(formatScore(16.8, c), QStringLiteral("16.80"));
        QCOMPARE(formatScore(8705.449999, c), QStringLiteral("8,705.45"));
        QCOMPARE(formatScore(-0.0, c), QStringLiteral("0.00"));
        QCOMPARE(formatScore(-0.001, c), QStringLiteral("0.00"));
        QCOMPARE(formatSignedScore(1.25, c), QStringLiteral("+1.25"));
        QCOMPARE(formatNumber(-0.0, c), QStringLiteral("0"));
        QCOMPARE(formatNumber(2, c), QStringLiteral("2"));
        QCOMPARE(formatNumber(0.855, c), QStringLiteral("0.86"));
        QCOMPARE(formatYen(1200000, c), QStringLiteral("1,200,000"));
        QCOMPARE(formatYen(-0.2, c), QStringLiteral("0"));
        QCOMPARE(formatCount(9077, c), QStringLiteral("9,077"));
        QCOMPARE(formatPercent(35, c), QStringLiteral("35%"));
        const QLocale ja(QLocale::Japanese, QLocale::Japan);
        QCOMPARE(formatScore(8705.45, ja), QStringLiteral("8,705.45"));
        // Chart labels ('g' with this precision) never turn into an exponent and keep two decimals.
        for (double v : {-6012.35, 16.8, 0.25, 12345.67}) {
            const QString label = QString::number(roundScore(v), 'g', chartLabelPrecision(v));
            QVERIFY2(!label.contains(QLatin1Char('e')), qPrintable(label));
            QCOMPARE(label.toDouble(), roundScore(v));
        }
    }

    /// A count fits its cell, however many risks a large ward puts in it: the font shrinks, and a
    /// count too long even then is shortened.
    void heatMapCountFitsItsCell_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("side");
        for (int side : {18, 24, 40, 80})
            for (int count : {7, 95, 1234, 9999, 45678})
                QTest::addRow("%d in %d px", count, side) << count << side;
    }

    void heatMapCountFitsItsCell()
    {
        QFETCH(int, count);
        QFETCH(int, side);
        const QRect cell(0, 0, side, side);
        const HeatMapWidget::CellText shown = HeatMapWidget::cellText(count, cell, QFont());
        QVERIFY(!shown.text.isEmpty());
        QVERIFY2(QFontMetrics(shown.font).horizontalAdvance(shown.text) <= side - 4 || shown.font.pixelSize() <= 7,
            qPrintable(QStringLiteral("%1 at %2 px").arg(shown.text).arg(shown.font.pixelSize())));
        QVERIFY(QFontMetrics(shown.font).height() <= side);
        if (side >= 80) // room enough: the exact count, grouped
            QCOMPARE(shown.text, formatCount(count));
    }

    void heatMapCountsMatchTheAssessment()
    {
        ProjectDocument document;
        document.reset(BuiltIn::sampleWard(), QString());
        document.assessment()->waitForIdle();
        const Assessment& a = document.assessment()->assessment();
        QVERIFY(!a.risks.isEmpty());

        HeatMapWidget inherent(false);
        HeatMapWidget residual(true);
        inherent.setAssessment(a);
        residual.setAssessment(a);
        verifyCounts(inherent, a);
        verifyCounts(residual, a);
        QVERIFY(expectedCounts(a, false) != expectedCounts(a, true)); // the sample's controls move risks

        // Colours follow the bands at the cell's centre value (default bands: 4, 9, 16, 25).
        QCOMPARE(inherent.cellLevel(1, 1), QStringLiteral("low"));
        QCOMPARE(inherent.cellLevel(2, 2), QStringLiteral("low"));
        QCOMPARE(inherent.cellLevel(3, 3), QStringLiteral("medium"));
        QCOMPARE(inherent.cellLevel(4, 4), QStringLiteral("high"));
        QCOMPARE(inherent.cellLevel(5, 4), QStringLiteral("critical"));

        // Switching a map between inherent and residual shows the other counts of the same assessment.
        inherent.setResidual(true);
        verifyCounts(inherent, a);
        inherent.setResidual(false);
        verifyCounts(inherent, a);
    }

    void riskMapsFollowEdits()
    {
        ProjectDocument document;
        document.reset(BuiltIn::sampleWard(), QString());
        document.assessment()->waitForIdle();
        RiskMatrixPair pair(&document);
        verifyCounts(*pair.inherentMap(), document.assessment()->assessment());
        verifyCounts(*pair.residualMap(), document.assessment()->assessment());

        // Every control implemented: the residual map moves towards the low cells.
        QList<ModelEdit> edits;
        for (qsizetype k = 0; k < document.model().controls.size(); ++k) {
            Control c = document.model().controls[k];
            c.status = ControlStatus::Implemented;
            edits.append(ModelEdit::replace(k, c));
        }
        const Counts before = expectedCounts(document.assessment()->assessment(), true);
        QCOMPARE(document.edit(QStringLiteral("implement all"), edits), QString());
        document.assessment()->waitForIdle();
        const Assessment& after = document.assessment()->assessment();
        QVERIFY(expectedCounts(after, true) != before);
        verifyCounts(*pair.inherentMap(), after);
        verifyCounts(*pair.residualMap(), after);
    }

    void clickAndKeyboardActivateCells()
    {
        ProjectDocument document;
        document.reset(BuiltIn::sampleWard(), QString());
        document.assessment()->waitForIdle();
        HeatMapWidget map(true);
        map.setAssessment(document.assessment()->assessment());
        map.resize(480, 520);
        map.show();
        QVERIFY(QTest::qWaitForWindowExposed(&map));

        QSignalSpy spy(&map, &HeatMapWidget::cellActivated);
        for (const auto& [l, i] : {std::pair {4, 2}, std::pair {1, 1}, std::pair {5, 5}, std::pair {2, 5}}) {
            const QRect cell = map.cellRect(l, i);
            QVERIFY(!cell.isEmpty());
            QTest::mouseClick(&map, Qt::LeftButton, {}, cell.center());
            QCOMPARE(spy.size(), 1);
            const QList<QVariant> args = spy.takeFirst();
            QCOMPARE(args.at(0).toBool(), true);
            QCOMPARE(args.at(1).toInt(), l);
            QCOMPARE(args.at(2).toInt(), i);
            QCOMPARE(map.selectedLikelihood(), l);
            QCOMPARE(map.selectedImpact(), i);
        }
        // Outside the grid nothing is activated.
        QTest::mouseClick(&map, Qt::LeftButton, {}, QPoint(2, 2));
        QCOMPARE(spy.size(), 0);

        // Keyboard: Home is the top-left cell (likelihood 5, impact 1); Up raises the likelihood.
        map.setFocus();
        QTest::keyClick(&map, Qt::Key_Home);
        QCOMPARE(map.focusLikelihood(), 5);
        QCOMPARE(map.focusImpact(), 1);
        QTest::keyClick(&map, Qt::Key_Down);
        QTest::keyClick(&map, Qt::Key_Down);
        QTest::keyClick(&map, Qt::Key_Right);
        QTest::keyClick(&map, Qt::Key_Up);
        QTest::keyClick(&map, Qt::Key_Up);
        QTest::keyClick(&map, Qt::Key_Up); // clamped at 5
        QTest::keyClick(&map, Qt::Key_Down);
        QTest::keyClick(&map, Qt::Key_Return);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().at(1).toInt(), 4);
        QCOMPARE(spy.first().at(2).toInt(), 2);
        QVERIFY(map.accessibleDescription().contains(QString::number(map.count(4, 2))));
    }

    void riskMapPairForwardsAndMarksOneCell()
    {
        ProjectDocument document;
        document.reset(BuiltIn::sampleWard(), QString());
        document.assessment()->waitForIdle();
        DashboardView dashboard(&document);
        RiskMatrixPair* pair = dashboard.riskMaps();
        QSignalSpy spy(&dashboard, &DashboardView::cellActivated);
        dashboard.resize(1280, 800);
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        QTest::mouseClick(pair->inherentMap(), Qt::LeftButton, {}, pair->inherentMap()->cellRect(3, 4).center());
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first(), (QList<QVariant> {false, 3, 4}));
        QTest::mouseClick(pair->residualMap(), Qt::LeftButton, {}, pair->residualMap()->cellRect(2, 2).center());
        QCOMPARE(spy.size(), 2);
        QCOMPARE(spy.last(), (QList<QVariant> {true, 2, 2}));
        QCOMPARE(pair->inherentMap()->selectedLikelihood(), 0); // only one cell filters at a time
        QCOMPARE(pair->residualMap()->selectedLikelihood(), 2);
    }

    void dashboardChartsAddUpToTheTotals()
    {
        ProjectDocument document;
        document.reset(BuiltIn::sampleWard(), QString());
        document.assessment()->waitForIdle();
        DashboardView dashboard(&document);
        dashboard.refresh();
        const Assessment& a = document.assessment()->assessment();
        const Totals& t = a.totals;
        // Bars hold the scores as shown (two decimals): each equals its total rounded, and their sum
        // the total within the rounding of each bar.
        const auto shownEqual = [](double bar, double total) { return fuzzyEqual(bar, roundScore(total)); };
        const auto sumEqual = [](double sum, double total, int bars) { return std::abs(sum - total) <= 0.005 * bars; };

        const QHash<QString, double> byCategory = valuesByLabel(dashboard.chart(DashboardView::ResidualByCategory));
        QCOMPARE(byCategory.size(), 5);
        double sum = 0;
        for (int c = 1; c <= 5; ++c) {
            const TotalsBucket& bucket = t.byCategory[std::size_t(c - 1)];
            QVERIFY(shownEqual(byCategory.value(EnumNames::threatCategory(c), -1), bucket.residual));
            sum += byCategory.value(EnumNames::threatCategory(c));
        }
        QVERIFY(sumEqual(sum, t.residual, 5));

        const QHash<QString, double> byTier = valuesByLabel(dashboard.chart(DashboardView::ResidualByTier));
        QCOMPARE(byTier.size(), 4);
        sum = 0;
        for (int i = 0; i < 4; ++i) {
            QVERIFY(shownEqual(byTier.value(EnumNames::name(Tier(i)), -1), t.byTier[std::size_t(i)].residual));
            sum += byTier.value(EnumNames::name(Tier(i)));
        }
        QVERIFY(sumEqual(sum, t.residual, 4));

        // Inherent against residual: set 0 residual, set 1 inherent (drawn above it).
        QChart* versus = dashboard.chart(DashboardView::InherentVsResidual);
        QVERIFY(sumEqual(setSum(versus, 0), t.residual, 5));
        QVERIFY(sumEqual(setSum(versus, 1), t.inherent, 5));
        const QHash<QString, double> inherentByCategory = valuesByLabel(versus, 1);
        for (int c = 1; c <= 5; ++c)
            QVERIFY(shownEqual(
                inherentByCategory.value(EnumNames::threatCategory(c), -1), t.byCategory[std::size_t(c - 1)].inherent));

        // Top ten: the ten largest residual risks, largest on top (the axis lists them bottom up).
        QList<double> residuals;
        for (const RiskResult& r : a.risks)
            residuals.append(r.residual);
        std::sort(residuals.begin(), residuals.end(), std::greater<>());
        auto* topSeries = qobject_cast<QAbstractBarSeries*>(dashboard.chart(DashboardView::TopTen)->series().value(0));
        QBarSet* top = topSeries->barSets().value(0);
        QCOMPARE(top->count(), 10);
        for (int k = 0; k < 10; ++k)
            QVERIFY(shownEqual(top->at(9 - k), residuals[k]));
        auto* topAxis
            = qobject_cast<QBarCategoryAxis*>(dashboard.chart(DashboardView::TopTen)->axes(Qt::Vertical).value(0));
        QVERIFY(topAxis->at(9).startsWith(QStringLiteral("1. ")));
        QVERIFY(topAxis->at(9).contains(QStringLiteral(" / ")));

        // Control status: every control once, by group and status.
        QChart* status = dashboard.chart(DashboardView::ControlStatusByGroup);
        auto* statusSeries = qobject_cast<QAbstractBarSeries*>(status->series().value(0));
        QCOMPARE(statusSeries->count(), 4);
        double controls = 0;
        for (int s = 0; s < 4; ++s) {
            qint64 expected = 0;
            for (const Control& k : document.model().controls)
                expected += k.status == ControlStatus(s) ? 1 : 0;
            QCOMPARE(setSum(status, s), double(expected));
            controls += setSum(status, s);
        }
        QCOMPARE(controls, double(document.model().controls.size()));
    }

    void dashboardFollowsEdits()
    {
        ProjectDocument document;
        document.reset(BuiltIn::sampleWard(), QString());
        document.assessment()->waitForIdle();
        DashboardView dashboard(&document);
        dashboard.resize(1280, 800);
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        const double before = document.assessment()->assessment().totals.residual;
        // The bars show each category rounded to two decimals (kThreatCategoryCount of them).
        const auto shownSum = [](double bars, double total) { return std::abs(bars - total) <= 0.005 * 5 + 1e-9; };
        QVERIFY(shownSum(setSum(dashboard.chart(DashboardView::ResidualByCategory), 0), before));

        QList<ModelEdit> edits;
        for (qsizetype k = 0; k < document.model().controls.size(); ++k) {
            Control c = document.model().controls[k];
            c.status = ControlStatus::None;
            c.statusByUnit.clear(); // no unit's own status either
            edits.append(ModelEdit::replace(k, c));
        }
        QCOMPARE(document.edit(QStringLiteral("no controls"), edits), QString());
        document.assessment()->waitForIdle();
        const Totals& t = document.assessment()->assessment().totals;
        QVERIFY(!fuzzyEqual(t.residual, before));
        QTRY_VERIFY(shownSum(setSum(dashboard.chart(DashboardView::ResidualByCategory), 0), t.residual));
        QVERIFY(fuzzyEqual(t.residual, t.inherent)); // nothing in place: residual is inherent
        QCOMPARE(
            setSum(dashboard.chart(DashboardView::ControlStatusByGroup), 3), double(document.model().controls.size()));
    }

    /// Issue 16: a hidden page is not rebuilt on each edit, only when it is shown or read; a page on
    /// screen is rebuilt once per pass of the event loop, however many edits reached it.
    void staleRefreshRebuildsOnlyWhatIsSeen()
    {
        QWidget page;
        int rebuilds = 0;
        auto* staleness = new StaleRefresh(&page, [&rebuilds] { ++rebuilds; });
        QVERIFY(staleness->isStale()); // nothing built yet
        staleness->invalidate();
        staleness->invalidate();
        QCoreApplication::processEvents();
        QCOMPARE(rebuilds, 0); // hidden
        staleness->ensureCurrent(); // read
        QCOMPARE(rebuilds, 1);
        staleness->ensureCurrent();
        QCOMPARE(rebuilds, 1); // current: nothing to do
        staleness->invalidate();
        page.show(); // rebuilt before it is painted
        QCOMPARE(rebuilds, 2);
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        for (int i = 0; i < 5; ++i)
            staleness->invalidate();
        QCOMPARE(rebuilds, 2); // not inside the edit
        QTRY_COMPARE(rebuilds, 3); // once, on the next pass
        QCoreApplication::processEvents();
        QCOMPARE(rebuilds, 3);
    }

    /// Issue 16: after an edit the risk tables announce the rows whose numbers changed, a run at a time,
    /// and no other (a sorted proxy of 90,000 risks pays for each row announced).
    void riskTableAnnouncesTheChangedRows()
    {
        ProjectDocument document;
        document.reset(BuiltIn::sampleWard(), QString());
        document.assessment()->waitForIdle();
        RiskRegisterModel model(&document);
        const QList<RiskResult> before = document.assessment()->assessment().risks;
        QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
        // An impact that the assets it depends on inherit: its risks and theirs change, apart in the table.
        const qsizetype at = indexOfId(document.model().assets, QStringLiteral("TERM-LG-MAINT"));
        QVERIFY(at >= 0);
        Asset a = document.model().assets[at];
        QCOMPARE(a.impact[dimIndex(Dimension::C)], std::optional<double>(5.0));
        a.impact[dimIndex(Dimension::C)] = 1.0;
        a.impact[dimIndex(Dimension::I)] = 1.0;
        QCOMPARE(document.edit(QStringLiteral("impact"), {ModelEdit::replace(at, a)}), QString());
        document.assessment()->waitForIdle();
        QTRY_VERIFY(!spy.isEmpty());
        const QList<RiskResult>& after = document.assessment()->assessment().risks;
        QCOMPARE(after.size(), before.size());
        QSet<int> changed, announced;
        for (int row = 0; row < after.size(); ++row) {
            if (!(after[row] == before[row]))
                changed.insert(row);
        }
        QVERIFY(!changed.isEmpty());
        for (const QList<QVariant>& signal : std::as_const(spy)) {
            const QModelIndex first = signal.at(0).toModelIndex(), last = signal.at(1).toModelIndex();
            for (int row = first.row(); row <= last.row(); ++row)
                announced.insert(row);
        }
        // The edit's own columns (the asset's name and owner) are announced for its rows too.
        for (int row = 0; row < after.size(); ++row) {
            if (after[row].asset == a.id)
                changed.insert(row);
        }
        QCOMPARE(announced, changed);
    }

    void dashboardFitsANarrowPage()
    {
        ProjectDocument document;
        document.reset(BuiltIn::sampleWard(), QString());
        document.assessment()->waitForIdle();
        DashboardView dashboard(&document);
        auto* scroll = dashboard.findChild<QScrollArea*>();
        QVERIFY(scroll);
        // Beside the navigator and the details dock of a 1280 x 800 window: one column, no sideways
        // scrolling; a wide page has two.
        for (const int width : {620, 1280}) {
            dashboard.resize(width, 800);
            dashboard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
            QTRY_VERIFY(!scroll->horizontalScrollBar()->isVisible());
            QChartView* category = dashboard.chartView(DashboardView::ResidualByCategory);
            QChartView* tier = dashboard.chartView(DashboardView::ResidualByTier);
            QTRY_COMPARE(category->geometry().left() == tier->geometry().left(), width < 1000);
        }
    }

    void exportChartWritesPng()
    {
        ProjectDocument document;
        document.reset(BuiltIn::sampleWard(), QString());
        document.assessment()->waitForIdle();
        DashboardView dashboard(&document);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (int i = 0; i < DashboardView::ChartCount; ++i) {
            const QString path = dir.filePath(QStringLiteral("chart-%1.png").arg(i));
            QString error;
            QVERIFY2(dashboard.exportChart(i, path, &error), qPrintable(error));
            QVERIFY(QFileInfo(path).size() > 0);
            const QImage image(path, "PNG");
            QCOMPARE(image.size(), DashboardView::kExportSize);
            // Something is drawn: bars and text, not a blank page.
            int coloured = 0;
            for (int y = 0; y < image.height(); y += 4) {
                for (int x = 0; x < image.width(); x += 4)
                    coloured += image.pixel(x, y) != qRgb(255, 255, 255) ? 1 : 0;
            }
            QVERIFY2(coloured > 500, qPrintable(QStringLiteral("chart %1: %2 coloured samples").arg(i).arg(coloured)));
        }
        QString error;
        QVERIFY(!dashboard.exportChart(DashboardView::ChartCount, dir.filePath(QStringLiteral("x.png")), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!dashboard.exportChart(0, dir.filePath(QStringLiteral("no/such/folder/x.png")), &error));
    }

    void explanationShowsTheRiskResult()
    {
        ProjectDocument document;
        document.reset(BuiltIn::sampleWard(), QString());
        document.assessment()->waitForIdle();
        const Assessment& a = document.assessment()->assessment();
        const RiskResult* risk = riskWithControls(a);
        QVERIFY(risk);
        ExplanationPanel panel(&document);
        panel.showRisk(risk->asset, risk->threat);
        QTRY_VERIFY(!panel.isBusy());
        const QString text = panel.browser()->toPlainText();
        auto n = [](double v) { return QString::number(v, 'g', 6); };
        QVERIFY2(text.contains(n(risk->residual)), qPrintable(text));
        QVERIFY(text.contains(n(risk->inherent)));
        QVERIFY(text.contains(n(risk->residualLikelihood)));
        QVERIFY(text.contains(n(risk->residualImpact)));
        QVERIFY(text.contains(n(risk->likelihood)));
        QVERIFY(text.contains(EnumNames::level(a.levelLabel(risk->level))));
        for (const QString& control : risk->controls)
            QVERIFY(text.contains(control));
        const qsizetype ai = indexOfId(document.model().assets, risk->asset);
        QVERIFY(text.contains(document.model().assets[ai].name.text(Language::Japanese)));

        // An inherited impact names every asset of the chain.
        bool sawChain = false;
        for (const RiskResult& r : a.risks) {
            const ExplainResult x = explain(document.model(), r.asset, r.threat);
            const auto& dims = x.explanation->dimensions;
            const auto chained
                = std::find_if(dims.cbegin(), dims.cend(), [](const auto& d) { return !d.steps.isEmpty(); });
            if (chained == dims.cend())
                continue;
            panel.showRisk(r.asset, r.threat);
            QTRY_VERIFY(!panel.isBusy());
            const QString html = panel.browser()->toHtml();
            QVERIFY(html.contains(QStringLiteral("asset:") + chained->source));
            for (const ImpactStep& s : chained->steps)
                QVERIFY(html.contains(QStringLiteral("asset:") + s.from));
            sawChain = true;
            break;
        }
        QVERIFY(sawChain);

        // Risks chosen faster than they are explained: the page ends on the last one chosen.
        for (qsizetype k = 0; k < 6; ++k)
            panel.showRisk(a.risks[k * 7].asset, a.risks[k * 7].threat);
        const RiskResult& last = a.risks[5 * 7];
        QTRY_VERIFY(!panel.isBusy());
        QCOMPARE(panel.asset(), last.asset);
        QVERIFY(panel.browser()->toHtml().contains(QStringLiteral("asset:") + last.asset));
        QVERIFY(panel.browser()->toPlainText().contains(QStringLiteral("= ") + QString::number(last.residual, 'g', 6)));
    }

    void explanationNamesTheUnitWhoseStatusIsUsed()
    {
        // RISK-MODEL.md 3.4: a risk on an asset of a unit with a status of its own reads that status,
        // and the why-panel says whose status it used.
        Model model = BuiltIn::sampleWard();
        const Assessment before = assess(model);
        const RiskResult* risk = riskWithControls(before);
        QVERIFY(risk);
        Asset& asset = model.assets[indexOfId(model.assets, risk->asset)];
        if (asset.owner.isEmpty())
            asset.owner = model.orgUnits.first().id;
        const OrgUnit& unit = model.orgUnits[indexOfId(model.orgUnits, asset.owner)];
        Control& first = model.controls[indexOfId(model.controls, risk->controls.first())];
        first.statusByUnit.insert(unit.id, ControlStatus::Partial);
        const QString other = risk->controls.size() > 1 ? risk->controls[1] : QString();
        if (!other.isEmpty()) // a control with statuses by unit, but none for this one
            model.controls[indexOfId(model.controls, other)].statusByUnit.insert(
                QStringLiteral("NOT-THIS-UNIT"), ControlStatus::None);
        ProjectDocument document;
        document.reset(model, QString());
        document.assessment()->waitForIdle();
        ExplanationPanel panel(&document);
        panel.showRisk(risk->asset, risk->threat);
        QTRY_VERIFY(!panel.isBusy());
        const QString text = panel.browser()->toPlainText();
        const QString expected = ExplanationPanel::tr("Status of %1: %2")
                                     .arg(unit.name.text(Language::Japanese), EnumNames::name(ControlStatus::Partial));
        QVERIFY2(text.contains(expected), qPrintable(text));
        if (!other.isEmpty()) {
            const Control& otherControl = model.controls[indexOfId(model.controls, other)];
            QVERIFY2(text.contains(ExplanationPanel::tr("The control's own status: %1 (%2 has no status of its own)")
                                       .arg(EnumNames::name(otherControl.status), unit.name.text(Language::Japanese))),
                qPrintable(text));
        }
    }

    void explanationFollowsTheDocument()
    {
        ProjectDocument document;
        document.reset(BuiltIn::sampleWard(), QString());
        document.assessment()->waitForIdle();
        const RiskResult risk = *riskWithControls(document.assessment()->assessment());
        ExplanationPanel panel(&document);
        QSignalSpy shown(&panel, &ExplanationPanel::pageShown);
        panel.showRisk(risk.asset, risk.threat);
        QVERIFY(shown.wait());

        // Withdraw every control: the page shows the new residual, which is the inherent risk.
        QList<ModelEdit> edits;
        for (qsizetype k = 0; k < document.model().controls.size(); ++k) {
            Control c = document.model().controls[k];
            c.status = ControlStatus::None;
            edits.append(ModelEdit::replace(k, c));
        }
        QCOMPARE(document.edit(QStringLiteral("no controls"), edits), QString());
        document.assessment()->waitForIdle();
        const RiskResult* now = document.assessment()->assessment().findRisk(risk.asset, risk.threat);
        QVERIFY(now);
        QCOMPARE(now->residual, now->inherent);
        QTRY_VERIFY(!panel.isBusy());
        QVERIFY(panel.browser()->toPlainText().contains(QStringLiteral("= ") + QString::number(now->residual, 'g', 6)));

        // Undo, then exclude the pair with an exposure entry: no longer exposed, and the page says why.
        document.undoStack()->undo();
        Exposure excluded {risk.asset, risk.threat, std::nullopt, true, {}};
        QCOMPARE(
            document.edit(QStringLiteral("exclude"), {ModelEdit::insert(document.model().exposures.size(), excluded)}),
            QString());
        document.assessment()->waitForIdle();
        QVERIFY(!document.assessment()->assessment().findRisk(risk.asset, risk.threat));
        QTRY_VERIFY(!panel.isBusy());
        QVERIFY2(panel.browser()->toPlainText().contains(QStringLiteral("excludes the pair")),
            qPrintable(panel.browser()->toPlainText()));

        // Remove the asset: it no longer exists.
        QCOMPARE(document.edit(QStringLiteral("remove"), removeAssetEdits(document.model(), risk.asset)), QString());
        document.assessment()->waitForIdle();
        QTRY_VERIFY(!panel.isBusy());
        QVERIFY(panel.browser()->toPlainText().contains(QStringLiteral("no longer exists")));

        panel.clear();
        QVERIFY(panel.asset().isEmpty());
        QVERIFY(!panel.isBusy());
    }

    void hostileNamesAreShownAsText()
    {
        const QString image = QStringLiteral("<img src=\"file:///etc/passwd\">");
        const QString script = QStringLiteral("<script>alert(1)</script> & <b>bold</b>");
        const QString link = QStringLiteral("<a href=\"asset:A-OTHER\">click</a>");
        Model m = BuiltIn::catalogue();
        Asset target;
        target.id = QStringLiteral("A-EVIL");
        target.name = {image, image};
        target.type = AssetType::System;
        target.tier = Tier::Lgwan;
        Asset data;
        data.id = QStringLiteral("A-DATA");
        data.name = {script, script};
        data.type = AssetType::Information;
        data.tier = Tier::Lgwan;
        data.impact = {5.0, 5.0, 5.0};
        m.assets = {target, data};
        m.dependencies = {Dependency {data.id, target.id, DependencyKind::ProcessedBy, {}}};
        for (Control& k : m.controls)
            k.name = {link, link};

        ProjectDocument document;
        document.reset(m, QString());
        document.assessment()->waitForIdle();
        const Assessment& a = document.assessment()->assessment();
        // A risk of the processing system whose impact is inherited from the information.
        std::optional<RiskResult> risk;
        for (const RiskResult& r : a.risks) {
            if (r.asset == target.id && r.impact == 5 && !r.controls.isEmpty())
                risk = r;
        }
        QVERIFY(risk);
        ExplanationPanel panel(&document);
        panel.showRisk(risk->asset, risk->threat);
        QTRY_VERIFY(!panel.isBusy());
        QTextBrowser* browser = panel.browser();
        const QString text = browser->toPlainText();
        QVERIFY2(text.contains(image), qPrintable(text));
        QVERIFY(text.contains(script));
        QVERIFY(!hasImage(browser->document()));
        QVERIFY(!browser->toHtml().contains(QStringLiteral("<img")));
        QVERIFY(!browser->toHtml().contains(QStringLiteral("<script")));
        QVERIFY(text.contains(link));
        QVERIFY(!browser->toHtml().contains(QStringLiteral("href=\"asset:A-OTHER\"")));
        QVERIFY(browser->toHtml().contains(QStringLiteral("href=\"asset:A-DATA\""))); // the chain's source

        // The chart of the largest risks names the asset: Qt Charts reads labels as HTML, so escaped.
        DashboardView dashboard(&document);
        dashboard.refresh();
        auto* topAxis
            = qobject_cast<QBarCategoryAxis*>(dashboard.chart(DashboardView::TopTen)->axes(Qt::Vertical).value(0));
        QVERIFY(topAxis && topAxis->count() > 0);
        bool named = false;
        for (const QString& label : topAxis->categories()) {
            QVERIFY2(!label.contains(QStringLiteral("<img")) && !label.contains(QStringLiteral("<script")),
                qPrintable(label));
            named = named || label.contains(image.toHtmlEscaped());
        }
        QVERIFY(named);

        // The same names in a pair that is not exposed.
        document.edit(QStringLiteral("exclude"),
            {ModelEdit::insert(0, Exposure {risk->asset, risk->threat, std::nullopt, true, {}})});
        document.assessment()->waitForIdle();
        QTRY_VERIFY(!panel.isBusy());
        QVERIFY(browser->toPlainText().contains(QStringLiteral("excludes the pair")));
        QVERIFY(browser->toPlainText().contains(image));
        QVERIFY(!hasImage(browser->document()));
    }

    void linksEmitTheIds()
    {
        ProjectDocument document;
        document.reset(BuiltIn::sampleWard(), QString());
        document.assessment()->waitForIdle();
        const RiskResult* risk = riskWithControls(document.assessment()->assessment());
        ExplanationPanel panel(&document);
        panel.resize(700, 900);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.showRisk(risk->asset, risk->threat);
        QTRY_VERIFY(!panel.isBusy());
        QSignalSpy assets(&panel, &ExplanationPanel::assetActivated);
        QSignalSpy controls(&panel, &ExplanationPanel::controlActivated);
        QTextBrowser* browser = panel.browser();

        QString href;
        QPoint at = linkPosition(browser, QStringLiteral("asset:"), &href);
        QVERIFY(!at.isNull());
        QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, at);
        QTRY_COMPARE(assets.size(), 1);
        QCOMPARE(assets.first().first().toString(), risk->asset);

        at = linkPosition(browser, QStringLiteral("control:"), &href);
        QVERIFY(!at.isNull());
        QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, at);
        QTRY_COMPARE(controls.size(), 1);
        QCOMPARE(QStringLiteral("control:") + controls.first().first().toString(), href);
        QVERIFY(risk->controls.contains(controls.first().first().toString()));

        // Ids travel percent-encoded and come back as they were.
        emit browser->anchorClicked(QUrl(QStringLiteral("asset:A%20%26%3C%2Fx%3E")));
        QCOMPARE(assets.last().first().toString(), QStringLiteral("A &</x>"));
        emit browser->anchorClicked(QUrl(QStringLiteral("https://example.invalid/")));
        QCOMPARE(assets.size(), 2);
        QCOMPARE(controls.size(), 1);
    }
};

QTEST_MAIN(TestRiskVisuals)
#include "tst_riskvisuals.moc"
