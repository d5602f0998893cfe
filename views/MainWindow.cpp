#include "MainWindow.h"

#include "BuiltIn.h"
#include "ProjectDocument.h"
#include "Registers.h"
#include "Translations.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace mamori {

namespace {
constexpr int kMaxRecentFiles = 8;
const QString kRecentKey = QStringLiteral("files/recent");
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
} // namespace

MainWindow::MainWindow(ProjectDocument* document, QWidget* parent) : QMainWindow(parent), m_document(document)
{
    setObjectName(QStringLiteral("MainWindow"));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
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
    splitter->setSizes({200, 1000});
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    addPage(QT_TR_NOOP("Assets"), makeAssetRegister(document, this));
    addPage(QT_TR_NOOP("Dependencies"), makeDependencyRegister(document, this));
    addPage(QT_TR_NOOP("Threats"), makeThreatRegister(document, this));
    addPage(QT_TR_NOOP("Controls"), makeControlRegister(document, this));
    addPage(QT_TR_NOOP("Risk response plan"), makePlanRegister(document, this));

    connect(m_navigator, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_navigator, &QListWidget::currentRowChanged, this, [this] { applyFilter(m_filter->text()); });
    connect(m_filter, &QLineEdit::textChanged, this, &MainWindow::applyFilter);
    m_navigator->setCurrentRow(0);

    m_totals = new QLabel(this);
    statusBar()->addPermanentWidget(m_totals);

    connect(document, &ProjectDocument::modelReset, this, [this] {
        updateStatus();
        updateTitle();
    });
    connect(document, &ProjectDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(document, &ProjectDocument::filePathChanged, this, &MainWindow::updateTitle);

    createActions();
    retranslate();
    updateStatus();

    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(kStateKey).toByteArray());
}

void MainWindow::addPage(const char* title, RegisterTableModel* model)
{
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    proxy->setSortRole(RegisterTableModel::SortRole);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setFilterKeyColumn(-1); // any column
    auto* view = new QTableView(m_pages);
    view->setObjectName(QStringLiteral("register-%1").arg(m_pageList.size()));
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(0, Qt::AscendingOrder);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionsMovable(true);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->verticalHeader()->hide();
    connect(model, &QAbstractItemModel::modelReset, view, [view] { view->resizeColumnsToContents(); });
    m_pages->addWidget(view);
    m_navigator->addItem(QString());
    m_pageList.append({title, model, proxy, view});
    view->resizeColumnsToContents();
}

void MainWindow::createActions()
{
    menuBar()->clear();
    for (QToolBar* bar : findChildren<QToolBar*>())
        delete bar;

    QMenu* file = menuBar()->addMenu(tr("&File"));
    QToolBar* toolbar = addToolBar(tr("File"));
    toolbar->setObjectName(QStringLiteral("fileToolBar"));
    auto add = [&](const QString& text, QKeySequence::StandardKey key, auto slot, bool onToolbar) {
        QAction* a = file->addAction(text, this, slot);
        a->setShortcut(key);
        if (onToolbar)
            toolbar->addAction(a);
        return a;
    };
    add(tr("&New"), QKeySequence::New, &MainWindow::newProject, true)->setObjectName(QStringLiteral("actionNew"));
    add(tr("&Open…"), QKeySequence::Open, &MainWindow::open, true)->setObjectName(QStringLiteral("actionOpen"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("Open the &sample ward"), this, &MainWindow::openSample);
    file->addSeparator();
    add(tr("&Save"), QKeySequence::Save, &MainWindow::save, true)->setObjectName(QStringLiteral("actionSave"));
    add(tr("Save &As…"), QKeySequence::SaveAs, &MainWindow::saveAs, false)->setObjectName(QStringLiteral("actionSaveAs"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    rebuildRecentMenu();

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* find = view->addAction(tr("&Filter the register"), this, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    QMenu* language = view->addMenu(tr("&Language"));
    auto* group = new QActionGroup(language);
    for (const auto& [code, name] : {std::pair{QStringLiteral("ja"), QStringLiteral("日本語")},
                                     std::pair{QStringLiteral("en"), QStringLiteral("English")}}) {
        QAction* a = language->addAction(name, this, [this, c = code] { switchLanguage(c); });
        a->setCheckable(true);
        a->setChecked(currentLanguageCode() == code);
        group->addAction(a);
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Mamori"), this, &MainWindow::about)->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::retranslate()
{
    for (int i = 0; i < m_pageList.size(); ++i)
        m_navigator->item(i)->setText(tr(m_pageList[i].title));
    m_filter->setPlaceholderText(tr("Filter: type part of an ID, a name or any value (Ctrl+F)"));
    updateTitle();
    updateStatus();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        createActions();
        retranslate();
        for (const Page& page : std::as_const(m_pageList))
            page.view->resizeColumnsToContents();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::updateTitle()
{
    setWindowTitle(QStringLiteral("%1[*] — %2").arg(m_document->displayName(), tr("Mamori")));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateStatus()
{
    const Model& m = m_document->model();
    m_totals->setText(tr("Assets: %1   Dependencies: %2   Threats: %3   Controls: %4   Plan actions: %5")
                          .arg(m.assets.size())
                          .arg(m.dependencies.size())
                          .arg(m.threats.size())
                          .arg(m.controls.size())
                          .arg(m.actions.size()));
}

void MainWindow::applyFilter(const QString& text)
{
    const int page = m_pages->currentIndex();
    if (page >= 0 && page < m_pageList.size())
        m_pageList[page].proxy->setFilterFixedString(text);
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(this, tr("Unsaved changes"),
                                             tr("“%1” has changes that are not saved. Save them?")
                                                 .arg(m_document->displayName()),
                                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    const QString error = m_document->saveAs(m_document->filePath());
    if (!error.isEmpty()) {
        QMessageBox::critical(this, tr("Cannot save"), error);
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(m_document->filePath()), 4000);
    return true;
}

bool MainWindow::saveAs()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save project"), m_document->filePath(),
                                                tr("Mamori project (*.mamori);;Mamori model JSON (*.json)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".mamori");
    const QString error = m_document->saveAs(path);
    if (!error.isEmpty()) {
        QMessageBox::critical(this, tr("Cannot save"), error);
        return false;
    }
    rememberRecent(path);
    statusBar()->showMessage(tr("Saved %1").arg(path), 4000);
    return true;
}

void MainWindow::newProject()
{
    if (maybeSave())
        m_document->reset(BuiltIn::catalogue(), QString());
}

void MainWindow::openSample()
{
    if (maybeSave())
        m_document->reset(BuiltIn::sampleWard(), QString());
}

void MainWindow::open()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open project"), QString(),
                                                      tr("Mamori files (*.mamori *.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::openFile(const QString& path)
{
    const QString error = m_document->open(path);
    if (!error.isEmpty()) {
        QMessageBox box(QMessageBox::Critical, tr("Cannot open"), tr("“%1” cannot be opened.").arg(path),
                        QMessageBox::Ok, this);
        box.setDetailedText(error);
        box.setInformativeText(error.section(QLatin1Char('\n'), 0, 0));
        box.exec();
        return false;
    }
    rememberRecent(path);
    return true;
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

void MainWindow::switchLanguage(const QString& language)
{
    installLanguage(language);
    QSettings().setValue(QStringLiteral("ui/language"), language);
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
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    event->accept();
}

} // namespace mamori
