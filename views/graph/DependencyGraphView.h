#pragma once

// The dependency graph of the open project: assets as boxes coloured by tier, gateways marked, each
// dependency an arrow from the dependent down to what it depends on, styled by kind, laid out in
// layers (GraphLayout). Above it a tool bar: search, zoom, focus on a neighbourhood, blast radius,
// the tier-separation findings, a legend.
//
// What is drawn follows the document: the scene is rebuilt on modelReset() and on changed() when an
// asset or dependency changed, keeping zoom, the asset at the centre, the selection, the focus and
// the highlight where they still exist. Numbers (impact, blast radius, findings) come from the
// document's LiveAssessment; the blast radius highlight itself is reverse reachability in the model
// as drawn, so it matches the picture even while the engine is still catching up with an edit.
//
// At most one highlight at a time (a blast radius or a finding's path): the rest is dimmed. Focus
// hides everything farther than `depth` hops from one asset (either direction) and lays out what is
// left on its own, so a neighbourhood reads as a small graph instead of dots across a large canvas.
//
// Ownership: the scene, its items, the tool bar and the legend are children of this widget; the
// document is not.
//
// Files: this page with its tool bar, search and menus in DependencyGraphView.cpp; building, placing
// and marking the drawing in DependencyGraphDrawing.cpp; the items, canvas, legend and colours in
// GraphItems, GraphCanvas, GraphLegend and GraphStyle.

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <memory>
#include <utility>

class QAction;
class QComboBox;
class QGraphicsScene;
class QGraphicsView;
class QLabel;
class QLineEdit;
class QRectF;
class QSpinBox;
class QStringListModel;
class QToolBar;

namespace mamori {

class ProjectDocument;
struct GraphLayoutOptions;

class DependencyGraphView : public QWidget {
    Q_OBJECT

public:
    explicit DependencyGraphView(ProjectDocument* document, QWidget* parent = nullptr);
    ~DependencyGraphView() override;

    QGraphicsView* graphicsView() const;
    QGraphicsScene* scene() const;

    /// Asset boxes and dependency arrows in the scene (hidden ones included).
    int nodeCount() const;
    int edgeCount() const;
    /// The layer of an asset in the full drawing (0 at the top), -1 for an unknown id.
    int layerOf(const QString& id) const;
    /// Ids of the assets currently shown (all of them unless focused), in model order.
    QStringList visibleAssets() const;
    /// Ids of the highlighted assets (the blast radius with its source, or a finding's path).
    QStringList highlightedAssets() const;
    /// Highlighted dependencies as (from, to) pairs.
    QList<std::pair<QString, QString>> highlightedDependencies() const;
    QString selectedAsset() const;
    /// The asset the view is focused on, empty when everything is shown.
    QString focusedAsset() const;
    /// Current scale: 1 is one scene unit per pixel.
    double zoom() const;

    /// Selects the asset, showing everything first when it is hidden by a focus, and centres on it.
    void selectAsset(const QString& id);
    /// Finds an asset by id or name (either language; exact before partial, repeated calls with the
    /// same text step through the matches), selects and centres it. False when nothing matches.
    bool search(const QString& text);
    /// Shows only `id` and the assets within `depth` dependency hops of it, in either direction.
    void focusAsset(const QString& id, int depth);
    /// Leaves focus: every asset shown again in the full layout.
    void showAll();
    /// Highlights `id` and every asset that depends on it directly or transitively (what stops or
    /// leaks when it fails). Returns how many assets depend on it, -1 for an unknown id.
    int highlightBlastRadius(const QString& id);
    /// Highlights the path of tier-separation finding `index` of the current assessment: its assets
    /// and the connects_via dependencies between consecutive ones. False for an index out of range.
    bool highlightFinding(int index);
    void clearHighlight();

    void zoomIn();
    void zoomOut();
    /// Scales so that everything shown fits (never enlarging beyond natural size).
    void fitToView();

signals:
    /// The user (or selectAsset()) selected one asset.
    void assetSelected(const QString& id);
    /// The user asked what happens if the asset fails (a what-if scenario, ScenariosPage).
    void assetFailureRequested(const QString& id);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Graph;
    enum class Highlight { None, BlastRadius, Finding };

    void createToolBar();
    void retranslate();
    void rebuild();
    void placeItems(bool focused);
    void routeEdges();
    void applyHighlight();
    void updateFindings();
    void updateStatus();
    void updateSearchCompletions();
    /// The search box's completion of one node: "ID — name".
    QString searchCompletion(int node) const;
    void onSelectionChanged();
    void showContextMenu(const QPoint& pos);
    void scaleBy(double factor);
    /// Scales (at most to natural size) and centres so that `rect` is in view; `wholeScene` when
    /// `rect` is the scene rectangle.
    void frame(const QRectF& rect, bool wholeScene = false);
    GraphLayoutOptions layoutOptions() const;
    QString toolTipFor(int node) const;
    QString nameOf(int node) const;

    ProjectDocument* m_document;
    std::unique_ptr<Graph> m_graph;
    QGraphicsScene* m_scene;
    QGraphicsView* m_view;
    QWidget* m_legend;
    QToolBar* m_toolBar = nullptr;
    QLineEdit* m_search = nullptr;
    QStringListModel* m_completions = nullptr;
    QSpinBox* m_depth = nullptr;
    QComboBox* m_findings = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_depthLabel = nullptr;
    QAction* m_zoomInAction = nullptr;
    QAction* m_zoomOutAction = nullptr;
    QAction* m_fitAction = nullptr;
    QAction* m_focusAction = nullptr;
    QAction* m_showAllAction = nullptr;
    QAction* m_blastAction = nullptr;
    QAction* m_clearAction = nullptr;
    QAction* m_legendAction = nullptr;

    QString m_focusId;
    int m_focusDepth = 1;
    Highlight m_highlight = Highlight::None;
    QString m_highlightAsset;
    int m_highlightFinding = -1;
    qsizetype m_blastCount = 0;
    QString m_lastSearch;
    int m_searchStep = 0;
    /// Above this many assets the page opens on the neighbourhood of the asset most others depend on,
    /// among those with a readable neighbourhood (issue 16): every box of a 10,000-asset ward at once is unreadable and
    /// slow to paint.
    static constexpr int kLargeGraphNodes = 1500;
    /// At most this many dependencies to and from the asset opened on: its neighbourhood stays readable.
    static constexpr std::size_t kReadableDependencies = 200;
    void openOnNeighbourhoodIfLarge();
    QString m_statusMessage; ///< a transient message (search result) shown instead of the summary
    bool m_viewPlaced = false; ///< the view has been fitted once; later rebuilds keep zoom and centre
    bool m_autoFit = false; ///< the user has not zoomed since the last fit: refit when resized
    bool m_updatingSelection = false;
};

} // namespace mamori
