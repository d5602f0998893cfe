#include "inspection/InspectionPreviewDialog.h"

#include "DisplayLanguage.h"
#include "JapaneseCalendar.h"
#include "ModelEdit.h"
#include "NumberFormat.h"
#include "document/Edits.h"
#include "document/ProjectDocument.h"
#include "engine/Assessment.h"
#include "inspection/InspectionText.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mamori {

InspectionPreviewDialog::InspectionPreviewDialog(
    ProjectDocument* document, sheets::Workbook book, const QString& fileName, int fiscalYear, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_book(std::move(book))
    , m_fileName(fileName)
{
    setObjectName(QStringLiteral("inspectionPreview"));
    setWindowTitle(tr("Apply a returned checklist"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->addRow(tr("File:"), new QLabel(fileName, this));
    m_unit = new QLabel(this);
    m_unit->setObjectName(QStringLiteral("unit"));
    form->addRow(tr("Org unit:"), m_unit);
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("fiscalYear"));
    m_year->setRange(1989, 2100);
    m_year->setValue(fiscalYear);
    form->addRow(tr("&Fiscal year:"), m_year);
    m_answers = new QLabel(this);
    m_answers->setObjectName(QStringLiteral("answers"));
    form->addRow(tr("Answers:"), m_answers);
    m_residual = new QLabel(this);
    m_residual->setObjectName(QStringLiteral("residual"));
    form->addRow(tr("Total residual risk:"), m_residual);
    m_above = new QLabel(this);
    m_above->setObjectName(QStringLiteral("aboveAppetite"));
    form->addRow(tr("Risks above the appetite:"), m_above);
    layout->addLayout(form);

    m_changes = new QTableWidget(0, ChangeColumnCount, this);
    m_changes->setObjectName(QStringLiteral("changes"));
    m_changes->setHorizontalHeaderLabels(
        {tr("Control"), tr("Name"), tr("Org unit"), tr("Status before"), tr("Status after")});
    m_changes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changes->verticalHeader()->hide();
    m_changes->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    layout->addWidget(m_changes, 1);

    m_problemsLabel = new QLabel(tr("The checklist cannot be applied until these are corrected:"), this);
    layout->addWidget(m_problemsLabel);
    m_problems = new QListWidget(this);
    m_problems->setObjectName(QStringLiteral("problems"));
    layout->addWidget(m_problems);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("apply"));
    connect(m_apply, &QPushButton::clicked, this, &InspectionPreviewDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_year, &QSpinBox::valueChanged, this, &InspectionPreviewDialog::reread);
    reread();
    resize(820, 560);
}

void InspectionPreviewDialog::reread()
{
    m_read = sheets::readInspection(m_book, m_document->model(), {m_year->value(), {}, {}, {}});
    showRead();
    showEffect();
}

void InspectionPreviewDialog::showRead()
{
    const Model& model = m_document->model();
    const Inspection& i = m_read.inspection;
    m_unit->setText(
        i.unit.isEmpty() ? tr("(unknown)") : QStringLiteral("%1  %2").arg(i.unit, inspection::unitName(model, i.unit)));
    m_answers->setText(tr("%n answered", nullptr, int(i.answers.size())) + QStringLiteral(", ")
        + tr("%n unanswered", nullptr, m_read.emptyAnswers));
    m_changes->setRowCount(int(m_read.changes.size()));
    for (int row = 0; row < m_read.changes.size(); ++row) {
        const StatusChange& c = m_read.changes[row];
        const qsizetype k = indexOfId(model.controls, c.control);
        const QString name = k < 0 ? QString() : model.controls[k].name.text(displayLanguage());
        const QString cells[] = {c.control, name, inspection::unitName(model, c.unit),
            inspection::entryName(model, c.control, c.before), inspection::entryName(model, c.control, c.after)};
        for (int column = 0; column < ChangeColumnCount; ++column)
            m_changes->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    m_changes->resizeColumnsToContents();
    m_problems->clear();
    for (const InputError& e : m_read.errors)
        m_problems->addItem(e.where.isEmpty() ? e.what : QStringLiteral("%1: %2").arg(e.where, e.what));
    m_problemsLabel->setVisible(!m_read.ok());
    m_problems->setVisible(!m_read.ok());
    m_apply->setEnabled(m_read.ok());
}

void InspectionPreviewDialog::showEffect()
{
    const Model& model = m_document->model();
    const Assessment before = assess(model);
    m_effect
        = {before.totals.residual, before.totals.residual, before.totals.aboveAppetite, before.totals.aboveAppetite};
    if (m_read.ok() && !m_read.changes.isEmpty()) {
        Model after = model;
        applyStatusChanges(after, m_read.changes);
        const Assessment a = assess(after);
        m_effect.residualAfter = a.totals.residual;
        m_effect.aboveAfter = a.totals.aboveAppetite;
    }
    m_residual->setText(QStringLiteral("%1 → %2 (%3)")
                            .arg(formatScore(m_effect.residualBefore), formatScore(m_effect.residualAfter),
                                formatSignedScore(m_effect.residualAfter - m_effect.residualBefore)));
    m_above->setText(
        QStringLiteral("%1 → %2").arg(formatCount(m_effect.aboveBefore), formatCount(m_effect.aboveAfter)));
}

QString InspectionPreviewDialog::appliedMessage() const
{
    return tr(
        "Applied the self-inspection of %1, fiscal year %2: %n status changes", nullptr, int(m_read.changes.size()))
        .arg(inspection::unitName(m_document->model(), m_read.inspection.unit),
            japaneseFiscalYear(m_read.inspection.fiscalYear));
}

void InspectionPreviewDialog::apply()
{
    if (!m_read.ok())
        return;
    const QString error
        = m_document->edit(edits::applyInspection(m_document->model(), m_read.inspection, m_read.changes));
    if (!error.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    accept();
}

} // namespace mamori
