#include "editors/PlanActionEditorDialog.h"

#include "DisplayDate.h"
#include "DisplayLanguage.h"
#include "EnumNames.h"
#include "document/Edits.h"
#include "document/LiveAssessment.h"
#include "document/ProjectDocument.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QTabWidget>
#include <QVBoxLayout>

#include <cmath>

namespace mamori {

using namespace forms;

namespace {

/// A risk as a key of the target risks list. The unit separator cannot be part of an id.
QString riskKey(const RiskKey& risk)
{
    return risk.asset + QChar(0x1F) + risk.threat;
}

RiskKey riskOf(const QString& key)
{
    const qsizetype at = key.indexOf(QChar(0x1F));
    return {key.left(at), key.mid(at + 1)};
}

QStringList riskKeys(const QList<RiskKey>& risks)
{
    QStringList out;
    for (const RiskKey& r : risks)
        out.append(riskKey(r));
    return out;
}

} // namespace

PlanActionEditorDialog::PlanActionEditorDialog(ProjectDocument* document, qsizetype index, QWidget* parent)
    : ItemEditorDialog(document, parent)
    , m_original(document->model().actions.at(index))
{
    setObjectName(QStringLiteral("planActionEditor"));
    setWindowTitle(tr("Plan action %1").arg(m_original.id));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->addTab(createBasicPage(), QString());
    m_tabs->addTab(createControlsPage(), QString());
    m_tabs->addTab(createRisksPage(), QString());
    updateTabTitles();
    setBody(m_tabs);
    fitToContent({760, 560});
}

QDateEdit* PlanActionEditorDialog::dateEdit(QDate date, const char* name, QWidget* parent) const
{
    auto* edit = new QDateEdit(date, parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(dateFieldFormat()); // as the decide dialog
    return edit;
}

QWidget* PlanActionEditorDialog::createBasicPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("basicPage"));
    auto* form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    QLabel* id = plainLabel(m_original.id, page);
    id->setObjectName(QStringLiteral("actionId"));
    id->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("ID:"), id);

    m_titleJa = new QLineEdit(m_original.title.ja, page);
    m_titleJa->setObjectName(QStringLiteral("nameJa"));
    form->addRow(tr("Title (&Japanese):"), m_titleJa);
    m_titleEn = new QLineEdit(m_original.title.en, page);
    m_titleEn->setObjectName(QStringLiteral("nameEn"));
    form->addRow(tr("Title (&English):"), m_titleEn);

    m_owner = orgUnitCombo(document()->model(), m_original.owner, page);
    m_owner->setObjectName(QStringLiteral("owner"));
    form->addRow(tr("&Responsible unit:"), m_owner);
    m_assignee = new QLineEdit(m_original.assignee, page);
    m_assignee->setObjectName(QStringLiteral("assignee"));
    form->addRow(tr("A&ssignee:"), m_assignee);

    m_start = dateEdit(m_original.start, "start", page);
    form->addRow(tr("S&tart:"), m_start);
    m_due = dateEdit(m_original.due, "due", page);
    form->addRow(tr("&Due:"), m_due);

    m_status = enumCombo(m_original.status, page);
    m_status->setObjectName(QStringLiteral("status"));
    form->addRow(tr("Stat&us:"), m_status);
    m_progress = new NumberField(0, 100, false, page);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setPlaceholderText(tr("Not given"));
    m_progress->setValue(m_original.progress ? std::optional<double>(*m_original.progress) : std::nullopt);
    form->addRow(buddyLabel(tr("&Progress:"), m_progress, page), withUnit(m_progress, tr("%"), page));
    connect(m_status, &QComboBox::currentIndexChanged, this, &PlanActionEditorDialog::statusChosen);

    m_costInitial = new NumberField(0, 1e15, true, page);
    m_costInitial->setObjectName(QStringLiteral("costInitial"));
    m_costInitial->setPlaceholderText(QStringLiteral("0"));
    m_costInitial->setValue(m_original.cost.initial);
    form->addRow(buddyLabel(tr("&Initial cost:"), m_costInitial, page), withUnit(m_costInitial, tr("yen"), page));
    m_costAnnual = new NumberField(0, 1e15, true, page);
    m_costAnnual->setObjectName(QStringLiteral("costAnnual"));
    m_costAnnual->setPlaceholderText(QStringLiteral("0"));
    m_costAnnual->setValue(m_original.cost.annual);
    form->addRow(buddyLabel(tr("A&nnual cost:"), m_costAnnual, page), withUnit(m_costAnnual, tr("yen"), page));
    return page;
}

QWidget* PlanActionEditorDialog::createControlsPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("controlsPage"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(hintLabel(tr("The controls this action introduces: completing the action makes each of them "
                                   "implemented, which is what the projection and the optimizer count."),
        page));
    m_controls = new CheckList(true, page);
    m_controls->setNames(QStringLiteral("controls"));
    const ModelIndex index(document()->model());
    for (const Control& k : document()->model().controls)
        m_controls->addItem(k.id, QStringLiteral("%1 — %2").arg(idAndName(k.id, k.name), EnumNames::name(k.status)));
    for (const QString& id : std::as_const(m_original.controls)) {
        if (!index.controls.contains(id)) // not a control of the model: kept visible rather than lost
            m_controls->addItem(id, id);
    }
    m_controls->setChecked(m_original.controls);
    connect(m_controls, &CheckList::checkedChanged, this, &PlanActionEditorDialog::updateTabTitles);
    layout->addWidget(m_controls, 1);
    return page;
}

QWidget* PlanActionEditorDialog::createRisksPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("risksPage"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(hintLabel(tr("The risks this action is meant to lower, for the plan and the report."), page));
    m_risks = new CheckList(true, page);
    m_risks->setNames(QStringLiteral("risks"));
    const Model& model = document()->model();
    const ModelIndex index(model);
    auto name = [&model, &index](const QString& id, bool asset) {
        const qsizetype at = (asset ? index.assets : index.threats).value(id, -1);
        if (at < 0)
            return id;
        return (asset ? model.assets[at].name : model.threats[at].name).text(displayLanguage());
    };
    auto add = [&](const RiskKey& r) {
        m_risks->addItem(riskKey(r),
            QStringLiteral("%1 × %2  %3 × %4").arg(r.asset, r.threat, name(r.asset, true), name(r.threat, false)));
    };
    // The risks of the latest assessment, then those the action names that it does not have (yet).
    QSet<QString> listed;
    for (const RiskResult& r : document()->assessment()->assessment().risks) {
        add({r.asset, r.threat});
        listed.insert(riskKey({r.asset, r.threat}));
    }
    for (const RiskKey& r : std::as_const(m_original.risks)) {
        if (!listed.contains(riskKey(r)))
            add(r);
    }
    m_risks->setChecked(riskKeys(m_original.risks));
    connect(m_risks, &CheckList::checkedChanged, this, &PlanActionEditorDialog::updateTabTitles);
    layout->addWidget(m_risks, 1);
    return page;
}

void PlanActionEditorDialog::statusChosen()
{
    if (enumValue(m_status, m_original.status) != ActionStatus::Done)
        return;
    const NumberField::Read progress = m_progress->read(QString());
    if (progress.error.isEmpty() && progress.value.value_or(0) < 100)
        m_progress->setValue(100);
}

void PlanActionEditorDialog::updateTabTitles()
{
    if (!m_tabs || m_tabs->count() < 3)
        return;
    m_tabs->setTabText(0, tr("General"));
    m_tabs->setTabText(1, tr("Controls (%1)").arg(m_controls->checkedKeys().size()));
    m_tabs->setTabText(2, tr("Target risks (%1)").arg(m_risks->checkedKeys().size()));
}

ItemEditorDialog::Change PlanActionEditorDialog::change() const
{
    PlanAction p = m_original;
    p.title = {editedText(m_titleJa, m_original.title.ja), editedText(m_titleEn, m_original.title.en)};
    if (p.title.isEmpty())
        return refuse(tr("Enter a title in Japanese or English."), m_titleJa);
    p.owner = comboKey(m_owner);
    p.assignee = editedText(m_assignee, m_original.assignee);
    p.start = m_start->date();
    p.due = m_due->date();
    if (p.due < p.start)
        return refuse(
            tr("The due date %1 is before the start %2.").arg(displayDate(p.due), displayDate(p.start)), m_due);
    p.status = enumValue(m_status, m_original.status);
    const NumberField::Read progress = m_progress->read(tr("Progress"));
    if (!progress.error.isEmpty())
        return refuse(progress.error, m_progress);
    if (progress.value && *progress.value != std::floor(*progress.value))
        return refuse(tr("Progress: enter a whole percentage from 0 to 100."), m_progress);
    p.progress = progress.value ? std::optional<int>(int(*progress.value)) : std::nullopt;
    const NumberField::Read initial = m_costInitial->read(tr("Initial cost"));
    if (!initial.error.isEmpty())
        return refuse(initial.error, m_costInitial);
    p.cost.initial = initial.value.value_or(0);
    const NumberField::Read annual = m_costAnnual->read(tr("Annual cost"));
    if (!annual.error.isEmpty())
        return refuse(annual.error, m_costAnnual);
    p.cost.annual = annual.value.value_or(0);

    p.controls = m_controls->checkedKeys(m_original.controls);
    p.risks.clear();
    for (const QString& key : m_risks->checkedKeys(riskKeys(m_original.risks)))
        p.risks.append(riskOf(key));

    return fromEdit(edits::replaceItem(document()->model(), m_original.id, std::move(p)));
}

} // namespace mamori
