#include "editors/ControlEditorDialog.h"

#include "EnumNames.h"
#include "document/Edits.h"
#include "document/ProjectDocument.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace mamori {

using namespace forms;

namespace {

/// Where a target combo keeps a category entry's number (threat entries keep the id in Qt::UserRole).
constexpr int CategoryRole = Qt::UserRole + 1;

/// A yen amount field with its unit after it.
QHBoxLayout* withYen(NumberField* field, QWidget* parent)
{
    return withUnit(field, ControlEditorDialog::tr("yen"), parent);
}

/// The entry a target combo shows: a category or a threat, or nothing when what was typed names
/// neither. Typing an exact ID works as well as choosing from the list.
std::optional<Mitigation> targetOf(const QComboBox* combo)
{
    const QString text = combo->currentText().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    int found = combo->findText(text, Qt::MatchFixedString);
    for (int i = 0; found < 0 && i < combo->count(); ++i) {
        if (combo->itemData(i, Qt::UserRole).toString().compare(text, Qt::CaseInsensitive) == 0)
            found = i;
    }
    if (found < 0)
        return std::nullopt;
    Mitigation m;
    if (const QVariant category = combo->itemData(found, CategoryRole); category.isValid())
        m.category = category.toInt();
    else if (const QString threat = combo->itemData(found, Qt::UserRole).toString(); !threat.isEmpty())
        m.threat = threat;
    else
        return std::nullopt; // the separator
    return m;
}

} // namespace

ControlEditorDialog::ControlEditorDialog(ProjectDocument* document, qsizetype index, QWidget* parent)
    : ItemEditorDialog(document, parent)
    , m_original(document->model().controls.at(index))
{
    setObjectName(QStringLiteral("controlEditor"));
    setWindowTitle(tr("Control %1").arg(m_original.id));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->addTab(createBasicPage(), QString());
    m_tabs->addTab(createMitigatesPage(), QString());
    m_tabs->addTab(createScopePage(), QString());
    m_tabs->addTab(createRequiresPage(), QString());
    m_tabs->addTab(createUnitStatusPage(), QString());
    updateTabTitles();
    updateReductionPlaceholders();
    setBody(m_tabs);
    fitToContent({760, 600});
}

QWidget* ControlEditorDialog::createBasicPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("basicPage"));
    auto* form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    // The ward's own numbering (資産管理番号): OK renames the item and everything that names it.
    m_id = new QLineEdit(m_original.id, page);
    m_id->setObjectName(QStringLiteral("controlId"));
    form->addRow(tr("ID:"), m_id);

    m_nameJa = new QLineEdit(m_original.name.ja, page);
    m_nameJa->setObjectName(QStringLiteral("nameJa"));
    form->addRow(tr("Name (&Japanese):"), m_nameJa);
    m_nameEn = new QLineEdit(m_original.name.en, page);
    m_nameEn->setObjectName(QStringLiteral("nameEn"));
    form->addRow(tr("Name (&English):"), m_nameEn);

    m_group = new QComboBox(page);
    m_group->setObjectName(QStringLiteral("group"));
    for (int g = 1; g <= kControlGroupCount; ++g)
        m_group->addItem(tr("%1. %2").arg(QString::number(g), EnumNames::controlGroup(g)), g);
    m_group->setCurrentIndex(qBound(0, m_original.group - 1, kControlGroupCount - 1));
    form->addRow(tr("&Group:"), m_group);

    m_status = enumCombo(m_original.status, page);
    m_status->setObjectName(QStringLiteral("status"));
    form->addRow(tr("S&tatus:"), m_status);

    m_effectiveness = new NumberField(0, 1, false, page);
    m_effectiveness->setObjectName(QStringLiteral("effectiveness"));
    m_effectiveness->setPlaceholderText(tr("Default: %1").arg(QLocale().toString(0.5)));
    m_effectiveness->setValue(m_original.effectiveness);
    connect(m_effectiveness, &QLineEdit::textChanged, this, &ControlEditorDialog::updateReductionPlaceholders);
    auto* effectivenessRow = new QHBoxLayout;
    effectivenessRow->addWidget(m_effectiveness);
    effectivenessRow->addWidget(
        hintLabel(tr("0 to 1; blank uses the default %1").arg(QLocale().toString(0.5)), page), 1);
    form->addRow(buddyLabel(tr("E&ffectiveness:"), m_effectiveness, page), effectivenessRow);

    m_effect = enumCombo(m_original.effect, page);
    m_effect->setObjectName(QStringLiteral("effect"));
    form->addRow(tr("Effe&ct:"), m_effect);

    m_costInitial = new NumberField(0, 1e15, true, page);
    m_costInitial->setObjectName(QStringLiteral("costInitial"));
    m_costInitial->setPlaceholderText(QStringLiteral("0"));
    m_costInitial->setValue(m_original.cost.initial);
    form->addRow(buddyLabel(tr("&Initial cost:"), m_costInitial, page), withYen(m_costInitial, page));
    m_costAnnual = new NumberField(0, 1e15, true, page);
    m_costAnnual->setObjectName(QStringLiteral("costAnnual"));
    m_costAnnual->setPlaceholderText(QStringLiteral("0"));
    m_costAnnual->setValue(m_original.cost.annual);
    form->addRow(buddyLabel(tr("&Annual cost:"), m_costAnnual, page), withYen(m_costAnnual, page));

    m_owner = orgUnitCombo(document()->model(), m_original.owner, page);
    m_owner->setObjectName(QStringLiteral("owner"));
    form->addRow(tr("&Owner:"), m_owner);

    m_source = new QLineEdit(m_original.source, page);
    m_source->setObjectName(QStringLiteral("source"));
    m_source->setPlaceholderText(tr("e.g. policy §7(1)"));
    form->addRow(tr("So&urce:"), m_source);
    return page;
}

QWidget* ControlEditorDialog::createMitigatesPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("mitigatesPage"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(hintLabel(tr("The threats this control mitigates, one by one or a whole threat category. A blank "
                                   "reduction uses the control's effectiveness. When a threat row and its category's "
                                   "row both apply, the threat row's reduction is used."),
        page));

    m_mitigates = new QTableWidget(0, 3, page);
    m_mitigates->setObjectName(QStringLiteral("mitigates"));
    m_mitigates->setHorizontalHeaderLabels({tr("Threat or threat category"), tr("Reduction (0 to 1)"), QString()});
    m_mitigates->verticalHeader()->hide();
    m_mitigates->setSelectionMode(QAbstractItemView::NoSelection);
    m_mitigates->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mitigates->setShowGrid(false);
    m_mitigates->horizontalHeader()->setSectionResizeMode(TargetColumn, QHeaderView::Stretch);
    m_mitigates->horizontalHeader()->setSectionResizeMode(ReductionColumn, QHeaderView::ResizeToContents);
    m_mitigates->horizontalHeader()->setSectionResizeMode(RemoveColumn, QHeaderView::ResizeToContents);
    // Rows hold editors: make them as tall as a combo box so nothing is cut off.
    QComboBox probe;
    probe.setEditable(true);
    m_mitigates->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_mitigates->verticalHeader()->setDefaultSectionSize(probe.sizeHint().height() + 6);
    layout->addWidget(m_mitigates, 1);

    for (const Mitigation& m : std::as_const(m_original.mitigates))
        addMitigationRow(m);

    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("A&dd a threat or category"), page);
    add->setObjectName(QStringLiteral("addMitigation"));
    connect(add, &QPushButton::clicked, this, [this] {
        addMitigationRow({});
        m_mitigates->scrollToBottom();
        m_mitigates->cellWidget(m_mitigates->rowCount() - 1, TargetColumn)->setFocus();
    });
    buttons->addWidget(add);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    return page;
}

void ControlEditorDialog::addMitigationRow(const Mitigation& entry)
{
    const int row = m_mitigates->rowCount();
    m_mitigates->insertRow(row);

    auto* target = new QComboBox(m_mitigates);
    target->setObjectName(QStringLiteral("mitigationTarget"));
    target->setEditable(true);
    target->setInsertPolicy(QComboBox::NoInsert);
    target->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    target->setMinimumContentsLength(24);
    for (int c = 1; c <= kThreatCategoryCount; ++c) {
        target->addItem(tr("Category %1: %2").arg(QString::number(c), EnumNames::threatCategory(c)));
        target->setItemData(target->count() - 1, c, CategoryRole);
    }
    target->insertSeparator(target->count());
    for (const Threat& t : document()->model().threats)
        target->addItem(idAndName(t.id, t.name), t.id);
    int current = -1;
    if (entry.category)
        current = target->findData(*entry.category, CategoryRole);
    else if (!entry.threat.isEmpty()) {
        current = target->findData(entry.threat, Qt::UserRole);
        if (current < 0) { // not a threat of the model: keep it visible rather than lose it silently
            target->addItem(entry.threat, entry.threat);
            current = target->count() - 1;
        }
    }
    target->setCurrentIndex(current);
    target->lineEdit()->setPlaceholderText(tr("Type an ID or part of a name"));
    // Searching anywhere in "ID  name", so both "T1-03" and "マルウェア" find the threat.
    target->completer()->setCompletionMode(QCompleter::PopupCompletion);
    target->completer()->setFilterMode(Qt::MatchContains);
    m_mitigates->setCellWidget(row, TargetColumn, target);

    auto* reduction = new NumberField(0, 1, false, m_mitigates);
    reduction->setObjectName(QStringLiteral("mitigationReduction"));
    reduction->setValue(entry.reduction);
    m_mitigates->setCellWidget(row, ReductionColumn, reduction);

    auto* remove = new QToolButton(m_mitigates);
    remove->setObjectName(QStringLiteral("removeMitigation"));
    remove->setText(tr("Remove"));
    remove->setAutoRaise(true);
    connect(remove, &QToolButton::clicked, this, [this, remove] { removeMitigationRow(remove); });
    m_mitigates->setCellWidget(row, RemoveColumn, remove);

    updateReductionPlaceholders();
    updateTabTitles();
}

void ControlEditorDialog::removeMitigationRow(const QWidget* removeButton)
{
    for (int row = 0; row < m_mitigates->rowCount(); ++row) {
        if (m_mitigates->cellWidget(row, RemoveColumn) == removeButton) {
            m_mitigates->removeRow(row);
            break;
        }
    }
    updateTabTitles();
}

void ControlEditorDialog::updateReductionPlaceholders()
{
    if (!m_mitigates)
        return;
    // A blank reduction means "the effectiveness": show the value it stands for right now.
    const NumberField::Read effectiveness = m_effectiveness->read(QString());
    const double value = effectiveness.error.isEmpty() ? effectiveness.value.value_or(0.5) : 0.5;
    const QString placeholder
        = tr("As effectiveness (%1)").arg(QLocale().toString(value, 'f', QLocale::FloatingPointShortest));
    for (int row = 0; row < m_mitigates->rowCount(); ++row) {
        if (auto* field = qobject_cast<NumberField*>(m_mitigates->cellWidget(row, ReductionColumn)))
            field->setPlaceholderText(placeholder);
    }
}

QWidget* ControlEditorDialog::createScopePage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("scopePage"));
    auto* layout = new QVBoxLayout(page);
    m_scopeChoice = new QButtonGroup(this);
    const std::pair<ScopeChoice, QString> choices[] = {{ScopeAll, tr("All assets")}, {ScopeAssets, tr("Listed assets")},
        {ScopeFilter, tr("Assets of the checked types and tiers")}};
    const char* const names[] = {"scopeAll", "scopeAssets", "scopeFilter"};
    auto* stack = new QStackedWidget(page);
    for (const auto& [choice, text] : choices) {
        auto* button = new QRadioButton(text, page);
        button->setObjectName(QString::fromLatin1(names[choice]));
        m_scopeChoice->addButton(button, choice);
        layout->addWidget(button);
    }
    layout->addWidget(stack, 1);

    QLabel* all = hintLabel(tr("The control covers every asset of the model, including assets added later."), stack);
    all->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    stack->addWidget(all);

    m_scopeAssets = new CheckList(true, stack);
    m_scopeAssets->setNames(QStringLiteral("scopeAssetList"));
    for (const Asset& a : document()->model().assets)
        m_scopeAssets->addItem(a.id, QStringLiteral("%1 — %2").arg(idAndName(a.id, a.name), EnumNames::name(a.tier)));
    m_scopeAssets->setChecked(m_original.scope.assets);
    stack->addWidget(m_scopeAssets);

    auto* filter = new QWidget(stack);
    auto* grid = new QGridLayout(filter);
    grid->setContentsMargins(0, 0, 0, 0);
    m_scopeTypes = new CheckList(false, filter);
    m_scopeTypes->setNames(QStringLiteral("scopeTypes"));
    addEnumItems<AssetType>(m_scopeTypes);
    m_scopeTypes->setChecked(enumKeys(m_original.scope.filter.types));
    m_scopeTypes->fitToContents();
    m_scopeTiers = new CheckList(false, filter);
    m_scopeTiers->setNames(QStringLiteral("scopeTiers"));
    addEnumItems<Tier>(m_scopeTiers);
    m_scopeTiers->setChecked(enumKeys(m_original.scope.filter.tiers));
    m_scopeTiers->fitToContents();
    grid->addWidget(plainLabel(tr("Asset types"), filter), 0, 0);
    grid->addWidget(plainLabel(tr("Tiers"), filter), 0, 1);
    grid->addWidget(m_scopeTypes, 1, 0, Qt::AlignTop);
    grid->addWidget(m_scopeTiers, 1, 1, Qt::AlignTop);
    grid->addWidget(hintLabel(tr("Nothing checked in a list means every asset type, or every tier. An asset is "
                                 "covered when both its type and its tier match."),
                        filter),
        2, 0, 1, 2);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(3, 1);
    stack->addWidget(filter);

    connect(m_scopeChoice, &QButtonGroup::idToggled, stack, [stack](int id, bool checked) {
        if (checked)
            stack->setCurrentIndex(id);
    });
    const ScopeChoice current = m_original.scope.mode == ControlScope::Mode::Assets ? ScopeAssets
        : m_original.scope.mode == ControlScope::Mode::Filter                       ? ScopeFilter
                                                                                    : ScopeAll;
    m_scopeChoice->button(current)->setChecked(true);
    return page;
}

QWidget* ControlEditorDialog::createRequiresPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("requiresPage"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(hintLabel(tr("The controls this one depends on: its readiness is multiplied by theirs, so it "
                                   "works fully only when they are implemented. A chain of requirements must not "
                                   "loop back to this control."),
        page));
    m_requires = new CheckList(true, page);
    m_requires->setNames(QStringLiteral("requires"));
    for (const Control& k : document()->model().controls) {
        if (k.id != m_original.id)
            m_requires->addItem(
                k.id, QStringLiteral("%1 — %2").arg(idAndName(k.id, k.name), EnumNames::name(k.status)));
    }
    m_requires->setChecked(m_original.requires_);
    connect(m_requires, &CheckList::checkedChanged, this, &ControlEditorDialog::updateTabTitles);
    layout->addWidget(m_requires, 1);
    return page;
}

QWidget* ControlEditorDialog::createUnitStatusPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("unitStatusPage"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(hintLabel(tr("The control's status for the assets one org unit owns, where it differs from the "
                                   "control's own status (the self-inspection sets these). Other units' assets use "
                                   "the control's status."),
        page));
    m_unitStatuses = new QTableWidget(0, 3, page);
    m_unitStatuses->setObjectName(QStringLiteral("unitStatuses"));
    m_unitStatuses->setHorizontalHeaderLabels({tr("Org unit"), tr("Status"), QString()});
    m_unitStatuses->verticalHeader()->hide();
    m_unitStatuses->setSelectionMode(QAbstractItemView::NoSelection);
    m_unitStatuses->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_unitStatuses->setShowGrid(false);
    m_unitStatuses->horizontalHeader()->setSectionResizeMode(UnitColumn, QHeaderView::Stretch);
    m_unitStatuses->horizontalHeader()->setSectionResizeMode(UnitStatusColumn, QHeaderView::ResizeToContents);
    m_unitStatuses->horizontalHeader()->setSectionResizeMode(UnitRemoveColumn, QHeaderView::ResizeToContents);
    QComboBox probe;
    m_unitStatuses->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_unitStatuses->verticalHeader()->setDefaultSectionSize(probe.sizeHint().height() + 6);
    layout->addWidget(m_unitStatuses, 1);
    for (auto it = m_original.statusByUnit.cbegin(); it != m_original.statusByUnit.cend(); ++it)
        addUnitStatusRow(it.key(), it.value());

    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add a &unit"), page);
    add->setObjectName(QStringLiteral("addUnitStatus"));
    connect(add, &QPushButton::clicked, this, [this] {
        addUnitStatusRow({}, enumValue(m_status, m_original.status));
        m_unitStatuses->cellWidget(m_unitStatuses->rowCount() - 1, UnitColumn)->setFocus();
    });
    buttons->addWidget(add);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    return page;
}

void ControlEditorDialog::addUnitStatusRow(const QString& unit, ControlStatus status)
{
    const int row = m_unitStatuses->rowCount();
    m_unitStatuses->insertRow(row);
    QComboBox* units = orgUnitCombo(document()->model(), unit, m_unitStatuses);
    units->setObjectName(QStringLiteral("unitStatusUnit"));
    m_unitStatuses->setCellWidget(row, UnitColumn, units);
    QComboBox* statuses = enumCombo(status, m_unitStatuses);
    statuses->setObjectName(QStringLiteral("unitStatusStatus"));
    m_unitStatuses->setCellWidget(row, UnitStatusColumn, statuses);
    auto* remove = new QToolButton(m_unitStatuses);
    remove->setObjectName(QStringLiteral("removeUnitStatus"));
    remove->setText(tr("Remove"));
    remove->setAutoRaise(true);
    connect(remove, &QToolButton::clicked, this, [this, remove] { removeUnitStatusRow(remove); });
    m_unitStatuses->setCellWidget(row, UnitRemoveColumn, remove);
    updateTabTitles();
}

void ControlEditorDialog::removeUnitStatusRow(const QWidget* removeButton)
{
    for (int row = 0; row < m_unitStatuses->rowCount(); ++row) {
        if (m_unitStatuses->cellWidget(row, UnitRemoveColumn) == removeButton) {
            m_unitStatuses->removeRow(row);
            break;
        }
    }
    updateTabTitles();
}

ControlEditorDialog::UnitStatuses ControlEditorDialog::unitStatuses() const
{
    UnitStatuses out;
    for (int row = 0; row < m_unitStatuses->rowCount(); ++row) {
        auto* unit = qobject_cast<QComboBox*>(m_unitStatuses->cellWidget(row, UnitColumn));
        auto* status = qobject_cast<QComboBox*>(m_unitStatuses->cellWidget(row, UnitStatusColumn));
        const QString id = comboKey(unit);
        if (id.isEmpty()) {
            out.error = tr("Status by unit, row %1: choose an org unit.").arg(row + 1);
            out.at = unit;
            return out;
        }
        if (out.entries.contains(id)) {
            out.error = tr("Status by unit: %1 is listed twice.").arg(unit->currentText());
            out.at = unit;
            return out;
        }
        out.entries.insert(id, enumValue(status, ControlStatus::None));
    }
    return out;
}

void ControlEditorDialog::updateTabTitles()
{
    if (!m_tabs || m_tabs->count() < 5)
        return;
    m_tabs->setTabText(0, tr("General"));
    m_tabs->setTabText(1, tr("Mitigates (%1)").arg(m_mitigates->rowCount()));
    m_tabs->setTabText(2, tr("Scope"));
    m_tabs->setTabText(3, tr("Requires (%1)").arg(m_requires->checkedKeys().size()));
    m_tabs->setTabText(4, tr("Status by unit (%1)").arg(m_unitStatuses->rowCount()));
}

ControlEditorDialog::Mitigations ControlEditorDialog::mitigations() const
{
    Mitigations out;
    for (int row = 0; row < m_mitigates->rowCount(); ++row) {
        auto* target = qobject_cast<QComboBox*>(m_mitigates->cellWidget(row, TargetColumn));
        auto* reduction = qobject_cast<NumberField*>(m_mitigates->cellWidget(row, ReductionColumn));
        std::optional<Mitigation> entry = targetOf(target);
        if (!entry) {
            out.error = tr("Mitigates, row %1: choose a threat or a threat category from the list.").arg(row + 1);
            out.at = target;
            return out;
        }
        const NumberField::Read read = reduction->read(tr("Mitigates, row %1: the reduction").arg(row + 1));
        if (!read.error.isEmpty()) {
            out.error = read.error;
            out.at = reduction;
            return out;
        }
        entry->reduction = read.value;
        for (qsizetype other = 0; other < out.entries.size(); ++other) {
            const Mitigation& e = out.entries[other];
            if (e.threat == entry->threat && e.category == entry->category) {
                out.error = tr("Mitigates, rows %1 and %2 name the same threat or category.")
                                .arg(QString::number(other + 1), QString::number(row + 1));
                out.at = target;
                return out;
            }
        }
        out.entries.append(*entry);
    }
    return out;
}

ItemEditorDialog::Change ControlEditorDialog::change() const
{
    Control k = m_original;
    k.name = {editedText(m_nameJa, m_original.name.ja), editedText(m_nameEn, m_original.name.en)};
    if (k.name.isEmpty())
        return refuse(tr("Enter a name in Japanese or English."), m_nameJa);
    k.group = m_group->currentData().toInt();
    k.status = enumValue(m_status, m_original.status);
    const NumberField::Read effectiveness = m_effectiveness->read(tr("Effectiveness"));
    if (!effectiveness.error.isEmpty())
        return refuse(effectiveness.error, m_effectiveness);
    k.effectiveness = effectiveness.value;
    k.effect = enumValue(m_effect, m_original.effect);
    const NumberField::Read initial = m_costInitial->read(tr("Initial cost"));
    if (!initial.error.isEmpty())
        return refuse(initial.error, m_costInitial);
    k.cost.initial = initial.value.value_or(0);
    const NumberField::Read annual = m_costAnnual->read(tr("Annual cost"));
    if (!annual.error.isEmpty())
        return refuse(annual.error, m_costAnnual);
    k.cost.annual = annual.value.value_or(0);
    k.owner = comboKey(m_owner);
    k.source = editedText(m_source, m_original.source);

    Mitigations m = mitigations();
    if (!m.error.isEmpty())
        return refuse(m.error, m.at);
    k.mitigates = std::move(m.entries);

    // Only the part of the scope its mode uses is kept: a model read from a file never has the others.
    ControlScope& scope = k.scope;
    scope = {};
    switch (m_scopeChoice->checkedId()) {
    case ScopeAssets:
        scope.mode = ControlScope::Mode::Assets;
        scope.assets = m_scopeAssets->checkedKeys(m_original.scope.assets);
        if (scope.assets.isEmpty() && scope != m_original.scope)
            return refuse(tr("Scope: check at least one asset, or choose another scope."), m_scopeAssets->list());
        break;
    case ScopeFilter:
        scope.mode = ControlScope::Mode::Filter;
        scope.filter.types
            = enumsFromKeys<AssetType>(m_scopeTypes->checkedKeys(enumKeys(m_original.scope.filter.types)));
        scope.filter.tiers = enumsFromKeys<Tier>(m_scopeTiers->checkedKeys(enumKeys(m_original.scope.filter.tiers)));
        break;
    default:
        scope.mode = ControlScope::Mode::All;
        break;
    }

    k.requires_ = m_requires->checkedKeys(m_original.requires_);

    UnitStatuses byUnit = unitStatuses();
    if (!byUnit.error.isEmpty())
        return refuse(byUnit.error, byUnit.at);
    k.statusByUnit = std::move(byUnit.entries);

    k.id = m_id->text();
    if (k.id != m_original.id) {
        if (const QString why = edits::idRefusal<Control>(document()->model(), k.id); !why.isEmpty())
            return refuse(why, m_id);
    }
    return fromEdit(edits::replaceItem(document()->model(), m_original.id, std::move(k)));
}

} // namespace mamori
