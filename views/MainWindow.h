#pragma once

// The main window: a navigator of the project's registers on the left, the selected register in
// the middle, the File, View and Help menus with the standard shortcuts, and model totals in the
// status bar.

#include <QMainWindow>

class QLabel;
class QLineEdit;
class QListWidget;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace mamori {

class ProjectDocument;
class RegisterTableModel;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(ProjectDocument* document, QWidget* parent = nullptr);

    /// Opens a file as the user's File > Open would; returns false (after telling the user) on failure.
    bool openFile(const QString& path);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Page {
        const char* title; ///< untranslated, context "mamori::MainWindow"
        RegisterTableModel* model;
        QSortFilterProxyModel* proxy;
        QTableView* view;
    };

    void createActions();
    void addPage(const char* title, RegisterTableModel* model);
    void retranslate();
    void updateTitle();
    void updateStatus();
    void applyFilter(const QString& text);
    bool maybeSave();
    bool save();
    bool saveAs();
    void newProject();
    void openSample();
    void open();
    void openRecent(const QString& path);
    void rememberRecent(const QString& path);
    void rebuildRecentMenu();
    void switchLanguage(const QString& language);
    void about();

    ProjectDocument* m_document;
    QListWidget* m_navigator = nullptr;
    QStackedWidget* m_pages = nullptr;
    QLineEdit* m_filter = nullptr;
    QLabel* m_totals = nullptr;
    QList<Page> m_pageList;
    QMenu* m_recentMenu = nullptr;
};

} // namespace mamori
