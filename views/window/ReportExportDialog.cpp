#include "window/ReportExportDialog.h"

#include "Clock.h"
#include "CsvExport.h"
#include "DisplayLanguage.h"
#include "JapaneseCalendar.h"
#include "PdfReport.h"
#include "Translations.h"
#include "document/ProjectDocument.h"
#include "engine/Assessment.h"
#include "widgets/WorkerProgress.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace mamori {

namespace {

const QString kSettingsGroup = QStringLiteral("report/");

QString defaultName(const QString& projectPath, const QString& suffix)
{
    const QFileInfo info(projectPath);
    const QString base = projectPath.isEmpty() ? QStringLiteral("mamori") : info.completeBaseName();
    const QString dir = projectPath.isEmpty() ? QString() : info.absolutePath() + QLatin1Char('/');
    return dir + base + suffix;
}

QString languageCode()
{
    return displayLanguage() == Language::English ? QStringLiteral("en") : QStringLiteral("ja");
}

} // namespace

ReportExportDialog::ReportExportDialog(const Model& model, const QString& projectPath, QWidget* parent)
    : QDialog(parent)
    , m_model(model)
    , m_projectPath(projectPath)
{
    setWindowTitle(tr("Export report"));
    setObjectName(QStringLiteral("reportExportDialog"));
    QSettings settings;
    auto* form = new QFormLayout;

    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("reportLanguage"));
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(
        m_language->findData(settings.value(kSettingsGroup + QStringLiteral("language"), languageCode())));
    form->addRow(tr("Language:"), m_language);

    // The summary is what a ward files; the full edition of a large ward runs to thousands of pages.
    m_edition = new QComboBox;
    m_edition->setObjectName(QStringLiteral("reportEdition"));
    m_edition->addItem(
        tr("Summary (at most about 60 pages)"), ReportOptions::editionKey(ReportOptions::Edition::Summary));
    m_edition->addItem(tr("Full (every register in full)"), ReportOptions::editionKey(ReportOptions::Edition::Full));
    m_edition->setCurrentIndex(std::max(0,
        m_edition->findData(settings.value(
            kSettingsGroup + QStringLiteral("edition"), ReportOptions::editionKey(ReportOptions::Edition::Summary)))));
    form->addRow(tr("Edition:"), m_edition);

    m_scenario = new QComboBox;
    m_scenario->setObjectName(QStringLiteral("reportScenario"));
    m_scenario->addItem(tr("None"), QString());
    for (const Scenario& s : m_model.scenarios)
        m_scenario->addItem(QStringLiteral("%1 %2").arg(s.id, s.name.text(displayLanguage())), s.id);
    form->addRow(tr("Compare with scenario:"), m_scenario);

    // Last fiscal year's project or model: the report gets a chapter comparing this year with it.
    m_previousFile = new QLineEdit;
    m_previousFile->setObjectName(QStringLiteral("reportPreviousFile"));
    m_previousFile->setPlaceholderText(tr("None"));
    m_previousFile->setClearButtonEnabled(true);
    auto* browse = new QPushButton(tr("Choose…"));
    browse->setObjectName(QStringLiteral("reportPreviousBrowse"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Previous year's file"), QString(), tr("Mamori files (*.mamori *.json);;All files (*)"));
        if (!path.isEmpty())
            m_previousFile->setText(QDir::toNativeSeparators(path));
    });
    auto* previousRow = new QHBoxLayout;
    previousRow->addWidget(m_previousFile, 1);
    previousRow->addWidget(browse);
    form->addRow(tr("Previous year's file:"), previousRow);

    m_mark = new QLineEdit(settings.value(kSettingsGroup + QStringLiteral("mark")).toString());
    m_mark->setObjectName(QStringLiteral("reportMark"));
    m_mark->setPlaceholderText(tr("取扱注意 (Japanese) or Confidential (English)"));
    form->addRow(tr("Handling mark:"), m_mark);

    m_organization = new QLineEdit(settings.value(kSettingsGroup + QStringLiteral("organization")).toString());
    m_organization->setObjectName(QStringLiteral("reportOrganization"));
    m_organization->setPlaceholderText(tr("e.g. 江戸川区"));
    form->addRow(tr("Organization:"), m_organization);

    m_fiscalYear = new QSpinBox;
    m_fiscalYear->setObjectName(QStringLiteral("reportFiscalYear"));
    m_fiscalYear->setRange(1989, 2200);
    m_fiscalYear->setValue(fiscalYearOf(Clock::today()));
    form->addRow(tr("Fiscal year:"), m_fiscalYear);

    auto* sectionsBox = new QGroupBox(tr("Sections"));
    auto* sectionsLayout = new QVBoxLayout(sectionsBox);
    const unsigned saved
        = settings.value(kSettingsGroup + QStringLiteral("sections"), ReportOptions::kAllSections).toUInt();
    for (const auto& [section, text] : {std::pair {ReportOptions::Section::Summary, tr("Executive summary")},
             std::pair {ReportOptions::Section::Findings, tr("Three-tier separation findings")},
             std::pair {ReportOptions::Section::Register, tr("Risk register")},
             std::pair {ReportOptions::Section::Responses, tr("Risk response policy")},
             std::pair {ReportOptions::Section::Plan, tr("Risk response plan")},
             std::pair {ReportOptions::Section::Scenario, tr("Scenario comparison")},
             std::pair {ReportOptions::Section::Appendix, tr("Appendices: method, catalogue, asset register")}}) {
        auto* box = new QCheckBox(text);
        box->setChecked(saved & unsigned(section));
        sectionsLayout->addWidget(box);
        m_sections.append({section, box});
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton* previewButton = buttons->addButton(tr("Preview…"), QDialogButtonBox::ActionRole);
    previewButton->setObjectName(QStringLiteral("reportPreviewButton"));
    QPushButton* exportButton = buttons->addButton(tr("Export PDF…"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(QStringLiteral("reportExportButton"));
    exportButton->setDefault(true);
    connect(previewButton, &QPushButton::clicked, this, &ReportExportDialog::preview);
    connect(exportButton, &QPushButton::clicked, this, &ReportExportDialog::exportPdf);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(sectionsBox);
    layout->addWidget(buttons);
}

ReportOptions ReportExportDialog::options() const
{
    ReportOptions o;
    o.language = m_language->currentData().toString();
    o.edition
        = ReportOptions::parseEdition(m_edition->currentData().toString()).value_or(ReportOptions::Edition::Summary);
    o.scenario = m_scenario->currentData().toString();
    o.previousFile = QDir::fromNativeSeparators(m_previousFile->text().trimmed());
    o.handlingMark = m_mark->text().trimmed();
    o.organization = m_organization->text().trimmed();
    o.fiscalYear = m_fiscalYear->value();
    o.sections = {};
    for (const auto& [section, box] : m_sections) {
        if (box->isChecked())
            o.sections |= section;
    }
    return o;
}

void ReportExportDialog::remember() const
{
    QSettings settings;
    const ReportOptions o = options();
    settings.setValue(kSettingsGroup + QStringLiteral("language"), o.language);
    settings.setValue(kSettingsGroup + QStringLiteral("edition"), ReportOptions::editionKey(o.edition));
    settings.setValue(kSettingsGroup + QStringLiteral("mark"), o.handlingMark);
    settings.setValue(kSettingsGroup + QStringLiteral("organization"), o.organization);
    settings.setValue(kSettingsGroup + QStringLiteral("sections"), o.sections.toInt());
}

void ReportExportDialog::preview()
{
    remember();
    QPrinter printer(QPrinter::HighResolution);
    printer.setFullPage(true); // the report places its own margins, header and footer
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Report preview"));
    const ReportOptions o = options();
    // QPrintPreviewDialog wants the pages when it asks; they are painted on a worker thread (a QPrinter
    // may be painted from one) while this waits in an event loop, so a large ward's preview shows
    // progress and can be cancelled instead of freezing the window.
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this, o](QPrinter* p) {
        const ReportResult r = runWithProgress(this, tr("Preparing the preview…"),
            [this, o, p](const ReportProgress& progress) { return paintReport(m_model, o, *p, progress); });
        if (!r.ok() && r.status != ReportResult::Status::Cancelled)
            QMessageBox::warning(
                this, tr("Report preview"), r.errors.isEmpty() ? r.error : r.errors.first().toString());
    });
    dialog.resize(900, 1000);
    dialog.exec();
}

void ReportExportDialog::exportPdf()
{
    remember();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export report"),
        defaultName(m_projectPath, QStringLiteral("-report.pdf")), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    bool cancelled = false;
    const QString error = exportReportWithProgress(this, m_model, options(), path, &cancelled);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Export report"), tr("The report was not written: %1").arg(error));
        return;
    }
    if (!cancelled) {
        m_writtenPath = path;
        accept();
    }
}

ReportResult runWithProgress(
    QWidget* parent, const QString& label, const std::function<ReportResult(const ReportProgress&)>& work)
{
    ReportResult result;
    runInWorker(parent, label, ReportExportDialog::tr("Cancel"),
        [&](const WorkProgress& progress) { result = work(progress); });
    return result;
}

QString exportReportWithProgress(
    QWidget* parent, const Model& model, const ReportOptions& options, const QString& path, bool* cancelled)
{
    // The worker gets its own copy of the model: the user may go on editing.
    const ReportResult result = runWithProgress(
        parent, ReportExportDialog::tr("Writing the report…"), [model, options, path](const ReportProgress& progress) {
            return writePdfReport(model, options, path, progress);
        });
    if (cancelled)
        *cancelled = result.status == ReportResult::Status::Cancelled;
    switch (result.status) {
    case ReportResult::Status::Ok:
    case ReportResult::Status::Cancelled:
        return {};
    case ReportResult::Status::InputError:
        return result.errors.isEmpty() ? QString() : result.errors.first().toString();
    case ReportResult::Status::Failure:
        break;
    }
    return result.error;
}

void addReportActions(
    QMenu* menu, QWidget* window, ProjectDocument* document, const std::function<void(const QString& path)>& written)
{
    QAction* report = menu->addAction(ReportExportDialog::tr("Export &report…"), window, [window, document, written] {
        ReportExportDialog dialog(document->model(), document->filePath(), window);
        if (dialog.exec() == QDialog::Accepted && !dialog.writtenPath().isEmpty())
            written(dialog.writtenPath());
    });
    report->setObjectName(QStringLiteral("actionExportReport"));
    report->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P)); // where users look for "print"
    const auto csv = [window, document, written](CsvKind kind, const QString& suffix, const QString& title) {
        const QString path = QFileDialog::getSaveFileName(
            window, title, defaultName(document->filePath(), suffix), ReportExportDialog::tr("CSV for Excel (*.csv)"));
        if (path.isEmpty())
            return;
        const Model& model = document->model();
        const QString error = writeCsvExport(kind, model, assess(model), currentLanguageCode(), path);
        if (!error.isEmpty())
            QMessageBox::warning(window, title, error);
        else
            written(path);
    };
    menu->addAction(ReportExportDialog::tr("Export risk register as &CSV…"), window,
            [csv] {
                csv(CsvKind::Risks, QStringLiteral("-risks.csv"),
                    ReportExportDialog::tr("Export risk register as CSV"));
            })
        ->setObjectName(QStringLiteral("actionExportRisksCsv"));
    menu->addAction(ReportExportDialog::tr("Export &plan as CSV…"), window,
            [csv] { csv(CsvKind::Plan, QStringLiteral("-plan.csv"), ReportExportDialog::tr("Export plan as CSV")); })
        ->setObjectName(QStringLiteral("actionExportPlanCsv"));
}

} // namespace mamori
