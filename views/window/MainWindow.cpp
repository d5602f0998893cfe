#include "window/MainWindow.h"

#include "BuiltIn.h"
#include "DisplayLanguage.h"
#include "FilePaths.h"
#include "ModelEdit.h"
#include "ModelFile.h"
#include "NumberFormat.h"
#include "ProjectFile.h"
#include "ProjectLock.h"
#include "Translations.h"
#include "audit/AuditFindingsPage.h"
#include "audit/ReviewPage.h"
#include "continuity/ContinuityPage.h"
#include "dashboard/DashboardView.h"
#include "document/Autosave.h"
#include "document/Edits.h"
#include "document/LiveAssessment.h"
#include "document/ProjectDocument.h"
#include "editors/ItemEditors.h"
#include "graph/DependencyGraphView.h"
#include "inspection/InspectionActions.h"
#include "inspection/InspectionsPage.h"
#include "registers/RegisterPage.h"
#include "registers/RegisterTableModel.h"
#include "registers/Registers.h"
#include "risk/DetailsPanel.h"
#include "risk/FindingsPage.h"
#include "risk/RiskRegisterPage.h"
#include "scenarios/ComparePage.h"
#include "scenarios/ScenarioBanner.h"
#include "scenarios/ScenariosPage.h"
#include "sheets/SheetActions.h"
#include "treatment/PlanPage.h"
#include "treatment/ProposalsDialog.h"
#include "treatment/ResponsePolicyPage.h"
#include "widgets/BusyIndicator.h"
#include "widgets/IdDialog.h"
#include "widgets/LoadingOverlay.h"
#include "widgets/WorkerProgress.h"
#include "window/ReportExportDialog.h"
#include "window/SettingsDialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

#include <utility>

namespace mamori {

namespace {
constexpr int kMaxRecentFiles = 8;
const QString kRecentKey = QStringLiteral("files/recent");
const QString kGeometryKey = QStringLiteral("window/geometry");
constexpr int kFileMessageMs = 10000; // where a saved or exported file went: long enough to read a path
/// The filter box waits this long after a keystroke before filtering a large ward (typing on).
constexpr int kFilterDelayMs = 150;
/// Below this many items and risks together, the filter follows every keystroke at once.
constexpr qsizetype kImmediateFilterRows = 20000;
const QString kStateKey = QStringLiteral("window/state");
/// From this many assets on, the pages are covered with a progress message until the opened project's
/// assessment arrives (a second or more); a smaller ward's comes before the window is painted again.
constexpr qsizetype kLoadingOverlayAssets = 1000;
/// A file read for longer than this says so over the pages.
constexpr int kReadingMessageDelayMs = 150;

/// Navigator titles, translated when shown (context mamori::MainWindow).
const char* const kPageTitles[] = {QT_TRANSLATE_NOOP("mamori::MainWindow", "Dashboard"),
    QT_TRANSLATE_NOOP("mamori::MainWindow", "Assets"), QT_TRANSLATE_NOOP("mamori::MainWindow", "Dependencies"),
    QT_TRANSLATE_NOOP("mamori::MainWindow", "Threats"), QT_TRANSLATE_NOOP("mamori::MainWindow", "Exposures"),
    QT_TRANSLATE_NOOP("mamori::MainWindow", "Controls"), QT_TRANSLATE_NOOP("mamori::MainWindow", "Risk register"),
    QT_TRANSLATE_NOOP("mamori::MainWindow", "Response policy"),
    QT_TRANSLATE_NOOP("mamori::MainWindow", "Risk response plan"), QT_TRANSLATE_NOOP("mamori::MainWindow", "Findings"),
    QT_TRANSLATE_NOOP("mamori::MainWindow", "Self-inspection"),
    QT_TRANSLATE_NOOP("mamori::MainWindow", "Audit findings"), QT_TRANSLATE_NOOP("mamori::MainWindow", "Review"),
    QT_TRANSLATE_NOOP("mamori::MainWindow", "Dependency graph"), QT_TRANSLATE_NOOP("mamori::MainWindow", "Continuity"),
    QT_TRANSLATE_NOOP("mamori::MainWindow", "Scenarios"), QT_TRANSLATE_NOOP("mamori::MainWindow", "Compare")};
static_assert(std::size(kPageTitles) == MainWindow::PageCount);

/// A page whose controls need more width than a laptop screen leaves beside the navigator and the
/// details dock scrolls sideways when the window is narrow, instead of forcing every page (the stack
/// takes the widest page's minimum) and the details dock to squeeze.
QWidget* scrollableIfNarrow(QWidget* page)
{
    auto* area = new QScrollArea;
    area->setWidget(page);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

/// A menu action with its shortcut and the object name tests and the tool bar find it by.
template <typename Shortcut, typename Slot>
QAction* addMenuAction(
    QMenu* menu, MainWindow* window, const QString& text, Shortcut shortcut, Slot slot, const char* name)
{
    QAction* a = menu->addAction(text, window, slot);
    a->setShortcut(QKeySequence(shortcut));
    a->setObjectName(QString::fromLatin1(name));
    return a;
}

} // namespace

MainWindow::MainWindow(ProjectDocument* document, QWidget* parent)
    : QMainWindow(parent)
    , m_document(document)
    , m_lock(std::make_unique<ProjectLock>())
{
    setObjectName(QStringLiteral("MainWindow"));
    createPages();
    createDocks();

    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("statusTotals"));
    m_busy = new BusyIndicator(this);
    statusBar()->addPermanentWidget(m_busy);
    statusBar()->addPermanentWidget(m_totals);
    m_loadingOverlay = new LoadingOverlay(m_pages, centralWidget());

    connect(document, &ProjectDocument::modelReset, this, [this] {
        updateStatus();
        updateTitle();
    });
    connect(document, &ProjectDocument::projectReset, this, &MainWindow::beginLoading);
    connect(document, &ProjectDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(document, &ProjectDocument::activeScenarioChanged, this, &MainWindow::updateTitle);
    connect(document, &ProjectDocument::scenariosChanged, this, &MainWindow::updateTitle);
    connect(document, &ProjectDocument::filePathChanged, this, &MainWindow::updateTitle);
    // After every page's own connection: when this runs, each page has the new assessment.
    connect(document->assessment(), &LiveAssessment::updated, this, [this] {
        endLoadingIfAssessed();
        updateStatus();
    });
    connect(document, &ProjectDocument::editStarted, this, &MainWindow::beginBusy);
    connect(document->assessment(), &LiveAssessment::busyChanged, this, [this](bool busy) {
        if (busy)
            beginBusy();
        else
            m_busy->end();
    });

    m_autosave = new Autosave(document, Autosave::defaultDirectory(), this);
    m_autosave->setIntervalSeconds(SettingsDialog::autosaveSeconds());
    // A recovery copy that cannot be written is said where the user looks, and stays until the next
    // message: the user should save (and may be about to lose work to a full disk).
    connect(m_autosave, &Autosave::writeFailed, this, [this](const QString& error) {
        statusBar()->showMessage(tr("Unsaved changes could not be kept for recovery; save the project. %1").arg(error));
    });
    if (!document->filePath().isEmpty())
        m_lock->acquire(document->filePath());

    createActions();
    if (document->assessment()->assessedRevision() < document->revision())
        beginLoading(); // the document was opened before the window: its assessment is on its way
    retranslate();
    updateStatus();

    QSettings settings;
    m_firstStart = !restoreGeometry(settings.value(kGeometryKey).toByteArray());
    if (m_firstStart) {
        // The size to come back to from maximized, never larger than the screen (1366 x 768 laptops).
        const QSize available = screen() ? screen()->availableGeometry().size() : QSize(1366, 860);
        resize(QSize(1366, 860).boundedTo(available));
    }
    if (!restoreState(settings.value(kStateKey).toByteArray()))
        resizeDocks({m_detailsDock}, {400}, Qt::Horizontal); // room for "why this score?" tables
}

MainWindow::~MainWindow() = default;

void MainWindow::createPages()
{
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    m_banner = new ScenarioBanner(m_document, central);
    layout->addWidget(m_banner);
    m_filter = new QLineEdit(central);
    m_filter->setObjectName(QStringLiteral("registerFilter"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);

    auto* splitter = new QSplitter(Qt::Horizontal, central);
    m_navigator = new QListWidget(splitter);
    m_navigator->setObjectName(QStringLiteral("navigator"));
    m_pages = new QStackedWidget(splitter);
    splitter->addWidget(m_navigator);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(0, false);
    splitter->setSizes({190, 1100});
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    m_registers.fill(nullptr, PageCount);
    auto addRegister = [this](Page page, RegisterTableModel* model, const char* key) {
        auto* p = new RegisterPage(model, QString::fromLatin1(key), m_pages);
        connect(model, &RegisterTableModel::editRefused, this, &MainWindow::showEditError);
        connect(p, &RegisterPage::detailsRequested, this,
            [this, model](int row) { editItemDetails(this, m_document, model->entity(), row); });
        m_registers[page] = p;
        return p;
    };
    m_dashboard = new DashboardView(m_document, m_pages);
    m_pages->addWidget(m_dashboard);
    RegisterPage* assets = addRegister(Assets, makeAssetRegister(m_document, this), "assets");
    m_pages->addWidget(assets);
    m_pages->addWidget(addRegister(Dependencies, makeDependencyRegister(m_document, this), "dependencies"));
    m_pages->addWidget(addRegister(Threats, makeThreatRegister(m_document, this), "threats"));
    m_pages->addWidget(addRegister(Exposures, makeExposureRegister(m_document, this), "exposures"));
    RegisterPage* controls = addRegister(Controls, makeControlRegister(m_document, this), "controls");
    m_pages->addWidget(controls);
    m_riskPage = new RiskRegisterPage(m_document, m_pages);
    m_pages->addWidget(m_riskPage);
    m_policyPage = new ResponsePolicyPage(m_document, m_pages);
    m_pages->addWidget(scrollableIfNarrow(m_policyPage));
    m_planPage = new PlanPage(m_document, addRegister(Plan, makePlanRegister(m_document, this), "plan"), m_pages);
    m_pages->addWidget(m_planPage);
    connect(m_planPage, &PlanPage::statusMessage, this,
        [this](const QString& message) { statusBar()->showMessage(message, kFileMessageMs); });
    m_findings = new FindingsPage(m_document, m_pages);
    m_pages->addWidget(m_findings);
    m_inspections = new InspectionsPage(m_document, m_pages);
    m_pages->addWidget(m_inspections);
    createAuditPages();
    m_graph = new DependencyGraphView(m_document, m_pages);
    m_pages->addWidget(m_graph);
    m_continuity = new ContinuityPage(m_document, m_pages);
    m_pages->addWidget(m_continuity);
    createScenarioPages();

    for (int i = 0; i < PageCount; ++i)
        m_navigator->addItem(QString());
    connect(m_navigator, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_navigator, &QListWidget::currentRowChanged, this, [this] {
        m_filter->setEnabled(filtersPage(currentPage()));
        applyFilter(m_filter->text());
    });
    // On a large ward the filter waits for a pause in typing (each pass reads every row); on a small one
    // it follows every keystroke. Emptying the box applies at once.
    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(kFilterDelayMs);
    connect(m_filterTimer, &QTimer::timeout, this, [this] { applyFilter(m_filter->text()); });
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        const qsizetype rows = m_document->model().assets.size() + m_document->assessment()->assessment().risks.size();
        if (text.isEmpty() || rows < kImmediateFilterRows)
            applyFilter(text);
        else
            m_filterTimer->start();
    });
    connectFilterClearing();
    m_navigator->setCurrentRow(Dashboard); // the ward at a glance first, then the registers

    connect(assets, &RegisterPage::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_document->model().assets.size())
            m_details->showAsset(m_document->model().assets[row].id);
    });
    connect(controls, &RegisterPage::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_document->model().controls.size())
            m_details->showControl(m_document->model().controls[row].id);
    });
    connect(m_riskPage, &RiskRegisterPage::riskSelected, this, [this](const QString& asset, const QString& threat) {
        m_currentRisk = {asset, threat};
        m_details->showRisk(asset, threat);
        m_detailsDock->show();
    });
    connect(m_policyPage, &ResponsePolicyPage::riskSelected, this, [this](const QString& asset, const QString& threat) {
        m_currentRisk = {asset, threat};
        m_details->showRisk(asset, threat);
    });
    connect(m_policyPage, &ResponsePolicyPage::editFailed, this, &MainWindow::showEditError);
    connect(m_findings, &FindingsPage::findingActivated, this, [this](int index) {
        showPage(Graph);
        m_graph->highlightFinding(index);
    });
    connect(m_dashboard, &DashboardView::cellActivated, this, [this](bool residual, int likelihood, int impact) {
        showPage(Risks);
        m_riskPage->filterToCell(residual, likelihood, impact);
    });
    connect(
        m_graph, &DependencyGraphView::assetSelected, this, [this](const QString& id) { m_details->showAsset(id); });
}

void MainWindow::createScenarioPages()
{
    m_scenarios = new ScenariosPage(m_document, m_pages);
    m_pages->addWidget(scrollableIfNarrow(m_scenarios));
    m_compare = new ComparePage(m_document, m_pages);
    m_pages->addWidget(scrollableIfNarrow(m_compare));
    connect(m_scenarios, &ScenariosPage::compareRequested, this, [this](const QString& base, const QString& scenario) {
        m_compare->compare(base, scenario);
        showPage(Compare);
    });
    connect(m_scenarios, &ScenariosPage::blastRadiusRequested, this, [this](const QString& asset) {
        showPage(Graph);
        m_graph->highlightBlastRadius(asset);
        m_graph->selectAsset(asset);
    });
    connect(m_graph, &DependencyGraphView::assetFailureRequested, m_scenarios, &ScenariosPage::whatIfAssetFails);
    connect(m_banner, &ScenarioBanner::compareRequested, this, [this] {
        const QList<Scenario>& list = m_document->baseline().scenarios;
        const qsizetype at = indexOfId(list, m_document->activeScenario());
        if (at < 0)
            return;
        m_compare->compare(list[at].base, list[at].id);
        showPage(Compare);
    });
}

void MainWindow::createAuditPages()
{
    // The audit findings (§9) and the policy review (§10), right after the three-tier findings.
    auto* audit = new RegisterPage(makeAuditFindingRegister(m_document, this), QStringLiteral("auditFindings"));
    connect(audit->model(), &RegisterTableModel::editRefused, this, &MainWindow::showEditError);
    m_registers[AuditFindings] = audit;
    m_auditFindings = new AuditFindingsPage(m_document, audit, m_pages);
    m_pages->addWidget(m_auditFindings);
    m_review = new ReviewPage(m_document, m_pages);
    m_pages->addWidget(m_review);
    const auto status = [this](const QString& message) { statusBar()->showMessage(message, kFileMessageMs); };
    connect(m_auditFindings, &AuditFindingsPage::statusMessage, this, status);
    connect(m_auditFindings, &AuditFindingsPage::editFailed, this, &MainWindow::showEditError);
    connect(m_review, &ReviewPage::editFailed, this, &MainWindow::showEditError);
    connect(m_findings, &FindingsPage::statusMessage, this, status);
    connect(m_findings, &FindingsPage::editFailed, this, &MainWindow::showEditError);
}

void MainWindow::createDocks()
{
    m_details = new DetailsPanel(m_document, this);
    m_detailsDock = new QDockWidget(this);
    m_detailsDock->setObjectName(QStringLiteral("detailsDock"));
    m_detailsDock->setWidget(m_details);
    addDockWidget(Qt::RightDockWidgetArea, m_detailsDock);
    connect(m_details, &DetailsPanel::assetActivated, this, &MainWindow::selectAsset);
    connect(m_details, &DetailsPanel::controlActivated, this, &MainWindow::selectControl);
    connect(m_details, &DetailsPanel::riskActivated, this, [this](const QString& asset, const QString& threat) {
        showPage(Risks);
        m_riskPage->selectRisk(asset, threat);
    });

    m_history = new QUndoView(m_document->undoStack(), this);
    m_history->setObjectName(QStringLiteral("undoHistory"));
    m_historyDock = new QDockWidget(this);
    m_historyDock->setObjectName(QStringLiteral("historyDock"));
    m_historyDock->setWidget(m_history);
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    tabifyDockWidget(m_detailsDock, m_historyDock);
    m_detailsDock->raise();
}

void MainWindow::createActions()
{
    // The menus of the previous language go, with their actions: clear() alone would keep them alive,
    // shortcuts included, beside the new ones.
    menuBar()->clear();
    qDeleteAll(menuBar()->findChildren<QMenu*>(QString(), Qt::FindDirectChildrenOnly));
    for (QToolBar* bar : findChildren<QToolBar*>(QString(), Qt::FindDirectChildrenOnly))
        delete bar;

    QToolBar* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    createFileMenu(toolbar);
    createEditMenu(toolbar);
    createViewMenu();
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Mamori"), this, &MainWindow::about)->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createFileMenu(QToolBar* toolbar)
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    toolbar->addAction(addMenuAction(file, this, tr("&New"), QKeySequence::New, &MainWindow::newProject, "actionNew"));
    toolbar->addAction(addMenuAction(file, this, tr("&Open…"), QKeySequence::Open, &MainWindow::open, "actionOpen"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("Open the &sample ward"), this, &MainWindow::openSample);
    file->addSeparator();
    toolbar->addAction(addMenuAction(file, this, tr("&Save"), QKeySequence::Save, &MainWindow::save, "actionSave"));
    // Ctrl+Shift+S everywhere: Qt's SaveAs key is empty on Windows, where users expect this one.
    addMenuAction(file, this, tr("Save &As…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), &MainWindow::saveAs,
        "actionSaveAs");
    file->addSeparator();
    // This year against last year's file: the Compare page with that file as the other side.
    QAction* compareFile = file->addAction(tr("Compare with another project &file…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Compare with another project file"), QString(),
            tr("Mamori files (*.mamori *.json);;All files (*)"));
        if (!path.isEmpty())
            compareWithFile(path);
    });
    compareFile->setObjectName(QStringLiteral("actionCompareWithFile"));
    // The ward's spreadsheets in and out; the status bar says what was imported or where a file went.
    const StatusMessage toStatusBar
        = [this](const QString& message) { statusBar()->showMessage(message, kFileMessageMs); };
    addSheetActions(file, this, m_document, toStatusBar);
    // The self-inspection's checklists go out and come back as spreadsheets too.
    addInspectionActions(file, this, m_document, toStatusBar);
    file->addSeparator();
    // Export report…, risk register and plan as CSV; the status bar says where each file went.
    addReportActions(file, this, m_document, [this](const QString& path) {
        statusBar()->showMessage(tr("Written to %1").arg(QDir::toNativeSeparators(path)), kFileMessageMs);
    });
    file->addSeparator();
    QAction* quit = addMenuAction(file, this, tr("&Quit"), QKeySequence::Quit, &QWidget::close, "actionQuit");
    quit->setMenuRole(QAction::QuitRole);
    rebuildRecentMenu();
}

void MainWindow::createEditMenu(QToolBar* toolbar)
{
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_document->undoStack()->createUndoAction(edit, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("actionUndo"));
    QAction* redo = m_document->undoStack()->createRedoAction(edit, tr("&Redo"));
    // Ctrl+Y (the Windows convention) and Ctrl+Shift+Z on every platform, whatever Qt's Redo key is.
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    redo->setObjectName(QStringLiteral("actionRedo"));
    edit->addAction(undo);
    edit->addAction(redo);
    toolbar->addSeparator();
    toolbar->addAction(undo);
    toolbar->addAction(redo);
    edit->addSeparator();
    QAction* addItemAction = addMenuAction(
        edit, this, tr("&Add"), QKeySequence(Qt::CTRL | Qt::Key_Insert), &MainWindow::addItem, "actionAdd");
    QAction* deleteAction = addMenuAction(
        edit, this, tr("&Delete selected"), QKeySequence::Delete, &MainWindow::deleteSelected, "actionDelete");
    deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_pages->addAction(deleteAction); // Delete acts on the register, not on text being typed elsewhere
    // From the risk register to the response policy: decide the selected risk's response.
    addMenuAction(
        edit, this, tr("D&ecide the response…"), QKeySequence(Qt::CTRL | Qt::Key_D),
        [this] {
            if (currentPage() != ResponsePolicy) {
                if (m_currentRisk.asset.isEmpty() || currentPage() != Risks) {
                    showPage(ResponsePolicy);
                    return;
                }
                showPage(ResponsePolicy);
                if (!m_policyPage->selectRisk(m_currentRisk.asset, m_currentRisk.threat))
                    return;
            }
            m_policyPage->openDecideDialog();
        },
        "actionDecide");
    // From the risk register (or the response policy) to the plan: controls that would lower the
    // selected risk, one of which becomes a plan action.
    addMenuAction(
        edit, this, tr("&Propose controls for the risk…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
        [this] {
            if (m_currentRisk.asset.isEmpty()) {
                showEditError(tr("Select a risk in the risk register or the response policy first."));
                return;
            }
            ProposalsDialog dialog(m_document, m_currentRisk, this);
            dialog.exec();
        },
        "actionPropose");
    toolbar->addSeparator();
    toolbar->addAction(addItemAction);
    toolbar->addAction(deleteAction);
    edit->addSeparator();
    QAction* details = addMenuAction(
        edit, this, tr("Edit &details…"), QKeySequence(Qt::ALT | Qt::Key_Return),
        [this] {
            if (RegisterPage* page = registerPage(currentPage()); page && page->currentRow() >= 0)
                editItemDetails(this, m_document, page->model()->entity(), page->currentRow());
        },
        "actionEditDetails");
    toolbar->addAction(details);
    edit->addSeparator();
    addMenuAction(edit, this, tr("&Settings…"), QKeySequence::Preferences, &MainWindow::showSettings, "actionSettings")
        ->setMenuRole(QAction::PreferencesRole);
}

void MainWindow::createViewMenu()
{
    QMenu* view = menuBar()->addMenu(tr("&View"));
    addMenuAction(
        view, this, tr("&Filter the register"), QKeySequence::Find,
        [this] {
            m_filter->setFocus();
            m_filter->selectAll();
        },
        "actionFind");
    view->addSeparator();
    for (int i = 0; i < PageCount; ++i) {
        QAction* a = view->addAction(
            QCoreApplication::translate("mamori::MainWindow", kPageTitles[i]), this, [this, i] { showPage(Page(i)); });
        if (i < 9)
            a->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        else if (i == 9)
            a->setShortcut(QKeySequence(Qt::ALT | Qt::Key_0));
    }
    view->addSeparator();
    view->addAction(m_detailsDock->toggleViewAction());
    view->addAction(m_historyDock->toggleViewAction());
    QMenu* language = view->addMenu(tr("&Language"));
    auto* group = new QActionGroup(language);
    for (const auto& [code, name] : {std::pair {QStringLiteral("ja"), QStringLiteral("日本語")},
             std::pair {QStringLiteral("en"), QStringLiteral("English")}}) {
        QAction* a = language->addAction(name, this, [c = code] {
            installLanguage(c);
            QSettings().setValue(QStringLiteral("ui/language"), c);
        });
        a->setCheckable(true);
        a->setChecked(currentLanguageCode() == code);
        group->addAction(a);
    }
}

void MainWindow::retranslate()
{
    for (int i = 0; i < PageCount; ++i)
        m_navigator->item(i)->setText(QCoreApplication::translate("mamori::MainWindow", kPageTitles[i]));
    // Every page title stays readable, however wide the page beside it asks to be.
    m_navigator->setMinimumWidth(m_navigator->sizeHintForColumn(0) + 2 * m_navigator->frameWidth() + 8);
    m_filter->setPlaceholderText(tr("Filter: type part of an ID, a name or any value (Ctrl+F)"));
    m_detailsDock->setWindowTitle(tr("Details"));
    m_historyDock->setWindowTitle(tr("Undo history"));
    m_history->setEmptyLabel(tr("<opened>"));
    updateTitle();
    updateStatus();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_document->retranslateHistory(); // before the undo action takes its text from the stack
        m_history->setStack(m_document->undoStack()); // the history list reads the texts anew
        createActions();
        retranslate();
        for (RegisterPage* page : std::as_const(m_registers)) {
            if (page)
                page->view()->resizeColumnsToContents();
        }
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::showPage(Page page)
{
    m_navigator->setCurrentRow(page);
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

RegisterPage* MainWindow::registerPage(Page page) const
{
    return page >= 0 && page < PageCount ? m_registers[page] : nullptr;
}

void MainWindow::updateTitle()
{
    const QString scenario = m_document->activeScenarioName();
    // The file beside the model's name, so that two copies of one ward (this year's, last year's) are
    // told apart in the task bar.
    QString name = m_document->displayName();
    const QString file = QFileInfo(m_document->filePath()).fileName();
    if (!file.isEmpty() && name != file)
        name = tr("%1 (%2)").arg(name, file);
    if (scenario.isEmpty())
        setWindowTitle(QStringLiteral("%1[*] — %2").arg(name, tr("Mamori")));
    else
        setWindowTitle(tr("%1[*] — scenario “%2” — %3").arg(name, scenario, tr("Mamori")));
    setWindowModified(m_document->isModified());
}

void MainWindow::beginBusy()
{
    m_busy->begin();
    // A refused edit or one that changes nothing never reaches the engine: the work ends with it.
    QTimer::singleShot(0, this, [this] {
        if (!m_document->assessment()->isBusy())
            m_busy->end();
    });
}

void MainWindow::updateStatus()
{
    const Assessment& a = m_document->assessment()->assessment();
    const Model& m = m_document->model();
    if (m_readingFile) { // the model shown is about to be replaced
        m_totals->clear();
        return;
    }
    if (m_loading) { // the last assessment is another project's: no totals yet
        m_totals->setText(tr("Assets %1 · assessing the risks…").arg(formatCount(m.assets.size())));
        return;
    }
    m_totals->setText(
        tr("Assets %1 · Risks %2 · Above appetite %3 · Residual total %4 · Findings %5")
            .arg(formatCount(m.assets.size()), formatCount(a.risks.size()), formatCount(a.totals.aboveAppetite),
                formatScore(a.totals.residual), formatCount(a.findings.size())));
}

bool MainWindow::filtersPage(Page page) const
{
    return registerPage(page) || page == Risks || page == ResponsePolicy || page == Findings || page == Compare
        || page == Review || page == Continuity;
}

void MainWindow::applyFilter(const QString& text)
{
    m_filterTimer->stop(); // what it would apply is applied now
    if (RegisterPage* page = registerPage(currentPage()))
        page->setFilterText(text);
    else if (currentPage() == Risks)
        m_riskPage->setFilterText(text);
    else if (currentPage() == ResponsePolicy)
        m_policyPage->setFilterText(text);
    else if (currentPage() == Findings)
        m_findings->setFilterText(text);
    else if (currentPage() == Compare)
        m_compare->setFilterText(text);
    else if (currentPage() == Review)
        m_review->setFilterText(text);
    else if (currentPage() == Continuity)
        m_continuity->setFilterText(text);
}

void MainWindow::connectFilterClearing()
{
    // Whatever clears a page's filters (its button, the link under an empty result, showing a risk it
    // hid) empties the box too, so the box never names a filter that is not applied.
    const auto clearBox = [this] { m_filter->clear(); };
    for (RegisterPage* page : std::as_const(m_registers)) {
        if (page)
            connect(page, &RegisterPage::filterClearRequested, m_filter, clearBox);
    }
    connect(m_riskPage, &RiskRegisterPage::filterClearRequested, m_filter, clearBox);
    connect(m_policyPage, &ResponsePolicyPage::filterClearRequested, m_filter, clearBox);
    connect(m_findings, &FindingsPage::filterClearRequested, m_filter, clearBox);
    connect(m_compare, &ComparePage::filterClearRequested, m_filter, clearBox);
    connect(m_review, &ReviewPage::filterClearRequested, m_filter, clearBox);
    connect(m_continuity, &ContinuityPage::filterClearRequested, m_filter, clearBox);
    // Esc in the box clears it, as the link under an empty result says.
    auto* escape = new QAction(m_filter);
    escape->setShortcut(QKeySequence(Qt::Key_Escape));
    escape->setShortcutContext(Qt::WidgetShortcut);
    connect(escape, &QAction::triggered, m_filter, clearBox);
    m_filter->addAction(escape);
}

void MainWindow::showEditError(const QString& message)
{
    statusBar()->showMessage(message, 8000);
    QMessageBox::warning(this, tr("Value not accepted"), message);
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(this, tr("Unsaved changes"),
        tr("“%1” has changes that are not saved. Save them?").arg(m_document->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    return saveTo(m_document->filePath());
}

bool MainWindow::saveAs()
{
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save project"), m_document->filePath(), tr("Mamori project (*.mamori);;Mamori model JSON (*.json)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".mamori");
    return saveTo(path);
}

bool MainWindow::saveTo(const QString& path)
{
    const bool project = kindForWriting(path) == ModelFileKind::Project;
    QString holder;
    if (project && !m_lock->acquire(path, &holder)) {
        QMessageBox::critical(this, tr("Cannot save"),
            tr("“%1” is open in another Mamori (%2). Save under another name, or close it "
               "there first.")
                .arg(path, holder));
        return false;
    }
    const QString error = m_document->saveAs(path);
    if (!error.isEmpty()) {
        QMessageBox::critical(this, tr("Cannot save"), error);
        return false;
    }
    rememberRecent(path);
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), kFileMessageMs);
    return true;
}

void MainWindow::newProject()
{
    if (!maybeSave())
        return;
    m_lock->release();
    m_document->reset(BuiltIn::catalogue(), QString());
}

void MainWindow::openSample()
{
    if (!maybeSave())
        return;
    m_lock->release();
    m_document->reset(BuiltIn::sampleWard(), QString());
}

bool MainWindow::compareWithFile(const QString& path)
{
    OtherModelFile other;
    // A ward of thousands of assets takes a while to read and assess: the window keeps painting.
    runInWorker(this, tr("Reading “%1”…").arg(QFileInfo(path).fileName()), QString(),
        [&](const WorkProgress&) { other = readOtherModelFile(path); });
    if (!other.ok()) {
        QMessageBox::warning(this, tr("Compare with another project file"), ComparePage::cannotCompareMessage(other));
        return false;
    }
    m_compare->compareWithFile(std::move(other), m_document->activeScenario());
    showPage(Compare);
    return true;
}

void MainWindow::open()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open project"), QString(), tr("Mamori files (*.mamori *.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::openFile(const QString& path)
{
    QString holder;
    bool asCopy = false;
    auto lock = std::make_unique<ProjectLock>();
    if (FilePaths::isProjectPath(path) && !lock->acquire(path, &holder)) {
        QMessageBox box(QMessageBox::Warning, tr("Project already open"),
            tr("“%1” is open in another Mamori (%2).").arg(QDir::toNativeSeparators(path), holder), QMessageBox::Cancel,
            this);
        box.setInformativeText(tr("Two people saving the same project would overwrite each other's work. You can "
                                  "open a copy and save it under another name. If that Mamori is no longer running "
                                  "(it crashed, or its computer or virtual desktop is gone), you can take the "
                                  "project over."));
        QPushButton* copy = box.addButton(tr("Open a copy"), QMessageBox::AcceptRole);
        QPushButton* takeOver = box.addButton(tr("Take over"), QMessageBox::DestructiveRole);
        box.exec();
        if (box.clickedButton() == takeOver) {
            if (!lock->takeOver(path)) {
                QMessageBox::critical(this, tr("Project already open"),
                    tr("“%1” is still in use by Mamori on this computer (%2); close it there first.")
                        .arg(QDir::toNativeSeparators(path), holder));
                return false;
            }
        } else if (box.clickedButton() == copy) {
            asCopy = true;
        } else {
            return false;
        }
    }
    const QString error = m_document->open(readFile(path), path);
    if (!error.isEmpty()) {
        QMessageBox box(
            QMessageBox::Critical, tr("Cannot open"), tr("“%1” cannot be opened.").arg(path), QMessageBox::Ok, this);
        box.setInformativeText(error.section(QLatin1Char('\n'), 0, 0));
        box.setDetailedText(error);
        box.exec();
        return false;
    }
    if (asCopy) {
        m_document->reset(m_document->model(), QString()); // not tied to the file someone else has open
        m_lock->release();
    } else if (!m_document->filePath().isEmpty()) {
        m_lock = std::move(lock);
    }
    rememberRecent(path);
    return true;
}

LoadedModel MainWindow::readFile(const QString& path)
{
    // No edit of the project shown may start while the next one is read: it would be replaced.
    m_readingFile = true;
    setInputBlocked(true);
    updateStatus();
    m_loadingOverlay->setText(tr("Opening “%1”…").arg(QFileInfo(path).fileName()));
    // Said only when the reading lasts: a small file's would flash.
    QTimer cover;
    cover.setSingleShot(true);
    connect(&cover, &QTimer::timeout, m_loadingOverlay, &LoadingOverlay::cover);
    cover.start(kReadingMessageDelayMs);
    LoadedModel loaded;
    QThread* worker = QThread::create([&loaded, path] { loaded = loadModelFile(path); });
    QEventLoop loop;
    connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    worker->wait();
    delete worker;
    m_readingFile = false;
    setInputBlocked(false);
    updateStatus();
    if (!m_loading)
        m_loadingOverlay->hide(); // beginLoading() covers the pages again if the project is large
    return loaded;
}

void MainWindow::setInputBlocked(bool blocked)
{
    // The overlay and the status bar stay enabled: they say what the window is doing.
    menuBar()->setEnabled(!blocked);
    for (QToolBar* bar : findChildren<QToolBar*>(QString(), Qt::FindDirectChildrenOnly))
        bar->setEnabled(!blocked);
    for (QWidget* w :
        {static_cast<QWidget*>(m_navigator), static_cast<QWidget*>(m_filter), static_cast<QWidget*>(m_pages),
            static_cast<QWidget*>(m_banner), m_detailsDock->widget(), m_historyDock->widget()})
        w->setEnabled(!blocked);
    // A shortcut reaches its action even when the menu and the toolbar holding it are disabled: Ctrl+O
    // would start a second read inside this one, Ctrl+Z undo in the project being replaced.
    if (blocked) {
        for (QAction* action : findChildren<QAction*>()) {
            if (action->isEnabled() && !action->shortcuts().isEmpty()) {
                action->setEnabled(false);
                m_blockedActions.append(action);
            }
        }
    } else {
        for (const QPointer<QAction>& action : std::exchange(m_blockedActions, {}))
            if (action)
                action->setEnabled(true);
    }
}

void MainWindow::beginLoading()
{
    m_loading = true;
    m_loadingRevision = m_document->revision();
    updateStatus();
    const qsizetype assets = m_document->model().assets.size();
    if (assets >= kLoadingOverlayAssets) {
        m_loadingOverlay->setText(tr("Assessing the risks of %Ln asset(s)…", nullptr, int(assets)));
        m_loadingOverlay->cover();
    }
    endLoadingIfAssessed(); // an assessment that was already there (nothing to wait for)
}

void MainWindow::endLoadingIfAssessed()
{
    if (!m_loading || m_document->assessment()->assessedRevision() < m_loadingRevision)
        return;
    m_loading = false;
    if (!m_readingFile)
        m_loadingOverlay->hide();
    updateStatus();
    emit ready();
}

void MainWindow::showAtStart()
{
    if (m_firstStart)
        showMaximized();
    else
        show();
}

void MainWindow::offerRecovery()
{
    const QList<Autosave::Recovery> pending = Autosave::pending(Autosave::defaultDirectory());
    for (const Autosave::Recovery& r : pending) {
        QMessageBox box(QMessageBox::Question, tr("Restore unsaved work?"),
            tr("Mamori did not close normally. Unsaved changes to “%1” from %2 can be restored.")
                .arg(r.name, QLocale().toString(r.savedAt, QLocale::ShortFormat)),
            QMessageBox::NoButton, this);
        QPushButton* restore = box.addButton(tr("Restore"), QMessageBox::AcceptRole);
        box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
        QPushButton* later = box.addButton(tr("Decide later"), QMessageBox::RejectRole);
        box.exec();
        if (box.clickedButton() == later)
            continue;
        if (box.clickedButton() == restore) {
            const auto read = ProjectFile::read(r.modelPath);
            if (!read.ok()) {
                QMessageBox::critical(this, tr("Cannot restore"), read.errors.first().toString());
                continue;
            }
            // Restored as unsaved changes of the original file: the user decides whether to keep them.
            m_document->reset(read.model, r.originalPath);
            m_document->markUnsaved();
            if (!r.originalPath.isEmpty())
                m_lock->acquire(r.originalPath);
        }
        Autosave::remove(r);
        if (box.clickedButton() == restore) {
            m_autosave->startSave();
            break;
        }
    }
}

bool MainWindow::addWithId(
    const QString& label, const QString& proposed, const std::function<UserEdit(const QString&)>& add)
{
    // The document's refusal too keeps the dialog open: the user corrects the id there.
    IdDialog dialog(
        tr("Add"), label, proposed, [this, &add](const QString& id) { return m_document->edit(add(id)); }, this);
    return dialog.exec() == QDialog::Accepted;
}

bool MainWindow::addPair()
{
    const Model& m = m_document->model();
    if (m.assets.isEmpty())
        return false;
    QStringList assets;
    for (const Asset& a : m.assets)
        assets.append(a.id);
    bool ok = false;
    const bool dependency = currentPage() == Dependencies;
    const QString from = QInputDialog::getItem(
        this, tr("Add"), dependency ? tr("Dependent asset:") : tr("Asset:"), assets, 0, true, &ok);
    if (!ok)
        return false;
    QStringList others;
    if (dependency) {
        others = assets;
    } else {
        for (const Threat& t : m.threats)
            others.append(t.id);
    }
    const QString to
        = QInputDialog::getItem(this, tr("Add"), dependency ? tr("Depends on:") : tr("Threat:"), others, 0, true, &ok);
    if (!ok)
        return false;
    const UserEdit e = dependency ? edits::addDependency(m, from, to) : edits::addExposure(m, from, to);
    if (const QString error = m_document->edit(e); !error.isEmpty()) {
        showEditError(error);
        return false;
    }
    return true;
}

void MainWindow::addItem()
{
    const Model& m = m_document->model();
    const Language language = displayLanguage();
    bool added = false;
    switch (currentPage()) {
    case Assets:
        added = addWithId(tr("ID of the new asset:"), edits::proposedId<Asset>(m),
            [&](const QString& id) { return edits::addAsset(m_document->model(), id, language); });
        break;
    case Threats:
        added = addWithId(tr("ID of the new threat:"), edits::proposedId<Threat>(m),
            [&](const QString& id) { return edits::addThreat(m_document->model(), id, language); });
        break;
    case Controls:
        added = addWithId(tr("ID of the new control:"), edits::proposedId<Control>(m),
            [&](const QString& id) { return edits::addControl(m_document->model(), id, language); });
        break;
    case Plan:
        added = addWithId(tr("ID of the new plan action:"), edits::proposedId<PlanAction>(m),
            [&](const QString& id) { return edits::addPlanAction(m_document->model(), id, language); });
        break;
    case AuditFindings:
        added = addWithId(tr("ID of the new audit finding:"), edits::proposedId<AuditFinding>(m),
            [&](const QString& id) { return edits::addAuditFinding(m_document->model(), id); });
        break;
    case Dependencies:
    case Exposures:
        added = addPair();
        break;
    default:
        return;
    }
    if (!added)
        return;
    if (RegisterPage* page = registerPage(currentPage())) {
        page->selectRow(page->model()->rowCount() - 1);
        page->view()->setFocus();
    }
}

void MainWindow::deleteSelected()
{
    if (currentPage() == ResponsePolicy) { // Delete clears the selected decisions
        if (const QString e = m_policyPage->clearDecisions(m_policyPage->selectedRows()); !e.isEmpty())
            showEditError(e);
        return;
    }
    RegisterPage* page = registerPage(currentPage());
    if (!page)
        return;
    const QList<int> rows = page->selectedRows();
    if (rows.isEmpty())
        return;
    const Model& m = m_document->model();
    edits::Deletion deletion;
    switch (currentPage()) {
    case Assets:
        deletion = edits::deleteRows<Asset>(m, rows);
        break;
    case Threats:
        deletion = edits::deleteRows<Threat>(m, rows);
        break;
    case Controls:
        deletion = edits::deleteRows<Control>(m, rows);
        break;
    case Dependencies:
        deletion = edits::deleteRows<Dependency>(m, rows);
        break;
    case Exposures:
        deletion = edits::deleteRows<Exposure>(m, rows);
        break;
    case Plan:
        deletion = edits::deleteRows<PlanAction>(m, rows);
        break;
    case AuditFindings:
        deletion = edits::deleteRows<AuditFinding>(m, rows);
        break;
    default:
        return;
    }
    if (!deletion.edit.ok()) {
        showEditError(deletion.edit.error);
        return;
    }
    QString question = tr("Delete %n item(s): %1?", nullptr, int(rows.size()))
                           .arg(deletion.names.mid(0, 10).join(QStringLiteral(", ")));
    if (deletion.alsoRemoved > 0)
        question += QLatin1Char('\n')
            + tr("%n dependent entries (dependencies, exposures, responses, references) go with them.", nullptr,
                int(deletion.alsoRemoved));
    if (QMessageBox::question(this, tr("Delete"), question + QLatin1Char('\n') + tr("You can undo this."))
        != QMessageBox::Yes)
        return;
    const QString error = m_document->edit(deletion.edit);
    if (!error.isEmpty())
        showEditError(error);
}

void MainWindow::selectAsset(const QString& id)
{
    const qsizetype row = indexOfId(m_document->model().assets, id);
    if (row < 0)
        return;
    showPage(Assets);
    m_filter->clear();
    m_registers[Assets]->selectRow(int(row));
}

void MainWindow::selectControl(const QString& id)
{
    const qsizetype row = indexOfId(m_document->model().controls, id);
    if (row < 0)
        return;
    showPage(Controls);
    m_filter->clear();
    m_registers[Controls]->selectRow(int(row));
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        m_autosave->setIntervalSeconds(SettingsDialog::autosaveSeconds());
}

void MainWindow::openRecent(const QString& path)
{
    if (maybeSave())
        openFile(path);
}

void MainWindow::rememberRecent(const QString& path)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    settings.setValue(kRecentKey, recent.mid(0, kMaxRecentFiles));
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (const QString& path : recent)
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openRecent(path); })->setToolTip(path);
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Mamori"),
        tr("<h3>Mamori %1</h3><p>Cyber risk assessment and response planning for the information "
           "assets of a municipality, following its cybersecurity basic policy.</p>")
            .arg(QStringLiteral(MAMORI_VERSION_STRING)));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_readingFile || !maybeSave()) { // a file being read is opened first, then the window may close
        event->ignore();
        return;
    }
    m_autosave->clear();
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    event->accept();
}

} // namespace mamori
