// The dependency graph view and its layout: what is drawn matches the model, the
// layering respects the dependencies, and the highlights agree with the engine's assessment.

#include "BuiltIn.h"
#include "DisplayLanguage.h"
#include "EnumNames.h"
#include "document/LiveAssessment.h"
#include "document/ProjectDocument.h"
#include "engine/Generator.h"
#include "graph/DependencyGraphView.h"
#include "graph/GraphLayout.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCompleter>
#include <QElapsedTimer>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QHash>
#include <QLineEdit>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>
#include <QUndoStack>
#include <QWheelEvent>

#include <algorithm>
#include <map>

using namespace mamori;

namespace {

struct IndexedModel {
    QHash<QString, int> index;
    std::vector<std::pair<int, int>> edges;
};

IndexedModel indexModel(const Model& model)
{
    IndexedModel m;
    for (qsizetype i = 0; i < model.assets.size(); ++i)
        m.index.insert(model.assets[i].id, int(i));
    for (const Dependency& d : model.dependencies)
        m.edges.emplace_back(m.index.value(d.from), m.index.value(d.to));
    return m;
}

/// True when `to` reaches `from` along dependencies: then from -> to closes a cycle.
bool reaches(int nodeCount, const std::vector<std::pair<int, int>>& edges, int start, int goal)
{
    std::vector<std::vector<int>> out(static_cast<std::size_t>(nodeCount));
    for (const auto& [a, b] : edges)
        out[std::size_t(a)].push_back(b);
    std::vector<bool> seen(std::size_t(nodeCount), false);
    std::vector<int> stack {start};
    seen[std::size_t(start)] = true;
    while (!stack.empty()) {
        const int v = stack.back();
        stack.pop_back();
        if (v == goal)
            return true;
        for (const int w : out[std::size_t(v)]) {
            if (!seen[std::size_t(w)]) {
                seen[std::size_t(w)] = true;
                stack.push_back(w);
            }
        }
    }
    return false;
}

/// Checks the layout's invariants; returns an empty string or the first violation.
QString checkLayout(int nodeCount, const std::vector<std::pair<int, int>>& edges, const GraphLayoutResult& layout,
    const GraphLayoutOptions& options)
{
    for (const auto& [from, to] : edges) {
        const int lf = layout.layer[std::size_t(from)];
        const int lt = layout.layer[std::size_t(to)];
        if (lf < lt)
            continue;
        if (lf > lt)
            return QStringLiteral("edge %1 -> %2 goes up (layer %3 -> %4)").arg(from).arg(to).arg(lf).arg(lt);
        if (from != to && !reaches(nodeCount, edges, to, from))
            return QStringLiteral("edge %1 -> %2 stays in layer %3 outside a cycle").arg(from).arg(to).arg(lf);
        if (layout.component[std::size_t(from)] != layout.component[std::size_t(to)])
            return QStringLiteral("edge %1 -> %2 in one layer between components").arg(from).arg(to);
    }
    // No overlaps: boxes sharing a top edge (one row) are at least a box width apart; rows of one
    // layer and different layers never share vertical space.
    std::map<double, std::vector<double>> rows;
    for (int v = 0; v < nodeCount; ++v)
        rows[layout.y[std::size_t(v)]].push_back(layout.x[std::size_t(v)]);
    double previousBottom = -1e300;
    for (auto& [y, xs] : rows) {
        if (y < previousBottom)
            return QStringLiteral("rows overlap vertically at y = %1").arg(y);
        previousBottom = y + options.nodeHeight;
        std::sort(xs.begin(), xs.end());
        for (std::size_t i = 1; i < xs.size(); ++i) {
            if (xs[i] - xs[i - 1] < options.nodeWidth - 1e-6)
                return QStringLiteral("boxes overlap at y = %1, x = %2").arg(y).arg(xs[i]);
        }
    }
    return {};
}

QSet<QString> neighbourhood(const Model& model, const QString& start, int depth)
{
    QSet<QString> found {start};
    QList<QString> frontier {start};
    for (int d = 0; d < depth; ++d) {
        QList<QString> next;
        for (const Dependency& dep : model.dependencies) {
            for (const auto& [a, b] : {std::pair(dep.from, dep.to), std::pair(dep.to, dep.from)}) {
                if (frontier.contains(a) && !found.contains(b)) {
                    found.insert(b);
                    next.append(b);
                }
            }
        }
        frontier = next;
    }
    return found;
}

QSet<QString> toSet(const QStringList& list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}

} // namespace

class TestGraphView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void countsMatchModel();
    void layeringPutsDependentsAbove();
    void sampleLayoutInvariants();
    void blastRadiusMatchesAssessment_data();
    void blastRadiusMatchesAssessment();
    void findingPathIsHighlighted();
    void focusHidesFartherAssets();
    void searchSelects();
    void selectionEmitsSignal();
    void clickSelects();
    void rebuildsOnEditKeepingZoom();
    void renameKeepsLayout();
    void toolTipShowsAssessment();
    void zoomWithWheelAndKeys();
    void followsLanguageChange();
    void resetStartsOver();
    void largeModelLayout();
    void largeModelView();

private:
    ProjectDocument* m_document = nullptr;
    DependencyGraphView* m_view = nullptr;
};

void TestGraphView::initTestCase()
{
    m_document = new ProjectDocument(this);
    m_document->reset(BuiltIn::sampleWard(), QString());
    m_document->assessment()->waitForIdle();
    QCoreApplication::processEvents(); // deliver updated() to the view
    m_view = new DependencyGraphView(m_document);
    m_view->resize(1400, 900);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void TestGraphView::cleanupTestCase()
{
    delete m_view;
}

void TestGraphView::countsMatchModel()
{
    const Model& model = m_document->model();
    QCOMPARE(m_view->nodeCount(), int(model.assets.size()));
    QCOMPARE(m_view->edgeCount(), int(model.dependencies.size()));
    QCOMPARE(m_view->scene()->items().size(), model.assets.size() + model.dependencies.size());
    QCOMPARE(m_view->visibleAssets().size(), model.assets.size());
}

void TestGraphView::layeringPutsDependentsAbove()
{
    const Model& model = m_document->model();
    const IndexedModel indexed = indexModel(model);
    int sameLayer = 0;
    for (const Dependency& d : model.dependencies) {
        const int from = m_view->layerOf(d.from);
        const int to = m_view->layerOf(d.to);
        QVERIFY(from >= 0 && to >= 0);
        if (from == to) {
            // Only inside a cycle: what `from` depends on leads back to it.
            QVERIFY2(reaches(int(model.assets.size()), indexed.edges, indexed.index[d.to], indexed.index[d.from]),
                qPrintable(d.from + QStringLiteral(" -> ") + d.to));
            ++sameLayer;
        } else {
            QVERIFY2(from < to, qPrintable(d.from + QStringLiteral(" -> ") + d.to));
        }
    }
    QVERIFY(sameLayer > 0); // the sample has cycles (directory service, redundant core switches)
    QCOMPARE(m_view->layerOf(QStringLiteral("no-such-asset")), -1);
}

void TestGraphView::sampleLayoutInvariants()
{
    const Model& model = m_document->model();
    const IndexedModel indexed = indexModel(model);
    const GraphLayoutOptions options;
    const GraphLayoutResult layout = layoutLayeredGraph(int(model.assets.size()), indexed.edges, options);
    const QString problem = checkLayout(int(model.assets.size()), indexed.edges, layout, options);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // Readable at this size: several layers, and the drawing roughly as wide as asked for.
    QVERIFY(layout.layerCount >= 5);
    QVERIFY(layout.componentCount < model.assets.size());
    const double aspect = layout.width / layout.height;
    QVERIFY2(aspect > 0.8 && aspect < 3.2, qPrintable(QString::number(aspect)));

    QCOMPARE(layoutLayeredGraph(0, {}).layerCount, 0);
    const GraphLayoutResult cycle = layoutLayeredGraph(3, {{0, 1}, {1, 0}, {1, 2}, {2, 2}, {5, 0}});
    QCOMPARE(cycle.layer[0], cycle.layer[1]);
    QVERIFY(cycle.layer[1] < cycle.layer[2]);
}

void TestGraphView::blastRadiusMatchesAssessment_data()
{
    QTest::addColumn<QString>("id");
    // The assets most depended on, one inside the directory-service cycle, one nothing depends on.
    const Assessment& assessment = m_document->assessment()->assessment();
    QList<AssetResult> results = assessment.assets;
    std::sort(results.begin(), results.end(),
        [](const AssetResult& a, const AssetResult& b) { return a.blastRadius > b.blastRadius; });
    QStringList ids;
    for (qsizetype i = 0; i < 6 && i < results.size(); ++i)
        ids.append(results[i].id);
    ids << QStringLiteral("DEV-AD") << QStringLiteral("NW-CORE-SW") << QStringLiteral("PWR-UPS-HQ")
        << results.last().id;
    ids.removeDuplicates();
    for (const QString& id : std::as_const(ids))
        QTest::newRow(qPrintable(id)) << id;
}

void TestGraphView::blastRadiusMatchesAssessment()
{
    QFETCH(QString, id);
    const AssetResult* result = m_document->assessment()->assessment().findAsset(id);
    QVERIFY(result);
    const int count = m_view->highlightBlastRadius(id);
    QCOMPARE(qint64(count), result->blastRadius);
    const QStringList highlighted = m_view->highlightedAssets();
    QCOMPARE(qint64(highlighted.size()), result->blastRadius + 1);
    QVERIFY(highlighted.contains(id));
    // Every highlighted arrow joins two highlighted assets.
    const QSet<QString> set = toSet(highlighted);
    for (const auto& [from, to] : m_view->highlightedDependencies())
        QVERIFY(set.contains(from) && set.contains(to));
    m_view->clearHighlight();
    QVERIFY(m_view->highlightedAssets().isEmpty());
    QCOMPARE(m_view->highlightBlastRadius(QStringLiteral("no-such-asset")), -1);
}

void TestGraphView::findingPathIsHighlighted()
{
    const QList<Finding>& findings = m_document->assessment()->assessment().findings;
    QVERIFY(!findings.isEmpty());
    const Model& model = m_document->model();
    for (int i = 0; i < findings.size(); ++i) {
        const Finding& f = findings[i];
        QVERIFY(m_view->highlightFinding(i));
        QCOMPARE(toSet(m_view->highlightedAssets()), toSet(f.path));
        const auto edges = m_view->highlightedDependencies();
        // Each step of the path is a highlighted connects_via dependency, in either direction ...
        for (qsizetype k = 1; k < f.path.size(); ++k) {
            const QString& a = f.path[k - 1];
            const QString& b = f.path[k];
            QVERIFY2(edges.contains(std::pair(a, b)) || edges.contains(std::pair(b, a)),
                qPrintable(a + QStringLiteral(" - ") + b));
        }
        // ... and nothing else is.
        for (const auto& [from, to] : edges) {
            const qsizetype p = f.path.indexOf(from);
            const qsizetype q = f.path.indexOf(to);
            QVERIFY(p >= 0 && q >= 0 && std::abs(p - q) == 1);
            const bool connects
                = std::any_of(model.dependencies.cbegin(), model.dependencies.cend(), [&](const Dependency& d) {
                      return d.from == from && d.to == to && d.kind == DependencyKind::ConnectsVia;
                  });
            QVERIFY(connects);
        }
    }
    QVERIFY(!m_view->highlightFinding(int(findings.size())));
    QVERIFY(!m_view->highlightFinding(-1));
    m_view->clearHighlight();
}

void TestGraphView::focusHidesFartherAssets()
{
    const Model& model = m_document->model();
    for (const QString& id : {QStringLiteral("DEV-AD"), QStringLiteral("SYS-NYUTAI"), QStringLiteral("F-HQ")}) {
        for (int depth : {1, 2}) {
            m_view->focusAsset(id, depth);
            QCOMPARE(m_view->focusedAsset(), id);
            const QSet<QString> expected = neighbourhood(model, id, depth);
            QCOMPARE(toSet(m_view->visibleAssets()), expected);
            QVERIFY(expected.size() < model.assets.size());
            QCOMPARE(m_view->selectedAsset(), id);
        }
    }
    m_view->showAll();
    QVERIFY(m_view->focusedAsset().isEmpty());
    QCOMPARE(m_view->visibleAssets().size(), model.assets.size());
}

void TestGraphView::searchSelects()
{
    QVERIFY(m_view->search(QStringLiteral("dev-ad"))); // an id, any case
    QCOMPARE(m_view->selectedAsset(), QStringLiteral("DEV-AD"));
    QVERIFY(m_view->search(QStringLiteral("住民基本台帳"))); // part of a Japanese name
    const Asset& juki = *std::find_if(m_document->model().assets.cbegin(), m_document->model().assets.cend(),
        [&](const Asset& a) { return a.id == m_view->selectedAsset(); });
    QVERIFY(juki.name.ja.contains(QStringLiteral("住民基本台帳")));
    QVERIFY(m_view->search(QStringLiteral("Mail and file sanitization gateway"))); // an English name
    QCOMPARE(m_view->selectedAsset(), QStringLiteral("GW-SANITIZE"));
    QVERIFY(!m_view->search(QStringLiteral("no asset is called this")));

    // The way a user does it: type into the search box and press Enter; the selected box is centred.
    m_view->focusAsset(QStringLiteral("F-HQ"), 1); // searching leaves a focus that hides the match
    auto* box = m_view->findChild<QLineEdit*>(QStringLiteral("dependencyGraphSearch"));
    QVERIFY(box);
    box->clear();
    QTest::keyClicks(box, QStringLiteral("DEV-SRV-IN-01"));
    QTest::keyClick(box, Qt::Key_Return);
    QCOMPARE(m_view->selectedAsset(), QStringLiteral("DEV-SRV-IN-01"));
    QVERIFY(m_view->focusedAsset().isEmpty());
    QGraphicsView* view = m_view->graphicsView();
    const QRectF shown = view->mapToScene(view->viewport()->rect()).boundingRect();
    const QList<QGraphicsItem*> selected = m_view->scene()->selectedItems();
    QCOMPARE(selected.size(), 1);
    QVERIFY(shown.contains(selected.first()->sceneBoundingRect()));
}

void TestGraphView::selectionEmitsSignal()
{
    QSignalSpy spy(m_view, &DependencyGraphView::assetSelected);
    m_view->selectAsset(QStringLiteral("N-LGWAN"));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.first().first().toString(), QStringLiteral("N-LGWAN"));
    m_view->selectAsset(QStringLiteral("no-such-asset"));
    QCOMPARE(spy.size(), 1);
}

void TestGraphView::clickSelects()
{
    m_view->selectAsset(QStringLiteral("N-LGWAN")); // centres it, so it is on screen
    m_view->scene()->clearSelection();
    QSignalSpy spy(m_view, &DependencyGraphView::assetSelected);
    QGraphicsView* view = m_view->graphicsView();
    QGraphicsItem* target = nullptr;
    for (QGraphicsItem* item : m_view->scene()->items()) {
        if (item->flags() & QGraphicsItem::ItemIsSelectable) {
            const QPoint p = view->mapFromScene(item->sceneBoundingRect().center());
            if (view->viewport()->rect().contains(p) && view->itemAt(p) == item) {
                target = item;
                break;
            }
        }
    }
    QVERIFY(target);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(target->sceneBoundingRect().center()));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.first().first().toString(), m_view->selectedAsset());
    QVERIFY(target->isSelected());
}

void TestGraphView::rebuildsOnEditKeepingZoom()
{
    m_view->zoomIn();
    m_view->zoomIn();
    m_view->selectAsset(QStringLiteral("DEV-AD"));
    const double zoom = m_view->zoom();
    const int nodes = m_view->nodeCount();
    const int edges = m_view->edgeCount();

    const Model& model = m_document->model();
    Asset added;
    added.id = QStringLiteral("A-NEW-TERMINAL");
    added.name = {QStringLiteral("新しい端末"), QStringLiteral("New terminal")};
    added.type = AssetType::Device;
    added.tier = Tier::Lgwan;
    Dependency link {added.id, QStringLiteral("N-LGWAN"), DependencyKind::ConnectsVia, {}};
    QVERIFY(m_document
                ->edit(QStringLiteral("add"),
                    {ModelEdit::insert(model.assets.size(), added), ModelEdit::insert(model.dependencies.size(), link)})
                .isEmpty());
    QCOMPARE(m_view->nodeCount(), nodes + 1);
    QCOMPARE(m_view->edgeCount(), edges + 1);
    QVERIFY(m_view->layerOf(added.id) < m_view->layerOf(QStringLiteral("N-LGWAN")));
    QCOMPARE(m_view->zoom(), zoom);
    QCOMPARE(m_view->selectedAsset(), QStringLiteral("DEV-AD"));

    m_document->undoStack()->undo();
    QCOMPARE(m_view->nodeCount(), nodes);
    QCOMPARE(m_view->edgeCount(), edges);
    QCOMPARE(m_view->zoom(), zoom);
    m_view->fitToView();
}

void TestGraphView::renameKeepsLayout()
{
    const Model& model = m_document->model();
    const qsizetype index = std::find_if(model.assets.cbegin(), model.assets.cend(), [](const Asset& a) {
        return a.id == QStringLiteral("DEV-AD");
    }) - model.assets.cbegin();
    Asset renamed = model.assets[index];
    renamed.name.en = QStringLiteral("Directory service (renamed)");
    const int layer = m_view->layerOf(renamed.id);
    QVERIFY(m_document->edit(QStringLiteral("rename"), {ModelEdit::replace(index, renamed)}).isEmpty());
    QCOMPARE(m_view->layerOf(renamed.id), layer);
    QVERIFY(m_view->search(QStringLiteral("(renamed)")));
    QCOMPARE(m_view->selectedAsset(), renamed.id);
    m_document->undoStack()->undo();
}

void TestGraphView::toolTipShowsAssessment()
{
    m_view->selectAsset(QStringLiteral("NW-CORE-SW"));
    QGraphicsView* view = m_view->graphicsView();
    QGraphicsItem* node = m_view->scene()->selectedItems().value(0);
    QVERIFY(node);
    const QPoint pos = view->mapFromScene(node->sceneBoundingRect().center());
    QHelpEvent help(QEvent::ToolTip, pos, view->viewport()->mapToGlobal(pos));
    QCoreApplication::sendEvent(view->viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    const QString text = QToolTip::text();
    const AssetResult* result = m_document->assessment()->assessment().findAsset(QStringLiteral("NW-CORE-SW"));
    QVERIFY(result);
    QVERIFY2(text.contains(QStringLiteral("NW-CORE-SW")), qPrintable(text));
    QVERIFY2(text.contains(QString::number(result->blastRadius)), qPrintable(text));
    QVERIFY2(text.contains(EnumNames::name(Tier::Lgwan)), qPrintable(text));
    QToolTip::hideText();
    QTRY_VERIFY(!QToolTip::isVisible());
}

void TestGraphView::zoomWithWheelAndKeys()
{
    QGraphicsView* view = m_view->graphicsView();
    m_view->fitToView();
    const double fitted = m_view->zoom();
    const QPoint centre = view->viewport()->rect().center();
    QWheelEvent wheel(centre, view->viewport()->mapToGlobal(centre), QPoint(), QPoint(0, 240), Qt::NoButton,
        Qt::ControlModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(view->viewport(), &wheel);
    QVERIFY(m_view->zoom() > fitted * 1.2);

    // A plain wheel scrolls instead.
    const double zoomed = m_view->zoom();
    QWheelEvent scroll(centre, view->viewport()->mapToGlobal(centre), QPoint(), QPoint(0, -120), Qt::NoButton,
        Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(view->viewport(), &scroll);
    QCOMPARE(m_view->zoom(), zoomed);

    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY(m_view->zoom() < zoomed);
    QTest::keyClick(view, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(m_view->zoom(), fitted);
}

void TestGraphView::followsLanguageChange()
{
    // Names follow the display language; the search offers them in it.
    auto* box = m_view->findChild<QLineEdit*>(QStringLiteral("dependencyGraphSearch"));
    auto entryFor = [box](const QString& id) {
        const QAbstractItemModel* model = box->completer()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString entry = model->index(row, 0).data().toString();
            if (entry.startsWith(id + QStringLiteral(" — ")))
                return entry;
        }
        return QString();
    };
    QVERIFY(entryFor(QStringLiteral("GW-SANITIZE")).contains(QStringLiteral("無害化")));
    setDisplayLanguage(Language::English);
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(m_view, &change);
    QVERIFY(entryFor(QStringLiteral("GW-SANITIZE")).contains(QStringLiteral("Mail and file sanitization gateway")));
    QCOMPARE(m_view->nodeCount(), int(m_document->model().assets.size()));
    setDisplayLanguage(Language::Japanese);
    QCoreApplication::sendEvent(m_view, &change);
    QVERIFY(entryFor(QStringLiteral("GW-SANITIZE")).contains(QStringLiteral("無害化")));
}

void TestGraphView::resetStartsOver()
{
    m_view->focusAsset(QStringLiteral("DEV-AD"), 1);
    m_view->highlightBlastRadius(QStringLiteral("DEV-AD"));
    m_view->zoomIn();
    Model model = BuiltIn::sampleWard();
    model.assets.removeLast(); // a different project, still valid: the last asset is not depended on
    const QString removed = BuiltIn::sampleWard().assets.last().id;
    model.dependencies.removeIf([&](const Dependency& d) { return d.from == removed || d.to == removed; });
    m_document->reset(model, QString());
    m_document->assessment()->waitForIdle();
    QVERIFY(m_view->focusedAsset().isEmpty());
    QVERIFY(m_view->highlightedAssets().isEmpty());
    QCOMPARE(m_view->nodeCount(), int(model.assets.size()));
    QCOMPARE(m_view->edgeCount(), int(model.dependencies.size()));
    QCOMPARE(m_view->visibleAssets().size(), model.assets.size());
    QCOMPARE(m_view->layerOf(removed), -1);
}

void TestGraphView::largeModelLayout()
{
    const Model model = Generator::generateWard(10'000, 42);
    QCOMPARE(model.assets.size(), 10'000);
    const IndexedModel indexed = indexModel(model);
    QElapsedTimer timer;
    timer.start();
    const GraphLayoutOptions options;
    const GraphLayoutResult layout = layoutLayeredGraph(int(model.assets.size()), indexed.edges, options);
    qInfo("layout of %lld assets and %zu dependencies: %lld ms, %d layers", model.assets.size(), indexed.edges.size(),
        timer.elapsed(), layout.layerCount);
    QCOMPARE(layout.layer.size(), std::size_t(10'000));
    // The layering invariant without the cycle check, which would be a search per edge.
    for (const auto& [from, to] : indexed.edges) {
        const bool sameComponent = layout.component[std::size_t(from)] == layout.component[std::size_t(to)];
        QVERIFY(sameComponent ? layout.layer[std::size_t(from)] == layout.layer[std::size_t(to)]
                              : layout.layer[std::size_t(from)] < layout.layer[std::size_t(to)]);
    }
}

void TestGraphView::largeModelView()
{
    ProjectDocument document;
    document.reset(Generator::generateWard(10'000, 42), QString());
    QElapsedTimer timer;
    timer.start();
    DependencyGraphView view(&document);
    qInfo("graph view of 10,000 assets built in %lld ms", timer.elapsed());
    QCOMPARE(view.nodeCount(), 10'000);
    QCOMPARE(view.edgeCount(), int(document.model().dependencies.size()));
    // Too many to read at once: the page opens on the neighbourhood (one hop) of the asset most others
    // depend on among those with at most 200 dependencies to and from them, and "show all" draws every
    // asset.
    const QString top = view.focusedAsset();
    QVERIFY(!top.isEmpty());
    QHash<QString, int> dependents, degree;
    for (const Dependency& d : document.model().dependencies) {
        ++dependents[d.to];
        ++degree[d.to];
        ++degree[d.from];
    }
    QVERIFY(degree.value(top) <= 200);
    for (auto it = dependents.cbegin(); it != dependents.cend(); ++it) {
        if (degree.value(it.key()) <= 200)
            QVERIFY(it.value() <= dependents.value(top));
    }
    const QStringList shown = view.visibleAssets();
    QVERIFY(shown.contains(top));
    QVERIFY(shown.size() > 1 && shown.size() <= 201);
    view.showAll();
    QVERIFY(view.focusedAsset().isEmpty());
    QCOMPARE(view.visibleAssets().size(), 10'000);
    document.assessment()->waitForIdle();
}

QTEST_MAIN(TestGraphView)
#include "tst_graphview.moc"
