// File > Export report… in the real window: the File menu's actions, the dialog's
// options, and the export on a worker thread: the event loop keeps running while it writes, Cancel
// leaves nothing behind.

#include "BuiltIn.h"
#include "PdfReport.h"
#include "Translations.h"
#include "document/ProjectDocument.h"
#include "window/MainWindow.h"
#include "window/ReportExportDialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace mamori;

class TestReportDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings in a throwaway location
        installLanguage(QStringLiteral("ja"));
    }

    void fileMenuHasTheExports()
    {
        ProjectDocument document;
        document.reset(BuiltIn::sampleWard(), QString());
        MainWindow window(&document);
        for (const char* name : {"actionExportReport", "actionExportRisksCsv", "actionExportPlanCsv"})
            QVERIFY2(window.findChild<QAction*>(QString::fromLatin1(name)), name);
    }

    /// A CSV export says where the file went, on the status bar, in the user's path form.
    void exportSaysWhereTheFileWent()
    {
        ProjectDocument document;
        document.reset(BuiltIn::sampleWard(), QString());
        MainWindow window(&document);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("risks.csv"));
        QTimer::singleShot(0, this, [path] {
            auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->selectFile(path);
            static_cast<QDialog*>(dialog)->accept();
        });
        window.findChild<QAction*>(QStringLiteral("actionExportRisksCsv"))->trigger();
        QVERIFY(QFile::exists(path));
        QVERIFY2(window.statusBar()->currentMessage().contains(QDir::toNativeSeparators(path)),
            qPrintable(window.statusBar()->currentMessage()));
    }

    /// The document control fields start from the project, reach the options, and go into the project
    /// as one undo step; undo restores the project's.
    void documentControlFields()
    {
        ProjectDocument document;
        Model m = BuiltIn::sampleWard();
        m.document = {};
        m.document.number = QStringLiteral("OLD-1");
        document.reset(m, QString());
        ReportExportDialog dialog(&document);
        auto* number = dialog.findChild<QLineEdit*>(QStringLiteral("reportDocNumber"));
        auto* version = dialog.findChild<QLineEdit*>(QStringLiteral("reportDocVersion"));
        auto* department = dialog.findChild<QLineEdit*>(QStringLiteral("reportDepartment"));
        auto* approved = dialog.findChild<QLineEdit*>(QStringLiteral("reportApproved"));
        auto* revisions = dialog.findChild<QPlainTextEdit*>(QStringLiteral("reportRevisions"));
        auto* distribution = dialog.findChild<QPlainTextEdit*>(QStringLiteral("reportDistribution"));
        auto* budgets = dialog.findChild<QPlainTextEdit*>(QStringLiteral("reportBudgets"));
        QVERIFY(number && version && department && approved && revisions && distribution && budgets);
        QCOMPARE(number->text(), QStringLiteral("OLD-1"));
        number->setText(QStringLiteral("江戸川区情報政策課-2026-001"));
        version->setText(QStringLiteral("1.1"));
        department->setText(QStringLiteral("情報政策課"));
        approved->setText(QStringLiteral("令和8年11月30日"));
        revisions->setPlainText(
            QStringLiteral("1.0 | 2026-06-01 | 初版 | 情報政策課\n\n1.1\t2026/11/30\t計画の見直し"));
        distribution->setPlainText(QStringLiteral("区長\n副区長\n"));
        budgets->setPlainText(QStringLiteral("2026 | 180,000,000 | 0\n2027 | 0 | 52000000"));

        const ReportOptions o = dialog.options();
        QCOMPARE(o.document.number, std::optional(QStringLiteral("江戸川区情報政策課-2026-001")));
        QCOMPARE(o.document.approvedOn, std::optional(QDate(2026, 11, 30)));
        const DocumentControl shown = o.effectiveDocument(document.model().document);
        QCOMPARE(shown.revisions.size(), 2);
        QCOMPARE(shown.revisions[1].date, QDate(2026, 11, 30));
        QCOMPARE(shown.revisions[1].description, QStringLiteral("計画の見直し"));
        QCOMPARE(shown.distribution, QStringList({QStringLiteral("区長"), QStringLiteral("副区長")}));
        QCOMPARE(shown.budgets.size(), 2);
        QCOMPARE(shown.budgets[0].initial, 180000000.0);

        QVERIFY(dialog.applyDocumentControl());
        QCOMPARE(document.undoStack()->count(), 1);
        QCOMPARE(document.baseline().document, shown);
        QVERIFY(dialog.applyDocumentControl()); // unchanged: no second step
        QCOMPARE(document.undoStack()->count(), 1);
        document.undoStack()->undo();
        QCOMPARE(document.baseline().document, m.document);
        document.undoStack()->redo();
        QCOMPARE(document.baseline().document, shown);

        // A line that cannot be read is refused, and the project keeps what it had.
        budgets->setPlainText(QStringLiteral("2026 | lots"));
        QVERIFY(!dialog.documentFields().error.isEmpty());
        QTimer::singleShot(0, this, [] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
                box->accept();
        });
        QVERIFY(!dialog.applyDocumentControl());
        QCOMPARE(document.baseline().document, shown);
    }

    void dialogOptions()
    {
        ReportExportDialog dialog(BuiltIn::sampleWard(), QString());
        auto* language = dialog.findChild<QComboBox*>(QStringLiteral("reportLanguage"));
        auto* scenario = dialog.findChild<QComboBox*>(QStringLiteral("reportScenario"));
        auto* mark = dialog.findChild<QLineEdit*>(QStringLiteral("reportMark"));
        QVERIFY(language && scenario && mark);
        language->setCurrentIndex(language->findData(QStringLiteral("en")));
        scenario->setCurrentIndex(scenario->findData(QStringLiteral("S-01")));
        mark->setText(QStringLiteral("関係者限り"));
        for (QCheckBox* box : dialog.findChildren<QCheckBox*>())
            box->setChecked(box->text() != QCoreApplication::translate("mamori::ReportExportDialog", "Risk register"));
        const ReportOptions o = dialog.options();
        QCOMPARE(o.language, QStringLiteral("en"));
        QCOMPARE(o.scenario, QStringLiteral("S-01"));
        QCOMPARE(o.effectiveHandlingMark(), QStringLiteral("関係者限り"));
        QVERIFY(o.has(ReportOptions::Section::Summary));
        QVERIFY(!o.has(ReportOptions::Section::Register));
        QVERIFY(o.previousFile.isEmpty());
        // The previous year's file, typed or chosen, goes to the report as it is named.
        auto* previous = dialog.findChild<QLineEdit*>(QStringLiteral("reportPreviousFile"));
        QVERIFY(previous);
        QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("reportPreviousBrowse")));
        previous->setText(QStringLiteral("  ward-2025.mamori "));
        QCOMPARE(dialog.options().previousFile, QStringLiteral("ward-2025.mamori"));
    }

    /// The edition: the summary unless the user chose otherwise, the choice reaching the options and
    /// remembered for the next export.
    void editionChoice()
    {
        QSettings().remove(QStringLiteral("report/edition"));
        {
            ReportExportDialog dialog(BuiltIn::sampleWard(), QString());
            auto* edition = dialog.findChild<QComboBox*>(QStringLiteral("reportEdition"));
            QVERIFY(edition);
            QCOMPARE(dialog.options().edition, ReportOptions::Edition::Summary);
            edition->setCurrentIndex(edition->findData(QStringLiteral("full")));
            QCOMPARE(dialog.options().edition, ReportOptions::Edition::Full);
            // Export PDF… remembers the choices before it asks where to write; cancel that question.
            QTimer::singleShot(0, this, [] {
                auto* files = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
                QVERIFY(files);
                files->reject();
            });
            dialog.findChild<QPushButton*>(QStringLiteral("reportExportButton"))->click();
            QVERIFY(dialog.writtenPath().isEmpty());
        }
        ReportExportDialog again(BuiltIn::sampleWard(), QString());
        QCOMPARE(again.options().edition, ReportOptions::Edition::Full);
        QSettings().remove(QStringLiteral("report/edition"));
    }

    void exportsOnAWorkerThread()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        // The window's event loop runs while the worker writes: a timer fires during the export.
        int ticks = 0;
        QTimer timer;
        connect(&timer, &QTimer::timeout, this, [&] { ++ticks; });
        timer.start(10);
        bool cancelled = true;
        const QString error
            = exportReportWithProgress(nullptr, BuiltIn::sampleWard(), ReportOptions(), path, &cancelled);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!cancelled);
        QVERIFY(ticks > 3);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
    }

    void previewPaintsOnAPrinter()
    {
        // The print preview paints the same report on a QPrinter, page layouts and all.
        QTemporaryDir dir;
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(dir.filePath(QStringLiteral("printed.pdf")));
        printer.setFullPage(true);
        ReportOptions options;
        options.sections = ReportOptions::Section::Summary | ReportOptions::Section::Register;
        options.edition = ReportOptions::Edition::Full; // the whole register: many pages, both orientations
        // On a worker thread, as the preview does, while this thread's event loop runs.
        const Model model = BuiltIn::sampleWard();
        const ReportResult r = runWithProgress(nullptr, QStringLiteral("preview"),
            [&](const ReportProgress& progress) { return paintReport(model, options, printer, progress); });
        QVERIFY(r.ok());
        QVERIFY(r.pages > 10);
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("printed.pdf"))).size() > 10000);
    }

    void previewDialogShowsThePages()
    {
        ReportExportDialog dialog(BuiltIn::sampleWard(), QString());
        int pages = 0;
        // Polls without blocking: the pages are painted inside a nested event loop (see preview()).
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            for (QWidget* w : QApplication::topLevelWidgets()) {
                auto* widget = w->isVisible() ? w->findChild<QPrintPreviewWidget*>() : nullptr;
                if (!widget || widget->pageCount() == 0)
                    continue;
                pages = widget->pageCount();
                if (const QString shot = qEnvironmentVariable("MAMORI_PREVIEW_SHOT"); !shot.isEmpty()) {
                    w->resize(1000, 760);
                    widget->fitInView();
                    w->grab().save(shot);
                }
                poll.stop();
                w->close();
                return;
            }
        });
        poll.start(200);
        dialog.findChild<QPushButton*>(QStringLiteral("reportPreviewButton"))->click();
        QVERIFY2(pages > 10, qPrintable(QString::number(pages)));
    }

    void cancelLeavesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        QTimer::singleShot(50, this, [] {
            for (QWidget* w : QApplication::topLevelWidgets()) {
                if (auto* progress = qobject_cast<QProgressDialog*>(w))
                    emit progress->canceled(); // as its Cancel button does
            }
        });
        bool cancelled = false;
        const QString error
            = exportReportWithProgress(nullptr, BuiltIn::sampleWard(), ReportOptions(), path, &cancelled);
        QVERIFY(error.isEmpty());
        QVERIFY(cancelled);
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    }
};

QTEST_MAIN(TestReportDialog)
#include "tst_reportdialog.moc"
