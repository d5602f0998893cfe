#include "graph/DependencyGraphView.h"

#include "DisplayLanguage.h"
#include "EnumNames.h"
#include "document/LiveAssessment.h"
#include "document/ProjectDocument.h"
#include "graph/DependencyGraphData.h"
#include "graph/GraphCanvas.h"
#include "graph/GraphLegend.h"

#include <QAbstractItemView>
#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QSpinBox>
#include <QStringListModel>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace mamori {

namespace {

constexpr qreal kMinZoom = 0.02;
constexpr qreal kMaxZoom = 4.0;

} // namespace

DependencyGraphView::DependencyGraphView(ProjectDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_graph(std::make_unique<Graph>())
{
    setObjectName(QStringLiteral("dependencyGraph"));
    auto* scene = new GraphScene(this);
    scene->toolTip = [this](QGraphicsItem* item) -> QString {
        if (auto* node = dynamic_cast<NodeItem*>(item))
            return toolTipFor(node->index());
        if (auto* edge = dynamic_cast<EdgeItem*>(item)) {
            const Graph::Edge& e = m_graph->edges[std::size_t(edge->index())];
            return tr("%1 → %2: %3")
                .arg(nameOf(e.from).toHtmlEscaped(), nameOf(e.to).toHtmlEscaped(), EnumNames::name(e.kind));
        }
        return {};
    };
    m_scene = scene;
    // The index method is chosen by the ward's size when the scene is drawn (DependencyGraphDrawing).

    auto* canvas = new GraphCanvas(m_scene, this);
    canvas->setObjectName(QStringLiteral("dependencyGraphCanvas"));
    canvas->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    canvas->setDragMode(QGraphicsView::ScrollHandDrag);
    canvas->setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    canvas->setResizeAnchor(QGraphicsView::AnchorViewCenter);
    canvas->setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    canvas->setBackgroundBrush(QColor(0xFB, 0xFB, 0xFA));
    canvas->zoomBy = [this](qreal factor) { scaleBy(factor); };
    canvas->doubleClicked = [this](QGraphicsItem* item) {
        if (auto* node = dynamic_cast<NodeItem*>(item))
            focusAsset(node->id(), m_depth->value());
    };
    canvas->contextMenu = [this](QPoint pos) { showContextMenu(pos); };
    canvas->resized = [this] {
        if (m_autoFit || !m_viewPlaced)
            fitToView();
    };
    m_view = canvas;

    m_legend = new GraphLegend(this);
    m_legend->setObjectName(QStringLiteral("dependencyGraphLegend"));
    QFont legendFont = font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.9);
    m_legend->setFont(legendFont);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("dependencyGraphStatus"));
    m_status->setContentsMargins(6, 2, 6, 2);
    m_status->setTextFormat(Qt::PlainText);

    createToolBar();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_legend);

    connect(m_scene, &QGraphicsScene::selectionChanged, this, &DependencyGraphView::onSelectionChanged);
    connect(m_document, &ProjectDocument::modelReset, this, [this] {
        // Another project or scenario: the last drawing's focus, highlight and view position may not apply.
        m_focusId.clear();
        m_highlight = Highlight::None;
        m_viewPlaced = false;
        m_scene->clearSelection();
        rebuild();
        openOnNeighbourhoodIfLarge();
    });
    connect(m_document, &ProjectDocument::changed, this, [this](const QList<ModelEdit>& edits) {
        // Renaming or retiering assets keeps the drawing; anything structural lays it out again.
        bool structural = false;
        bool touchesGraph = false;
        for (const ModelEdit& edit : edits) {
            if (const auto* asset = std::get_if<Asset>(&edit.value)) {
                touchesGraph = true;
                const bool sameItem = edit.op == ModelEdit::Op::Replace && edit.index >= 0
                    && std::size_t(edit.index) < m_graph->nodes.size()
                    && m_graph->nodes[std::size_t(edit.index)]->id() == asset->id;
                structural = structural || !sameItem;
            } else if (std::holds_alternative<Dependency>(edit.value)) {
                touchesGraph = true;
                structural = true;
            }
        }
        if (!touchesGraph)
            return;
        if (structural) {
            rebuild();
            return;
        }
        // In place: the same assets at the same places, so the blast radius and the highlighted
        // finding's path stay (a finding that changes arrives with the assessment, updateFindings()).
        // At 10,000 assets, rebuilding every completion and restyling every node cost each edit about
        // 4 ms; the edited assets' own completions are enough.
        const Model& model = m_document->model();
        for (const ModelEdit& edit : edits) {
            if (std::holds_alternative<Asset>(edit.value)) {
                const int node = int(edit.index);
                m_graph->nodes[std::size_t(node)]->setAsset(model.assets[edit.index], nameOf(node));
                const QModelIndex completion = m_completions->index(node);
                if (const QString entry = searchCompletion(node); completion.data().toString() != entry)
                    m_completions->setData(completion, entry);
            }
        }
    });
    connect(m_document->assessment(), &LiveAssessment::updated, this, &DependencyGraphView::updateFindings);

    retranslate();
    rebuild();
    openOnNeighbourhoodIfLarge();
}

void DependencyGraphView::openOnNeighbourhoodIfLarge()
{
    const Graph& g = *m_graph;
    if (g.nodeCount() <= kLargeGraphNodes || !m_focusId.isEmpty())
        return;
    // The asset most others depend on directly (the top of the blast radii, without a search per
    // asset) among those whose neighbourhood is readable: a power supply of 3,000 dependents is not.
    int top = -1;
    const auto dependents = [&](int n) { return g.in[std::size_t(n)].size(); };
    for (int n = 0; n < g.nodeCount(); ++n) {
        if (dependents(n) + g.out[std::size_t(n)].size() <= kReadableDependencies
            && (top < 0 || dependents(n) > dependents(top)))
            top = n;
    }
    if (top < 0)
        return;
    {
        const QSignalBlocker quiet(m_scene); // opening is no choice of the user's: no asset's details shown
        focusAsset(g.nodes[std::size_t(top)]->id(), 1);
    }
    m_statusMessage = tr("Too many assets to read at once: showing the asset most others depend on. Search or "
                         "focus on another asset, or show all");
    updateStatus();
}

DependencyGraphView::~DependencyGraphView()
{
    // Items point into m_graph (their style); the scene must go first.
    disconnect(m_scene, nullptr, this, nullptr);
    m_scene->clear();
}

void DependencyGraphView::createToolBar()
{
    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("dependencyGraphToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setIconSize(QSize(16, 16));

    m_search = new QLineEdit(m_toolBar);
    m_search->setObjectName(QStringLiteral("dependencyGraphSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_search->setMaximumWidth(320);
    m_completions = new QStringListModel(this);
    auto* completer = new QCompleter(m_completions, m_search);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setMaxVisibleItems(12);
    m_search->setCompleter(completer);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_search->completer()->popup()->hide(); // the match is selected in the drawing now
        search(m_search->text());
    });
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this,
        [this](const QString& text) { search(text); });
    m_toolBar->addWidget(m_search);
    m_toolBar->addSeparator();

    auto addAction = [this](auto slot) {
        auto* action = new QAction(this);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_toolBar->addAction(action);
        QWidget::addAction(action); // shortcuts work wherever the focus is inside the view
        return action;
    };
    m_zoomOutAction = addAction(&DependencyGraphView::zoomOut);
    m_zoomOutAction->setShortcuts(QKeySequence::ZoomOut);
    m_zoomInAction = addAction(&DependencyGraphView::zoomIn);
    QList<QKeySequence> zoomInKeys = QKeySequence::keyBindings(QKeySequence::ZoomIn);
    zoomInKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Equal)); // Ctrl and the +/= key without Shift
    m_zoomInAction->setShortcuts(zoomInKeys);
    m_fitAction = addAction(&DependencyGraphView::fitToView);
    m_fitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_toolBar->addSeparator();

    m_focusAction = addAction([this] {
        if (const QString id = selectedAsset(); !id.isEmpty())
            focusAsset(id, m_depth->value());
    });
    m_depthLabel = new QLabel(m_toolBar);
    m_depthLabel->setContentsMargins(4, 0, 2, 0);
    m_toolBar->addWidget(m_depthLabel);
    m_depth = new QSpinBox(m_toolBar);
    m_depth->setObjectName(QStringLiteral("dependencyGraphDepth"));
    m_depth->setRange(1, 9);
    m_depth->setValue(2);
    m_depthLabel->setBuddy(m_depth);
    connect(m_depth, &QSpinBox::valueChanged, this, [this](int depth) {
        if (!m_focusId.isEmpty())
            focusAsset(m_focusId, depth);
    });
    m_toolBar->addWidget(m_depth);
    m_showAllAction = addAction(&DependencyGraphView::showAll);
    m_toolBar->addSeparator();

    m_blastAction = addAction([this] {
        if (const QString id = selectedAsset(); !id.isEmpty())
            highlightBlastRadius(id);
    });
    m_findings = new QComboBox(m_toolBar);
    m_findings->setObjectName(QStringLiteral("dependencyGraphFindings"));
    m_findings->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_findings->setMinimumContentsLength(22);
    connect(m_findings, &QComboBox::activated, this, [this](int index) {
        if (index <= 0)
            clearHighlight();
        else
            highlightFinding(index - 1);
    });
    m_toolBar->addWidget(m_findings);
    m_clearAction = addAction(&DependencyGraphView::clearHighlight);
    m_clearAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_toolBar->addSeparator();

    m_legendAction = addAction([this](bool on) { m_legend->setVisible(on); });
    m_legendAction->setCheckable(true);
    m_legendAction->setChecked(true);
}

void DependencyGraphView::retranslate()
{
    m_search->setPlaceholderText(tr("Find an asset by ID or name"));
    m_zoomOutAction->setText(tr("Zoom out"));
    m_zoomInAction->setText(tr("Zoom in"));
    m_fitAction->setText(tr("Fit"));
    m_fitAction->setToolTip(tr("Fit the graph to the window (Ctrl+0)"));
    m_focusAction->setText(tr("Focus"));
    m_focusAction->setToolTip(tr("Show only the selected asset and its neighbourhood (or double-click an asset)"));
    m_depthLabel->setText(tr("&Hops:"));
    m_depth->setToolTip(tr("How many dependency hops around the focused asset are shown"));
    m_showAllAction->setText(tr("Show all"));
    m_blastAction->setText(tr("Blast radius"));
    m_blastAction->setToolTip(tr("Highlight every asset that depends on the selected one, directly or "
                                 "transitively: what stops or leaks if it fails"));
    m_findings->setToolTip(tr("Highlight the path of a tier-separation finding"));
    m_clearAction->setText(tr("Clear highlight"));
    m_legendAction->setText(tr("Legend"));
    m_legend->updateGeometry();
    m_legend->update();
    updateFindings();
    updateStatus();
}

void DependencyGraphView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // Names follow the display language, which changes with the translation.
        for (NodeItem* node : m_graph->nodes)
            node->setLabel(nameOf(node->index()));
        updateSearchCompletions();
    } else if (event->type() == QEvent::FontChange) {
        rebuild();
    }
    QWidget::changeEvent(event);
}

QGraphicsView* DependencyGraphView::graphicsView() const
{
    return m_view;
}

QGraphicsScene* DependencyGraphView::scene() const
{
    return m_scene;
}

int DependencyGraphView::nodeCount() const
{
    return m_graph->nodeCount();
}

int DependencyGraphView::edgeCount() const
{
    return int(m_graph->edgeItems.size());
}

int DependencyGraphView::layerOf(const QString& id) const
{
    const int node = m_graph->find(id);
    return node < 0 ? -1 : m_graph->layout.layer[std::size_t(node)];
}

QStringList DependencyGraphView::visibleAssets() const
{
    QStringList ids;
    for (const NodeItem* node : m_graph->nodes) {
        if (node->isVisible())
            ids.append(node->id());
    }
    return ids;
}

QStringList DependencyGraphView::highlightedAssets() const
{
    QStringList ids;
    for (std::size_t i = 0; i < m_graph->highlightedNodes.size(); ++i) {
        if (m_graph->highlightedNodes[i])
            ids.append(m_graph->nodes[i]->id());
    }
    return ids;
}

QList<std::pair<QString, QString>> DependencyGraphView::highlightedDependencies() const
{
    QList<std::pair<QString, QString>> pairs;
    for (std::size_t i = 0; i < m_graph->highlightedEdges.size(); ++i) {
        if (m_graph->highlightedEdges[i]) {
            const Graph::Edge& e = m_graph->edges[i];
            pairs.append({m_graph->nodes[std::size_t(e.from)]->id(), m_graph->nodes[std::size_t(e.to)]->id()});
        }
    }
    return pairs;
}

QString DependencyGraphView::selectedAsset() const
{
    for (QGraphicsItem* item : m_scene->selectedItems()) {
        if (auto* node = dynamic_cast<NodeItem*>(item))
            return node->id();
    }
    return {};
}

QString DependencyGraphView::focusedAsset() const
{
    return m_focusId;
}

double DependencyGraphView::zoom() const
{
    return m_view->transform().m11();
}

QString DependencyGraphView::nameOf(int node) const
{
    const Asset& asset = m_document->model().assets[node];
    const QString name = asset.name.text(displayLanguage());
    return name.isEmpty() ? asset.id : name;
}

QString DependencyGraphView::toolTipFor(int node) const
{
    const Model& model = m_document->model();
    const Asset& asset = model.assets[node];
    const Language language = displayLanguage();
    auto row = [](const QString& label, const QString& value) {
        return QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString owner = asset.owner;
    for (const OrgUnit& unit : model.orgUnits) {
        if (unit.id == asset.owner) {
            owner = QStringLiteral("%1 (%2)").arg(unit.name.text(language), unit.id);
            break;
        }
    }
    QString html = QStringLiteral("<b>%1</b><table>").arg(nameOf(node).toHtmlEscaped());
    html += row(tr("ID"), asset.id);
    html += row(tr("Type"), EnumNames::name(asset.type));
    html += row(tr("Tier"), EnumNames::name(asset.tier));
    html += row(tr("Owner"), owner.isEmpty() ? tr("Not assigned") : owner);
    if (asset.gateway)
        html += row(tr("Gateway"), tr("Sanctioned separation point between tiers"));
    const LiveAssessment* live = m_document->assessment();
    if (const AssetResult* result = live->assessment().findAsset(asset.id)) {
        const QLocale locale;
        auto number = [&locale](double v) { return locale.toString(v, 'g', 3); };
        html += row(tr("Effective impact (C / I / A)"),
            QStringLiteral("%1 / %2 / %3")
                .arg(number(result->impact[0]), number(result->impact[1]), number(result->impact[2])));
        html += row(tr("Blast radius"), tr("%n asset(s) depend on it", nullptr, int(result->blastRadius)));
    }
    html += QStringLiteral("</table>");
    if (live->isBusy())
        html += QStringLiteral("<i>%1</i>").arg(tr("Updating the assessment…").toHtmlEscaped());
    return html;
}

void DependencyGraphView::updateFindings()
{
    const QList<Finding>& findings = m_document->assessment()->assessment().findings;
    m_findings->clear();
    m_findings->addItem(findings.isEmpty() ? tr("No tier-separation findings")
                                           : tr("Tier-separation findings: %n", nullptr, int(findings.size())));
    for (const Finding& f : findings) {
        // "Critical: My Number use – Internet-connected (A-X … A-Y)"
        m_findings->addItem(tr("%1: %2 – %3 (%4 … %5)")
                                .arg(EnumNames::level(severityKey(f.severity)), EnumNames::name(f.firstTier),
                                    EnumNames::name(f.secondTier), f.first, f.second));
    }
    m_findings->setEnabled(!findings.isEmpty());
    if (m_highlight == Highlight::Finding) {
        if (m_highlightFinding < findings.size())
            m_findings->setCurrentIndex(m_highlightFinding + 1);
        applyHighlight(); // the path may have changed with the assessment
    } else {
        updateStatus();
    }
}

void DependencyGraphView::updateStatus()
{
    const Graph& g = *m_graph;
    const QString shown = tr("%1 of %n asset(s) shown", nullptr, g.nodeCount()).arg(visibleAssets().size());
    QStringList parts;
    if (!m_statusMessage.isEmpty()) {
        parts.append(m_statusMessage);
    }
    if (m_highlight == Highlight::BlastRadius) {
        const int source = g.find(m_highlightAsset);
        parts.append(tr("Blast radius of %1: %n asset(s) depend on it", nullptr, int(m_blastCount))
                         .arg(QStringLiteral("%1 (%2)").arg(nameOf(source), m_highlightAsset)));
    } else if (m_highlight == Highlight::Finding) {
        const QList<Finding>& findings = m_document->assessment()->assessment().findings;
        const Finding& f = findings[m_highlightFinding];
        parts.append(tr("Finding %1 of %2 (%3): %4 and %5 are connected without a gateway, over %n asset(s)", nullptr,
            int(f.path.size()))
                         .arg(QString::number(m_highlightFinding + 1), QString::number(findings.size()),
                             EnumNames::level(severityKey(f.severity)), f.first, f.second));
    }
    if (!m_focusId.isEmpty()) {
        parts.append(tr("Neighbourhood of %1 within %n hop(s)", nullptr, m_focusDepth)
                         .arg(QStringLiteral("%1 (%2)").arg(nameOf(g.find(m_focusId)), m_focusId)));
    }
    parts.append(shown);
    m_status->setText(parts.join(QStringLiteral("   ·   ")));
    m_showAllAction->setEnabled(!m_focusId.isEmpty());
    const bool hasSelection = !selectedAsset().isEmpty();
    m_focusAction->setEnabled(hasSelection);
    m_blastAction->setEnabled(hasSelection);
}

void DependencyGraphView::updateSearchCompletions()
{
    QStringList entries;
    entries.reserve(m_graph->nodeCount());
    for (int i = 0; i < m_graph->nodeCount(); ++i)
        entries.append(searchCompletion(i));
    m_completions->setStringList(entries);
}

QString DependencyGraphView::searchCompletion(int node) const
{
    return QStringLiteral("%1 — %2").arg(m_graph->nodes[std::size_t(node)]->id(), nameOf(node));
}

void DependencyGraphView::onSelectionChanged()
{
    if (m_updatingSelection)
        return;
    updateStatus();
    if (const QString id = selectedAsset(); !id.isEmpty())
        emit assetSelected(id);
}

void DependencyGraphView::selectAsset(const QString& id)
{
    const int node = m_graph->find(id);
    if (node < 0)
        return;
    NodeItem* item = m_graph->nodes[std::size_t(node)];
    if (!item->isVisible())
        showAll();
    m_updatingSelection = true;
    m_scene->clearSelection();
    m_updatingSelection = false;
    item->setSelected(true);
    m_view->centerOn(item);
}

bool DependencyGraphView::search(const QString& rawText)
{
    const Graph& g = *m_graph;
    QString text = rawText.trimmed();
    // A completion reads "ID — name".
    if (const qsizetype dash = text.indexOf(QStringLiteral(" — ")); dash > 0 && g.find(text.left(dash)) >= 0)
        text = text.left(dash);
    if (text.isEmpty())
        return false;

    const Model& model = m_document->model();
    QList<int> exact;
    QList<int> partial;
    for (int i = 0; i < g.nodeCount(); ++i) {
        const Asset& asset = model.assets[i];
        const auto matches = [&](Qt::CaseSensitivity cs, bool whole) {
            for (const QString* s : {&asset.id, &asset.name.ja, &asset.name.en}) {
                if (whole ? s->compare(text, cs) == 0 : s->contains(text, cs))
                    return true;
            }
            return false;
        };
        if (asset.id == text || matches(Qt::CaseInsensitive, true))
            exact.append(i);
        else if (matches(Qt::CaseInsensitive, false))
            partial.append(i);
    }
    const QList<int> found = exact + partial;
    if (found.isEmpty()) {
        m_statusMessage = tr("No asset matches “%1”").arg(text);
        updateStatus();
        m_statusMessage.clear();
        return false;
    }
    // Pressing Enter again with the same text moves on to the next match.
    m_searchStep = text == m_lastSearch ? (m_searchStep + 1) % int(found.size()) : 0;
    m_lastSearch = text;
    selectAsset(g.nodes[std::size_t(found[m_searchStep])]->id());
    if (found.size() > 1) {
        m_statusMessage = tr("Match %1 of %2 for “%3” (Enter for the next)")
                              .arg(QString::number(m_searchStep + 1), QString::number(found.size()), text);
    }
    updateStatus();
    m_statusMessage.clear();
    return true;
}

void DependencyGraphView::focusAsset(const QString& id, int depth)
{
    if (m_graph->find(id) < 0)
        return;
    m_focusId = id;
    m_focusDepth = std::max(0, depth);
    if (m_depth->value() != depth && depth >= m_depth->minimum() && depth <= m_depth->maximum()) {
        const QSignalBlocker blocker(m_depth);
        m_depth->setValue(depth);
    }
    m_updatingSelection = true;
    placeItems(true);
    m_updatingSelection = false;
    m_graph->nodes[std::size_t(m_graph->find(id))]->setSelected(true);
    fitToView();
    updateStatus();
}

void DependencyGraphView::showAll()
{
    if (m_focusId.isEmpty())
        return;
    m_statusMessage.clear();
    const QString previous = m_focusId;
    m_focusId.clear();
    m_updatingSelection = true;
    placeItems(false);
    m_updatingSelection = false;
    if (const int node = m_graph->find(previous); node >= 0)
        m_view->centerOn(m_graph->centreOf(node));
    updateStatus();
}

int DependencyGraphView::highlightBlastRadius(const QString& id)
{
    if (m_graph->find(id) < 0)
        return -1;
    m_highlight = Highlight::BlastRadius;
    m_highlightAsset = id;
    applyHighlight();
    const NodeItem* node = m_graph->nodes[std::size_t(m_graph->find(id))];
    const QRectF shown = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    if (node->isVisible() && !shown.contains(node->sceneBoundingRect()))
        m_view->centerOn(node);
    return int(m_blastCount);
}

bool DependencyGraphView::highlightFinding(int index)
{
    const QList<Finding>& findings = m_document->assessment()->assessment().findings;
    if (index < 0 || index >= findings.size())
        return false;
    m_highlight = Highlight::Finding;
    m_highlightFinding = index;
    {
        const QSignalBlocker blocker(m_findings);
        m_findings->setCurrentIndex(index + 1);
    }
    // The path must be visible to be seen: leave a focus that hides part of it.
    QRectF bounds;
    for (const QString& id : findings[index].path) {
        const int v = m_graph->find(id);
        if (v >= 0 && !m_graph->nodes[std::size_t(v)]->isVisible())
            showAll();
    }
    applyHighlight();
    for (const QString& id : findings[index].path) {
        if (const int v = m_graph->find(id); v >= 0)
            bounds |= QRectF(m_graph->nodes[std::size_t(v)]->pos(), QSizeF(kNodeWidth, kNodeHeight));
    }
    // Frame the path, close enough to read its labels, far enough to see what it runs past.
    if (!bounds.isEmpty())
        frame(bounds.adjusted(-160, -120, 160, 120));
    return true;
}

void DependencyGraphView::clearHighlight()
{
    m_highlight = Highlight::None;
    m_highlightAsset.clear();
    m_highlightFinding = -1;
    applyHighlight();
}

void DependencyGraphView::scaleBy(double factor)
{
    const double current = zoom();
    const double target = std::clamp(current * factor, kMinZoom, kMaxZoom);
    if (current <= 0 || std::abs(target - current) < 1e-9)
        return;
    m_view->scale(target / current, target / current);
    m_autoFit = false;
}

void DependencyGraphView::zoomIn()
{
    scaleBy(1.25);
}

void DependencyGraphView::zoomOut()
{
    scaleBy(1 / 1.25);
}

void DependencyGraphView::fitToView()
{
    if (m_view->viewport()->size().isEmpty())
        return;
    if (m_graph->nodes.empty()) {
        m_view->resetTransform();
        return;
    }
    frame(m_scene->sceneRect(), true);
    m_viewPlaced = true;
    m_autoFit = true;
}

void DependencyGraphView::frame(const QRectF& rect, bool wholeScene)
{
    // The whole scene at this scale needs no scroll bars, so measure the viewport without them;
    // otherwise the result would depend on whether they happened to be showing.
    const QSize viewport = wholeScene ? m_view->maximumViewportSize() - QSize(2, 2) : m_view->viewport()->size();
    if (viewport.isEmpty() || rect.isEmpty())
        return;
    // Never beyond natural size: a small neighbourhood blown up looks like a different application.
    const qreal scale
        = std::clamp(std::min(viewport.width() / rect.width(), viewport.height() / rect.height()), kMinZoom, 1.0);
    m_view->setTransform(QTransform::fromScale(scale, scale));
    m_view->centerOn(rect.center());
    m_autoFit = false;
}

void DependencyGraphView::showContextMenu(const QPoint& pos)
{
    auto* node = dynamic_cast<NodeItem*>(m_view->itemAt(pos));
    QMenu menu(this);
    if (node) {
        const QString id = node->id();
        if (!node->isSelected())
            selectAsset(id);
        menu.addAction(tr("Focus on this asset"), this, [this, id] { focusAsset(id, m_depth->value()); });
        menu.addAction(tr("Show blast radius"), this, [this, id] { highlightBlastRadius(id); });
        menu.addAction(tr("What if it fails? (new scenario)"), this, [this, id] { emit assetFailureRequested(id); });
        menu.addAction(tr("Copy ID"), this, [id] { QGuiApplication::clipboard()->setText(id); });
        menu.addSeparator();
    }
    menu.addAction(m_showAllAction);
    menu.addAction(m_clearAction);
    menu.addAction(m_fitAction);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace mamori
