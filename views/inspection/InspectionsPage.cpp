#include "inspection/InspectionsPage.h"

#include "Clock.h"
#include "DisplayDate.h"
#include "DisplayLanguage.h"
#include "EnumNames.h"
#include "FiscalYear.h"
#include "JapaneseCalendar.h"
#include "LevelColors.h"
#include "ModelEdit.h"
#include "NumberFormat.h"
#include "document/ProjectDocument.h"
#include "inspection/CheckItems.h"
#include "inspection/InspectionApply.h"
#include "inspection/InspectionText.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace mamori {

namespace {

/// The level band a status is coloured like: implemented low ... none critical.
QString levelOf(ControlStatus s)
{
    switch (s) {
    case ControlStatus::Implemented:
        return QStringLiteral("low");
    case ControlStatus::Partial:
        return QStringLiteral("medium");
    case ControlStatus::Planned:
        return QStringLiteral("high");
    case ControlStatus::None:
        return QStringLiteral("critical");
    }
    return {};
}

const Inspection* selfInspection(const Model& model, const QString& unit, int year)
{
    for (const Inspection& i : model.inspections) {
        if (i.kind == InspectionKind::Self && i.unit == unit && i.fiscalYear == year)
            return &i;
    }
    return nullptr;
}

/// The status each control's answers give (RISK-MODEL.md 9), control by control.
QHash<QString, std::optional<ControlStatus>> statusesOf(const Inspection& inspection)
{
    QHash<QString, QList<InspectionAnswerKind>> answers;
    for (const InspectionAnswer& a : inspection.answers)
        answers[a.control].append(a.answer);
    QHash<QString, std::optional<ControlStatus>> out;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it)
        out.insert(it.key(), statusFromAnswers(it.value()));
    return out;
}

QTableWidgetItem* cell(const QString& text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment);
    return item;
}

QTableWidget* readOnlyTable(const char* name, QWidget* parent)
{
    auto* table = new QTableWidget(parent);
    table->setObjectName(QString::fromLatin1(name));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    return table;
}

} // namespace

InspectionsPage::InspectionsPage(ProjectDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_staleness(new StaleRefresh(this, [this] { refresh(); }))
{
    setObjectName(QStringLiteral("inspectionsPage"));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_year = new QComboBox(this);
    m_year->setObjectName(QStringLiteral("fiscalYear"));
    m_units = readOnlyTable("units", this);
    m_controls = readOnlyTable("controls", this);
    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_year);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_units, 1);
    layout->addWidget(m_controls, 2);
    connect(m_year, &QComboBox::currentIndexChanged, this, [this] {
        fillUnits();
        fillControls();
    });
    connect(m_units, &QTableWidget::cellDoubleClicked, this, [this](int row) { openAnswers(row); });
    connect(document, &ProjectDocument::changed, m_staleness, &StaleRefresh::invalidate);
    connect(document, &ProjectDocument::modelReset, m_staleness, &StaleRefresh::invalidate);
}

void InspectionsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        m_staleness->invalidate();
    QWidget::changeEvent(event);
}

void InspectionsPage::refresh()
{
    fillYears();
    fillUnits();
    fillControls();
}

void InspectionsPage::fillYears()
{
    QList<int> years;
    for (const Inspection& i : m_document->model().inspections) {
        if (i.kind == InspectionKind::Self && !years.contains(i.fiscalYear))
            years.append(i.fiscalYear);
    }
    if (years.isEmpty())
        years.append(fiscalYearOf(Clock::today()));
    std::sort(years.begin(), years.end(), std::greater<>());
    const QVariant current = m_year->currentData();
    const QSignalBlocker block(m_year);
    m_year->clear();
    for (const int y : std::as_const(years))
        m_year->addItem(japaneseFiscalYear(y), y);
    const int at = m_year->findData(current);
    m_year->setCurrentIndex(at < 0 ? 0 : at);
}

void InspectionsPage::fillUnits()
{
    const Model& model = m_document->model();
    const int year = m_year->currentData().toInt();
    m_unitIds.clear();
    for (const OrgUnit& u : model.orgUnits) {
        if (selfInspection(model, u.id, year) || !controlsToInspect(model, u.id).isEmpty())
            m_unitIds.append(u.id);
    }
    // The units that returned their checklist first (in both tables), then the others, each in the
    // project's order: what the officer looks at is on screen without scrolling.
    std::stable_partition(m_unitIds.begin(), m_unitIds.end(),
        [&model, year](const QString& unit) { return selfInspection(model, unit, year) != nullptr; });
    m_units->clear();
    m_units->setColumnCount(UnitColumnCount);
    m_units->setHorizontalHeaderLabels({tr("Org unit"), tr("Checklist"), tr("Date"), tr("Answers"), tr("Yes"),
        tr("Controls at none"), tr("Controls at partial")});
    m_units->setRowCount(int(m_unitIds.size()));
    int returned = 0;
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    for (int row = 0; row < m_unitIds.size(); ++row) {
        const QString& unit = m_unitIds[row];
        m_units->setItem(row, UnitNameColumn, cell(inspection::unitName(model, unit)));
        const Inspection* i = selfInspection(model, unit, year);
        m_units->setItem(row, ReturnedColumn, cell(i ? tr("Returned") : tr("Not returned")));
        if (!i) {
            for (int column = DateColumn; column < UnitColumnCount; ++column)
                m_units->setItem(row, column, cell(QString()));
            continue;
        }
        ++returned;
        const auto applicable = std::count_if(i->answers.begin(), i->answers.end(),
            [](const InspectionAnswer& a) { return a.answer != InspectionAnswerKind::NotApplicable; });
        const auto yes = std::count_if(i->answers.begin(), i->answers.end(),
            [](const InspectionAnswer& a) { return a.answer == InspectionAnswerKind::Yes; });
        int none = 0;
        int partial = 0;
        for (const std::optional<ControlStatus>& s : statusesOf(*i)) {
            none += s == ControlStatus::None ? 1 : 0;
            partial += s == ControlStatus::Partial ? 1 : 0;
        }
        m_units->setItem(row, DateColumn, cell(displayDate(i->date)));
        m_units->setItem(row, AnswersColumn, cell(formatCount(i->answers.size()), right));
        m_units->setItem(row, YesColumn,
            cell(applicable == 0 ? QStringLiteral("—") : formatPercent(100.0 * double(yes) / double(applicable)),
                right));
        m_units->item(row, YesColumn)->setToolTip(tr("Share of yes among the answers that apply (N/A left out)"));
        m_units->setItem(row, NoneColumn, cell(formatCount(none), right));
        m_units->setItem(row, PartialColumn, cell(formatCount(partial), right));
    }
    m_units->resizeColumnsToContents();
    m_summary->setText(
        tr("Self-inspection of %1: %2 of %n units returned their checklist", nullptr, int(m_unitIds.size()))
            .arg(japaneseFiscalYear(year), QString::number(returned)));
}

void InspectionsPage::fillControls()
{
    const Model& model = m_document->model();
    QList<QSet<QString>> inspects; // per unit column: the controls it inspects
    QSet<QString> any;
    for (const QString& unit : std::as_const(m_unitIds)) {
        QSet<QString> ids;
        for (const Control* k : controlsToInspect(model, unit))
            ids.insert(k->id);
        any.unite(ids);
        inspects.append(ids);
    }
    QStringList headers {tr("Control")};
    for (const QString& unit : std::as_const(m_unitIds))
        headers.append(inspection::unitName(model, unit));
    m_controls->clear();
    m_controls->setColumnCount(int(headers.size()));
    m_controls->setHorizontalHeaderLabels(headers);
    QList<const Control*> rows;
    for (const Control& k : model.controls) {
        if (any.contains(k.id))
            rows.append(&k);
    }
    m_controls->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const Control& k = *rows[row];
        m_controls->setItem(row, 0, cell(QStringLiteral("%1  %2").arg(k.id, k.name.text(displayLanguage()))));
        for (int u = 0; u < m_unitIds.size(); ++u) {
            if (!inspects[u].contains(k.id)) {
                m_controls->setItem(row, u + 1, cell(QString()));
                continue;
            }
            const bool own = k.statusByUnit.contains(m_unitIds[u]);
            const ControlStatus s = k.statusFor(m_unitIds[u]);
            QTableWidgetItem* item = cell(EnumNames::name(s), Qt::AlignCenter);
            item->setBackground(levelColor(levelOf(s)));
            item->setForeground(levelTextColor(levelOf(s)));
            if (!own) {
                QFont font = item->font();
                font.setItalic(true);
                item->setFont(font);
                item->setToolTip(tr("The control's own status: the unit has no entry of its own"));
            }
            m_controls->setItem(row, u + 1, item);
        }
    }
    m_controls->resizeColumnsToContents();
}

QDialog* InspectionsPage::openAnswers(int row)
{
    m_staleness->ensureCurrent();
    const Model& model = m_document->model();
    if (row < 0 || row >= m_unitIds.size())
        return nullptr;
    const Inspection* i = selfInspection(model, m_unitIds[row], m_year->currentData().toInt());
    if (!i)
        return nullptr;
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("inspectionAnswers"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(
        tr("Answers of %1, %2").arg(inspection::unitName(model, i->unit), japaneseFiscalYear(i->fiscalYear)));
    auto* table = readOnlyTable("answers", dialog);
    table->setColumnCount(5);
    table->setHorizontalHeaderLabels({tr("Control"), tr("Check item"), tr("Answer"), tr("Evidence"), tr("Note")});
    table->setRowCount(int(i->answers.size()));
    const CheckItems& items = CheckItems::builtIn();
    for (int r = 0; r < i->answers.size(); ++r) {
        const InspectionAnswer& a = i->answers[r];
        QString itemText = a.item;
        if (const qsizetype k = indexOfId(model.controls, a.control); k >= 0) {
            for (const CheckItem& c : items.forControl(model.controls[k])) {
                if (c.id == a.item)
                    itemText = QStringLiteral("%1  %2").arg(c.id, c.text.text(displayLanguage()));
            }
        }
        const QString cells[] = {a.control, itemText, inspection::answerName(a.answer), a.evidence, a.note};
        for (int column = 0; column < 5; ++column)
            table->setItem(r, column, cell(cells[column]));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(table);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(900, 500);
    dialog->show();
    return dialog;
}

} // namespace mamori
