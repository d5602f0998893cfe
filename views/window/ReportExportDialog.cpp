#include "window/ReportExportDialog.h"

#include "Clock.h"
#include "CsvExport.h"
#include "DisplayLanguage.h"
#include "JapaneseCalendar.h"
#include "PdfReport.h"
#include "Translations.h"
#include "Validation.h"
#include "document/Edits.h"
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
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
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

// The revision history and the budgets are edited as text, one line each, fields separated by "|"
// (a tab is taken too, as pasted from Excel): simpler than a table editor, and what a ward keeps in
// a spreadsheet pastes in as it is.
QStringList fieldsOf(const QString& line)
{
    QStringList fields = line.split(QRegularExpression(QStringLiteral("[|\t]")));
    for (QString& f : fields)
        f = f.trimmed();
    return fields;
}

QStringList nonEmptyLines(const QString& text)
{
    QStringList out;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            out.append(line);
    }
    return out;
}

QString isoOrEmpty(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString revisionsText(const QList<DocumentRevision>& revisions)
{
    QStringList lines;
    for (const DocumentRevision& r : revisions)
        lines.append(QStringList {r.version, isoOrEmpty(r.date), r.description, r.by}.join(QStringLiteral(" | ")));
    return lines.join(QLatin1Char('\n'));
}

QString budgetsText(const QList<FiscalBudget>& budgets)
{
    QStringList lines;
    for (const FiscalBudget& b : budgets)
        lines.append(QStringLiteral("%1 | %2 | %3")
                         .arg(QString::number(b.fiscalYear), QString::number(b.initial, 'f', 0),
                             QString::number(b.running, 'f', 0)));
    return lines.join(QLatin1Char('\n'));
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

    QWidget* documentBox = documentControlBox();

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
             std::pair {ReportOptions::Section::Continuity, tr("Service continuity (simulated outages)")},
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
    auto* columns = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(sectionsBox);
    columns->addLayout(left);
    columns->addWidget(documentBox);
    layout->addLayout(columns);
    layout->addWidget(buttons);
}

ReportExportDialog::ReportExportDialog(ProjectDocument* document, QWidget* parent)
    : ReportExportDialog(document->model(), document->filePath(), parent)
{
    m_document = document;
}

QWidget* ReportExportDialog::documentControlBox()
{
    const DocumentControl& d = m_model.document;
    auto* box = new QGroupBox(tr("Document control (kept in the project)"));
    auto* form = new QFormLayout(box);
    const auto line = [&](const QString& name, const QString& text, const QString& placeholder) {
        auto* edit = new QLineEdit(text);
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        return edit;
    };
    m_docNumber = line(QStringLiteral("reportDocNumber"), d.number, tr("e.g. 江戸川区情報政策課-2026-001"));
    form->addRow(tr("Document number:"), m_docNumber);
    m_docVersion = line(QStringLiteral("reportDocVersion"), d.version, tr("e.g. 1.0"));
    form->addRow(tr("Version:"), m_docVersion);
    m_department = line(QStringLiteral("reportDepartment"), d.department, tr("e.g. 情報政策課"));
    form->addRow(tr("Prepared by:"), m_department);
    m_approved = line(QStringLiteral("reportApproved"), isoOrEmpty(d.approvedOn), tr("2026-11-30 or 令和8年11月30日"));
    form->addRow(tr("Approved on:"), m_approved);
    const auto text = [&](const QString& name, const QString& content, const QString& placeholder) {
        auto* edit = new QPlainTextEdit(content);
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        edit->setTabChangesFocus(true);
        edit->setMinimumHeight(fontMetrics().lineSpacing() * 4);
        return edit;
    };
    m_revisions = text(QStringLiteral("reportRevisions"), revisionsText(d.revisions),
        tr("One revision a line: version | date | description | by"));
    form->addRow(tr("Revision history:"), m_revisions);
    m_distribution = text(
        QStringLiteral("reportDistribution"), d.distribution.join(QLatin1Char('\n')), tr("One recipient a line"));
    form->addRow(tr("Distribution:"), m_distribution);
    m_budgets = text(QStringLiteral("reportBudgets"), budgetsText(d.budgets),
        tr("One fiscal year a line: year | initial budget | running budget (yen)"));
    form->addRow(tr("Budgets:"), m_budgets);
    return box;
}

ReportExportDialog::DocumentFields ReportExportDialog::documentFields() const
{
    DocumentFields out;
    DocumentControl& d = out.document;
    d.number = m_docNumber->text().trimmed();
    d.version = m_docVersion->text().trimmed();
    d.department = m_department->text().trimmed();
    const QString approved = m_approved->text().trimmed();
    if (!approved.isEmpty()) {
        d.approvedOn = dateFromText(approved);
        if (!d.approvedOn.isValid())
            out.error = tr("Approved on: \"%1\" is not a date.").arg(approved);
    }
    const QStringList revisions = nonEmptyLines(m_revisions->toPlainText());
    for (qsizetype i = 0; i < revisions.size() && out.error.isEmpty(); ++i) {
        QStringList f = fieldsOf(revisions[i]);
        if (f.size() > 4) {
            out.error = tr("Revision history, line %1: expected version | date | description | by.").arg(i + 1);
            break;
        }
        while (f.size() < 4)
            f.append(QString());
        DocumentRevision r {f[0], dateFromText(f[1]), f[2], f[3]};
        if (!f[1].isEmpty() && !r.date.isValid())
            out.error = tr("Revision history, line %1: \"%2\" is not a date.").arg(QString::number(i + 1), f[1]);
        d.revisions.append(r);
    }
    for (const QString& to : nonEmptyLines(m_distribution->toPlainText()))
        d.distribution.append(to.trimmed());
    const QStringList budgets = nonEmptyLines(m_budgets->toPlainText());
    for (qsizetype i = 0; i < budgets.size() && out.error.isEmpty(); ++i) {
        const QStringList f = fieldsOf(budgets[i]);
        bool yearOk = false, initialOk = false, runningOk = f.size() < 3;
        FiscalBudget b;
        b.fiscalYear = f.value(0).toInt(&yearOk);
        b.initial = QString(f.value(1)).remove(QLatin1Char(',')).toDouble(&initialOk);
        if (f.size() >= 3)
            b.running = QString(f.value(2)).remove(QLatin1Char(',')).toDouble(&runningOk);
        if (!yearOk || !initialOk || !runningOk || f.size() > 3)
            out.error = tr("Budgets, line %1: expected year | initial budget | running budget, in yen.").arg(i + 1);
        d.budgets.append(b);
    }
    return out;
}

bool ReportExportDialog::applyDocumentControl()
{
    const DocumentFields fields = documentFields();
    QString error = fields.error;
    if (error.isEmpty()) {
        const InputErrors errors = validateDocument(fields.document, QString(), Source::Window);
        if (!errors.isEmpty())
            error = tr("%1: %2").arg(errors.first().where, errors.first().what);
    }
    if (error.isEmpty() && m_document)
        error = m_document->editScenarios(edits::setDocumentControl(m_document->baseline(), fields.document));
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Export report"), tr("The document control was not taken: %1").arg(error));
        return false;
    }
    m_model.document = fields.document;
    return true;
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
    if (const DocumentFields fields = documentFields(); fields.error.isEmpty()) {
        const DocumentControl& d = fields.document;
        o.document.number = d.number;
        o.document.version = d.version;
        o.document.department = d.department;
        o.document.approvedOn = d.approvedOn;
        o.document.revisions = d.revisions;
        o.document.distribution = d.distribution;
        o.document.budgets = d.budgets;
    }
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
    if (!applyDocumentControl())
        return;
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
    if (!applyDocumentControl())
        return;
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
        ReportExportDialog dialog(document, window);
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
