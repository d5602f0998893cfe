// The desktop window on the offscreen platform: it opens on the sample ward, its registers are
// sound item models that show the model's rows, the filter narrows them, and switching the language
// retranslates the window.

#include "BuiltIn.h"
#include "MainWindow.h"
#include "ProjectDocument.h"
#include "RegisterTableModel.h"
#include "Translations.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QListWidget>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace mamori;

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings in a throwaway location
        installLanguage(QStringLiteral("ja"));
    }

    void opensOnTheSampleWard()
    {
        ProjectDocument document;
        document.reset(BuiltIn::sampleWard(), QString());
        MainWindow window(&document);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* navigator = window.findChild<QListWidget*>(QStringLiteral("navigator"));
        QVERIFY(navigator);
        QCOMPARE(navigator->count(), 5);
        QCOMPARE(navigator->item(0)->text(), QStringLiteral("情報資産"));
        auto* assets = window.findChild<QTableView*>(QStringLiteral("register-0"));
        QVERIFY(assets);
        QCOMPARE(assets->model()->rowCount(), document.model().assets.size());
        QVERIFY(window.windowTitle().contains(QStringLiteral("江戸川区")));
    }

    void registersAreSoundItemModels()
    {
        ProjectDocument document;
        document.reset(BuiltIn::sampleWard(), QString());
        MainWindow window(&document);
        for (int i = 0; i < 5; ++i) {
            auto* view = window.findChild<QTableView*>(QStringLiteral("register-%1").arg(i));
            QVERIFY(view);
            auto* proxy = qobject_cast<QSortFilterProxyModel*>(view->model());
            QAbstractItemModelTester tester(proxy->sourceModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            document.reset(BuiltIn::catalogue(), QString()); // a reset the tester watches
            document.reset(BuiltIn::sampleWard(), QString());
        }
    }

    void filterNarrowsTheRegister()
    {
        ProjectDocument document;
        document.reset(BuiltIn::sampleWard(), QString());
        MainWindow window(&document);
        auto* filter = window.findChild<QLineEdit*>(QStringLiteral("registerFilter"));
        auto* assets = window.findChild<QTableView*>(QStringLiteral("register-0"));
        const int all = assets->model()->rowCount();
        filter->setText(QStringLiteral("住民基本台帳"));
        QVERIFY(assets->model()->rowCount() >= 1);
        QVERIFY(assets->model()->rowCount() < all);
        filter->clear();
        QCOMPARE(assets->model()->rowCount(), all);
    }

    void switchesLanguage()
    {
        ProjectDocument document;
        document.reset(BuiltIn::sampleWard(), QString());
        MainWindow window(&document);
        auto* navigator = window.findChild<QListWidget*>(QStringLiteral("navigator"));
        installLanguage(QStringLiteral("en"));
        QTRY_COMPARE(navigator->item(0)->text(), QStringLiteral("Assets"));
        QVERIFY(window.windowTitle().contains(QStringLiteral("Edogawa")));
        installLanguage(QStringLiteral("ja"));
        QTRY_COMPARE(navigator->item(0)->text(), QStringLiteral("情報資産"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
