#pragma once

// The main window: a navigator of the project's views on the left (dashboard, registers, risk
// register, response policy, plan, findings, audit findings, review, dependency graph, continuity, scenarios,
// compare), the selected view in the
// middle, a details dock with "why this score?", the undo history, File/Edit/View/Help menus with the standard
// shortcuts, and the model's risk totals in the status bar. Edits anywhere go through the document's undo stack.

#include "Entities.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>

class QDockWidget;
class QLabel;
class QLineEdit;
class QListWidget;
class QStackedWidget;
class QTimer;
class QToolBar;
class QUndoView;

namespace mamori {

class AuditFindingsPage;
class Autosave;
class BusyIndicator;
class ComparePage;
class ContinuityPage;
class DashboardView;
class DependencyGraphView;
class DetailsPanel;
class FindingsPage;
class InspectionsPage;
class LoadingOverlay;
struct LoadedModel;
class ProjectDocument;
struct UserEdit;
class ProjectLock;
class RegisterPage;
class ReviewPage;
class RiskRegisterPage;
class ResponsePolicyPage;
class PlanPage;
class ScenarioBanner;
class ScenariosPage;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    /// The pages of the navigator, in order.
    enum Page {
        Dashboard,
        Assets,
        Dependencies,
        Threats,
        Exposures,
        Controls,
        Risks,
        ResponsePolicy,
        Plan,
        Findings,
        Inspections,
        AuditFindings,
        Review,
        Graph,
        Continuity,
        Scenarios,
        Compare,
        PageCount
    };

    explicit MainWindow(ProjectDocument* document, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens a file as File > Open would; returns false (after telling the user) on failure. The file
    /// is read on a worker thread while the window keeps painting, with its input blocked; the pages
    /// are ready when ready() is emitted (isReady()), once the assessment of the opened model arrives.
    /// Edits made before that are applied and assessed after it, never lost.
    bool openFile(const QString& path);
    /// False from the opening of a project (a file, new, the sample, a recovered copy) until its
    /// assessment has reached every page; meanwhile a large project's pages are covered by a progress
    /// message.
    bool isReady() const { return !m_loading && !m_readingFile; }
    /// File > Compare with another project file…, once the file is chosen: reads it on a worker (a
    /// progress dialog if that takes a moment), then shows the Compare page against its baseline, or
    /// a message naming the file and its problems. Returns whether the comparison is shown.
    bool compareWithFile(const QString& path);
    /// Offers to restore unsaved work left by a Mamori that did not close normally.
    void offerRecovery();
    /// Shows the window as it was left, or maximized on the first start (no saved geometry): a fixed
    /// size would cut the registers' columns on a laptop and waste a large screen.
    void showAtStart();
    void showPage(Page page);
    Page currentPage() const;
    RegisterPage* registerPage(Page page) const;
    RiskRegisterPage* riskRegisterPage() const { return m_riskPage; }
    ResponsePolicyPage* responsePolicyPage() const { return m_policyPage; }
    PlanPage* planPage() const { return m_planPage; }
    DependencyGraphView* graphView() const { return m_graph; }
    ContinuityPage* continuityPage() const { return m_continuity; }
    ScenariosPage* scenariosPage() const { return m_scenarios; }
    ComparePage* comparePage() const { return m_compare; }
    FindingsPage* findingsPage() const { return m_findings; }
    AuditFindingsPage* auditFindingsPage() const { return m_auditFindings; }
    ReviewPage* reviewPage() const { return m_review; }
    ScenarioBanner* scenarioBanner() const { return m_banner; }
    Autosave* autosave() const { return m_autosave; }

signals:
    /// The opened project's assessment has reached every page (isReady()).
    void ready();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createPages();
    void createDocks();
    void createScenarioPages();
    void createAuditPages();
    void createActions();
    void createFileMenu(QToolBar* toolbar);
    void createEditMenu(QToolBar* toolbar);
    void createViewMenu();
    void retranslate();
    /// A project was opened: until its assessment arrives the window is loading.
    void beginLoading();
    /// The assessment may be the loading project's: then the pages are shown and ready() emitted.
    void endLoadingIfAssessed();
    /// Blocks or unblocks the window's input while a file is read on a worker.
    void setInputBlocked(bool blocked);
    /// loadModelFile(path) on a worker thread; the window paints "Opening…" over the pages meanwhile.
    LoadedModel readFile(const QString& path);
    void updateTitle();
    /// The window starts working on an edit: "計算中…" if it lasts.
    void beginBusy();
    void updateStatus();
    void applyFilter(const QString& text);
    /// Whether the filter box applies to `page` (every page with a table of items).
    bool filtersPage(Page page) const;
    void connectFilterClearing();
    void showEditError(const QString& message);
    bool maybeSave();
    bool save();
    bool saveAs();
    bool saveTo(const QString& path);
    void newProject();
    void openSample();
    void open();
    void openRecent(const QString& path);
    void rememberRecent(const QString& path);
    void rebuildRecentMenu();
    void addItem();
    /// Edit > Add of an item with an id: asks for it (IdDialog), proposing `proposed`, and applies
    /// `add(id)`; true when an item was added.
    bool addWithId(const QString& label, const QString& proposed, const std::function<UserEdit(const QString&)>& add);
    /// Edit > Add of a dependency or an exposure: asks for both ids; true when one was added.
    bool addPair();
    void deleteSelected();
    void showSettings();
    void about();
    void selectAsset(const QString& id);
    void selectControl(const QString& id);

    ProjectDocument* m_document;
    std::unique_ptr<ProjectLock> m_lock;
    Autosave* m_autosave = nullptr;
    QListWidget* m_navigator = nullptr;
    QStackedWidget* m_pages = nullptr;
    QLineEdit* m_filter = nullptr;
    QTimer* m_filterTimer = nullptr; ///< the filter applied after a pause in typing (large wards)
    QLabel* m_totals = nullptr;
    BusyIndicator* m_busy = nullptr;
    LoadingOverlay* m_loadingOverlay = nullptr; ///< over the pages while a large project is assessed
    bool m_loading = false; ///< the assessment of the opened project has not arrived yet
    bool m_readingFile = false; ///< openFile() is reading on a worker
    QList<QPointer<QAction>> m_blockedActions; ///< switched off by setInputBlocked(true), to switch on again
    quint64 m_loadingRevision = 0; ///< the document's revision when the project was opened
    QMenu* m_recentMenu = nullptr;
    QDockWidget* m_detailsDock = nullptr;
    QDockWidget* m_historyDock = nullptr;
    DetailsPanel* m_details = nullptr;
    QUndoView* m_history = nullptr;
    QList<RegisterPage*> m_registers; ///< indexed by Page; null for pages that are not registers
    RiskRegisterPage* m_riskPage = nullptr;
    ResponsePolicyPage* m_policyPage = nullptr;
    PlanPage* m_planPage = nullptr;
    RiskKey m_currentRisk; ///< the risk last selected in the risk register or the response policy
    FindingsPage* m_findings = nullptr;
    InspectionsPage* m_inspections = nullptr;
    AuditFindingsPage* m_auditFindings = nullptr;
    ReviewPage* m_review = nullptr;
    DependencyGraphView* m_graph = nullptr;
    DashboardView* m_dashboard = nullptr;
    ContinuityPage* m_continuity = nullptr;
    ScenariosPage* m_scenarios = nullptr;
    ComparePage* m_compare = nullptr;
    ScenarioBanner* m_banner = nullptr;
    bool m_firstStart = false; ///< no saved geometry: opened maximized
};

} // namespace mamori
