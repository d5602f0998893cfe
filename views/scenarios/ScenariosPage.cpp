#include "scenarios/ScenariosPage.h"

#include "DisplayLanguage.h"
#include "EnumNames.h"
#include "ModelEdit.h"
#include "NumberFormat.h"
#include "Scenarios.h"
#include "document/Edits.h"
#include "document/ProjectDocument.h"
#include "engine/Diff.h"
#include "engine/Plan.h"
#include "scenarios/ScenarioChangeText.h"

#include <QAction>
#include <QCheckBox>
#include <QEvent>
#include <QFont>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

#include <functional>
#include <limits>

namespace mamori {

namespace {

constexpr int kIdRole = Qt::UserRole;

/// "id name" for a pick list, and the id back from it.
template <typename T> QStringList pickList(const QList<T>& items)
{
    QStringList out;
    out.reserve(items.size());
    for (const T& item : items)
        out.append(forms::idAndName(item.id, item.name));
    return out;
}

QString pickedId(const QString& text)
{
    return text.section(QLatin1Char(' '), 0, 0).trimmed();
}

} // namespace

ScenariosPage::ScenariosPage(ProjectDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_tree(new QTreeWidget(this))
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_descriptionLabel(new QLabel(this))
    , m_description(new QPlainTextEdit(this))
    , m_base(new QLabel(this))
    , m_changesLabel(new QLabel(this))
    , m_changes(new QTableWidget(this))
    , m_revert(new QPushButton(this))
{
    setObjectName(QStringLiteral("scenariosPage"));
    m_tree->setObjectName(QStringLiteral("scenarioTree"));
    m_tree->setColumnCount(3);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_name->setObjectName(QStringLiteral("scenarioName"));
    m_description->setObjectName(QStringLiteral("scenarioDescription"));
    m_description->setMaximumHeight(m_description->fontMetrics().height() * 5);
    m_description->installEventFilter(this); // applied when the field loses focus, as one undo step
    m_base->setWordWrap(true);
    m_changes->setObjectName(QStringLiteral("scenarioChanges"));
    m_changes->setColumnCount(4);
    m_changes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_changes->verticalHeader()->setDefaultSectionSize(m_changes->fontMetrics().height() + 8);
    m_changes->horizontalHeader()->setStretchLastSection(true);
    m_changes->setWordWrap(false);
    m_revert->setObjectName(QStringLiteral("revertChange"));

    createActions();

    auto* toolbar = new QHBoxLayout;
    for (QAction* a : {m_new, m_newFrom, m_duplicate, m_delete, m_show, m_baseline, m_compare, m_adopt}) {
        auto* b = new QToolButton(this);
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        toolbar->addWidget(b);
    }
    m_whatIf = new QPushButton(this);
    m_whatIf->setObjectName(QStringLiteral("whatIfButton"));
    auto* menu = new QMenu(m_whatIf);
    menu->addActions({m_assetFails, m_controlRemoved, m_budgetCut, m_redundantSupply});
    m_whatIf->setMenu(menu);
    toolbar->addSpacing(12);
    toolbar->addWidget(m_whatIf);
    toolbar->addStretch(1);

    auto* details = new QWidget(this);
    auto* form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_descriptionLabel, m_description);
    form->addRow(m_base);
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addLayout(form);
    detailsLayout->addWidget(m_changesLabel);
    detailsLayout->addWidget(m_changes, 1);
    auto* revertRow = new QHBoxLayout;
    revertRow->addStretch(1);
    revertRow->addWidget(m_revert);
    detailsLayout->addLayout(revertRow);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(details);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({380, 700});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(toolbar);
    layout->addWidget(splitter, 1);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ScenariosPage::showSelected);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this] { m_show->trigger(); });
    connect(m_name, &QLineEdit::editingFinished, this, &ScenariosPage::applyName);
    connect(m_changes, &QTableWidget::itemSelectionChanged, this, &ScenariosPage::updateActions);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        QList<int> rows;
        for (const QModelIndex& index : m_changes->selectionModel()->selectedRows())
            rows.append(index.row());
        revertChanges(selectedScenario(), rows);
    });
    connect(document, &ProjectDocument::scenariosChanged, this, &ScenariosPage::rebuildTree);
    connect(document, &ProjectDocument::activeScenarioChanged, this, &ScenariosPage::rebuildTree);
    retranslate();
    rebuildTree();
}

void ScenariosPage::createActions()
{
    auto make = [this](const char* name, auto slot) {
        auto* a = new QAction(this);
        a->setObjectName(QString::fromLatin1(name));
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_new = make("actionScenarioNew", [this] {
        if (const QString id = createScenario({}, tr("New scenario")); !id.isEmpty())
            m_name->setFocus();
    });
    m_newFrom = make("actionScenarioNewFrom", [this] {
        const QString base = selectedScenario();
        if (const QString id = createScenario(base, tr("Based on %1").arg(scenarioName(base))); !id.isEmpty())
            m_name->setFocus();
    });
    m_duplicate = make("actionScenarioDuplicate", &ScenariosPage::duplicateSelected);
    m_delete = make("actionScenarioDelete", &ScenariosPage::deleteSelected);
    m_show = make("actionScenarioShow", [this] {
        if (const QString error = m_document->setActiveScenario(selectedScenario()); !error.isEmpty())
            refuse(error);
    });
    m_baseline = make("actionScenarioBaseline", [this] { m_document->setActiveScenario({}); });
    m_compare = make("actionScenarioCompare", [this] {
        const Scenario* s = scenario(selectedScenario());
        if (s)
            emit compareRequested(s->base, s->id);
    });
    m_adopt = make("actionScenarioAdopt", [this] { adopt(selectedScenario()); });
    m_assetFails = make("actionWhatIfAssetFails", &ScenariosPage::askAssetFails);
    m_controlRemoved = make("actionWhatIfControlRemoved", &ScenariosPage::askControlRemoved);
    m_budgetCut = make("actionWhatIfBudgetCut", &ScenariosPage::askBudgetCut);
    m_redundantSupply = make("actionWhatIfRedundantSupply", &ScenariosPage::askRedundantSupply);
}

void ScenariosPage::retranslate()
{
    m_tree->setHeaderLabels({tr("Scenario"), tr("ID"), tr("Changes")});
    m_changes->setHorizontalHeaderLabels({tr("Change"), tr("Item"), tr("Field"), tr("Value")});
    m_nameLabel->setText(tr("Name:"));
    m_descriptionLabel->setText(tr("Description:"));
    m_changesLabel->setText(tr("Changes of this scenario against its base (edits made while it is shown):"));
    m_revert->setText(tr("Revert selected changes"));
    m_new->setText(tr("New"));
    m_new->setToolTip(tr("A new scenario based on the baseline"));
    m_newFrom->setText(tr("New from selected"));
    m_newFrom->setToolTip(tr("A new scenario based on the selected scenario (a chain)"));
    m_duplicate->setText(tr("Duplicate"));
    m_delete->setText(tr("Delete"));
    m_show->setText(tr("Show and edit"));
    m_show->setToolTip(tr("Make the selected scenario active: every view shows it, every edit goes into it"));
    m_baseline->setText(tr("Back to baseline"));
    m_compare->setText(tr("Compare"));
    m_adopt->setText(tr("Adopt…"));
    m_adopt->setToolTip(tr("Apply the scenario to the baseline, in one step you can undo"));
    m_whatIf->setText(tr("What if…"));
    m_assetFails->setText(tr("An asset fails…"));
    m_controlRemoved->setText(tr("A control is removed…"));
    m_budgetCut->setText(tr("The plan's budget is cut…"));
    m_redundantSupply->setText(tr("A redundant supply is added…"));
    rebuildTree();
}

void ScenariosPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool ScenariosPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_description && event->type() == QEvent::FocusOut)
        applyDescription();
    return QWidget::eventFilter(watched, event);
}

const Scenario* ScenariosPage::scenario(const QString& id) const
{
    const QList<Scenario>& list = m_document->baseline().scenarios;
    const qsizetype i = id.isEmpty() ? -1 : indexOfId(list, id);
    return i < 0 ? nullptr : &list[i];
}

QString ScenariosPage::scenarioName(const QString& id) const
{
    const Scenario* s = scenario(id);
    if (!s)
        return tr("Baseline");
    const QString name = s->name.text(displayLanguage());
    return name.isEmpty() ? s->id : name;
}

QString ScenariosPage::selectedScenario() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    return item ? item->data(0, kIdRole).toString() : QString();
}

void ScenariosPage::selectScenario(const QString& id)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, kIdRole).toString() == id) {
            m_tree->setCurrentItem(*it);
            return;
        }
    }
}

void ScenariosPage::rebuildTree()
{
    const QString keep = selectedScenario();
    const QString active = m_document->activeScenario();
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    auto* root = new QTreeWidgetItem(m_tree, {tr("Baseline"), QString(), QString()});
    root->setData(0, kIdRole, QString());
    QHash<QString, QTreeWidgetItem*> items {{QString(), root}};
    // Parents before children: a base may come later in the list than the scenario built on it.
    QList<Scenario> pending = m_document->baseline().scenarios;
    while (!pending.isEmpty()) {
        const qsizetype before = pending.size();
        for (qsizetype i = 0; i < pending.size();) {
            const Scenario& s = pending[i];
            QTreeWidgetItem* parent = items.value(s.base);
            if (!parent) {
                ++i;
                continue;
            }
            auto* item = new QTreeWidgetItem(parent, {scenarioName(s.id), s.id, QString::number(s.changes.size())});
            item->setData(0, kIdRole, s.id);
            item->setToolTip(0, s.description);
            items.insert(s.id, item);
            pending.removeAt(i);
        }
        if (pending.size() == before)
            break; // a broken chain; validation keeps it from happening
    }
    for (auto it = items.cbegin(); it != items.cend(); ++it) {
        QFont f = it.value()->font(0);
        f.setBold(it.key() == active);
        it.value()->setFont(0, f);
        if (it.key() == active)
            it.value()->setText(0, tr("%1 (shown)").arg(it.value()->text(0)));
    }
    m_tree->expandAll();
    m_tree->resizeColumnToContents(1);
    m_tree->resizeColumnToContents(2);
    QTreeWidgetItem* current = items.value(keep, items.value(active, root));
    m_tree->setCurrentItem(current);
    showSelected();
}

void ScenariosPage::showSelected()
{
    const Scenario* s = scenario(selectedScenario());
    m_name->setEnabled(s);
    m_description->setEnabled(s);
    m_name->setText(s ? s->name.text(displayLanguage()) : tr("Baseline"));
    m_description->setPlainText(s ? s->description
                                  : tr("The approved model. Scenarios never change it until "
                                       "one is adopted."));
    m_base->setText(s ? tr("Based on: %1").arg(scenarioName(s->base)) : QString());
    m_changes->setRowCount(0);
    if (s) {
        // Names are looked up in what the scenario builds on, where everything it names exists.
        const ResolvedScenario base = s->base.isEmpty() ? ResolvedScenario {m_document->baseline(), {}}
                                                        : resolveScenario(m_document->baseline(), s->base);
        m_changes->setRowCount(int(s->changes.size()));
        for (int row = 0; row < s->changes.size(); ++row) {
            const ScenarioChangeText t = ScenarioChangeText::of(s->changes[row], base.model);
            const QStringList cells {t.op, t.item, t.field, t.value};
            for (int c = 0; c < cells.size(); ++c) {
                auto* cell = new QTableWidgetItem(cells[c]);
                cell->setToolTip(cells[c]);
                m_changes->setItem(row, c, cell);
            }
        }
        m_changes->resizeColumnsToContents();
    }
    updateActions();
}

void ScenariosPage::updateActions()
{
    const QString id = selectedScenario();
    const bool isScenario = scenario(id) != nullptr;
    m_duplicate->setEnabled(isScenario);
    m_delete->setEnabled(isScenario);
    m_compare->setEnabled(isScenario);
    m_adopt->setEnabled(isScenario);
    m_show->setEnabled(id != m_document->activeScenario());
    m_baseline->setEnabled(!m_document->activeScenario().isEmpty());
    m_revert->setEnabled(isScenario && m_changes->selectionModel()->hasSelection());
}

bool ScenariosPage::refuse(const QString& error)
{
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Scenarios"), error);
    return error.isEmpty();
}

QString ScenariosPage::createScenario(
    const QString& base, const QString& name, const QList<ScenarioChange>& changes, const QString& description)
{
    return createScenario(
        edits::newScenario(m_document->baseline(), base, name, displayLanguage(), changes, description));
}

QString ScenariosPage::createScenario(const UserEdit& creation)
{
    if (!refuse(m_document->editScenarios(creation)))
        return {};
    selectScenario(creation.created);
    return creation.created;
}

void ScenariosPage::applyName()
{
    if (!scenario(selectedScenario()))
        return;
    refuse(m_document->editScenarios(
        edits::renameScenario(m_document->baseline(), selectedScenario(), m_name->text(), displayLanguage())));
}

void ScenariosPage::applyDescription()
{
    if (!scenario(selectedScenario()))
        return;
    refuse(m_document->editScenarios(
        edits::describeScenario(m_document->baseline(), selectedScenario(), m_description->toPlainText())));
}

void ScenariosPage::duplicateSelected()
{
    if (scenario(selectedScenario()))
        createScenario(edits::duplicateScenario(m_document->baseline(), selectedScenario(), displayLanguage()));
}

void ScenariosPage::deleteSelected()
{
    const Scenario* s = scenario(selectedScenario());
    if (!s)
        return;
    const UserEdit deletion = edits::deleteScenario(m_document->baseline(), s->id, displayLanguage());
    if (!refuse(deletion.error))
        return;
    if (QMessageBox::question(this, tr("Delete scenario"),
            tr("Delete scenario “%1” with its %n change(s)? You can undo this.", nullptr, int(s->changes.size()))
                .arg(scenarioName(s->id)))
        != QMessageBox::Yes)
        return;
    refuse(m_document->editScenarios(deletion));
}

bool ScenariosPage::revertChanges(const QString& id, const QList<int>& rows)
{
    if (!scenario(id) || rows.isEmpty())
        return false;
    return refuse(
        m_document->editScenarios(edits::revertScenarioChanges(m_document->baseline(), id, rows, displayLanguage())));
}

bool ScenariosPage::adopt(const QString& id, bool ask)
{
    const Scenario* s = scenario(id);
    if (!s)
        return false;
    const ProjectDocument::Adoption adoption = m_document->prepareAdoption(id);
    if (!refuse(adoption.error))
        return false;
    QList<ModelEdit> then;
    if (ask) {
        // The plan actions the scenario carries out: offered to be marked done in the same step.
        const QStringList completed = actionsCompletedBy(m_document->baseline(), adoption.baseline);
        QMessageBox box(QMessageBox::Question, tr("Adopt scenario"),
            tr("Adopting “%1” makes it the baseline.").arg(scenarioName(id)), QMessageBox::Cancel, this);
        box.setInformativeText(adoptionSummary(*s, adoption, completed));
        QStringList details;
        for (int i = 0; i < s->changes.size(); ++i) {
            const ScenarioChangeText t = ScenarioChangeText::of(s->changes[i], adoption.baseline);
            details.append(QStringLiteral("%1 %2 %3 %4").arg(t.op, t.item, t.field, t.value).simplified());
        }
        box.setDetailedText(details.join(QLatin1Char('\n')));
        if (!completed.isEmpty()) {
            auto* mark = new QCheckBox(
                tr("Also mark these %n plan action(s) done (100 %)", nullptr, int(completed.size())), &box);
            mark->setObjectName(QStringLiteral("markActionsDone"));
            mark->setChecked(true);
            box.setCheckBox(mark);
        }
        QPushButton* yes = box.addButton(tr("Adopt"), QMessageBox::AcceptRole);
        box.exec();
        if (box.clickedButton() != yes)
            return false;
        if (box.checkBox() && box.checkBox()->isChecked())
            then = edits::markActionsDone(adoption.baseline, completed).edits;
    }
    return refuse(m_document->adopt(id, then));
}

QString ScenariosPage::adoptionSummary(
    const Scenario& s, const ProjectDocument::Adoption& adoption, const QStringList& completed) const
{
    const ScenarioComparison c = compareScenarios(m_document->baseline(), {}, s.id);
    const QLocale locale;
    QString info = tr("%n risk(s) change.", nullptr, int(c.diff.risks.size())) + QLatin1Char('\n')
        + tr("Residual total: %1 → %2")
              .arg(formatScore(c.diff.base.residual, locale), formatScore(c.diff.scenario.residual, locale))
        + QLatin1Char('\n')
        + tr("Above appetite: %1 → %2")
              .arg(QString::number(c.diff.base.aboveAppetite), QString::number(c.diff.scenario.aboveAppetite))
        + QLatin1Char('\n')
        + tr("Findings: %1 added, %2 removed")
              .arg(QString::number(c.diff.findingsAdded.size()), QString::number(c.diff.findingsRemoved.size()));
    QStringList removed;
    for (const QString& r : adoption.removedScenarios)
        removed.append(scenarioName(r));
    info += QLatin1Char('\n')
        + tr("Scenarios that become part of the baseline and are removed: %1").arg(removed.join(QStringLiteral(", ")));
    if (!adoption.rebasedScenarios.isEmpty()) {
        QStringList rebased;
        for (const QString& r : adoption.rebasedScenarios)
            rebased.append(scenarioName(r));
        info += QLatin1Char('\n')
            + tr("Scenarios based on them are based on the baseline from now on: %1")
                  .arg(rebased.join(QStringLiteral(", ")));
    }
    if (!completed.isEmpty()) {
        info += QLatin1String("\n\n")
            + tr("The scenario implements every control of %n plan action(s) that still read as not done:", nullptr,
                int(completed.size()));
        for (const QString& a : completed) {
            const QString title = actionTitle(adoption.baseline, a, displayLanguage());
            info += QLatin1Char('\n') + (title.isEmpty() ? a : QStringLiteral("%1  %2").arg(a, title));
        }
    }
    info += QLatin1String("\n\n") + tr("You can undo this in one step.");
    return info;
}

QString ScenariosPage::whatIfAssetFails(const QString& assetId)
{
    const Model& m = m_document->model();
    if (indexOfId(m.assets, assetId) < 0)
        return {};
    const QString id = createScenario(
        edits::whatIfAssetFails(m, m_document->baseline(), m_document->activeScenario(), assetId, displayLanguage()));
    if (!id.isEmpty() && refuse(m_document->setActiveScenario(id)))
        emit blastRadiusRequested(assetId);
    return id;
}

QString ScenariosPage::whatIfControlRemoved(const QString& controlId)
{
    const Model& m = m_document->model();
    if (indexOfId(m.controls, controlId) < 0)
        return {};
    const QString base = m_document->activeScenario();
    const QString id
        = createScenario(edits::whatIfControlRemoved(m, m_document->baseline(), base, controlId, displayLanguage()));
    if (!id.isEmpty())
        emit compareRequested(base, id);
    return id;
}

QString ScenariosPage::whatIfBudgetCut(int percent)
{
    const QString base = m_document->activeScenario();
    const QList<UserEdit> steps
        = edits::whatIfBudgetCut(m_document->model(), m_document->baseline(), base, percent, displayLanguage());
    const QString fullId = createScenario(steps.first());
    if (fullId.isEmpty())
        return {};
    const QString cutId = createScenario(steps.last());
    if (!cutId.isEmpty())
        emit compareRequested(fullId, cutId);
    return cutId;
}

QString ScenariosPage::whatIfRedundantSupply(int dependency)
{
    const QString base = m_document->activeScenario();
    const QString id = createScenario(
        edits::whatIfRedundantSupply(m_document->model(), m_document->baseline(), base, dependency, displayLanguage()));
    if (!id.isEmpty())
        emit compareRequested(base, id);
    return id;
}

void ScenariosPage::askRedundantSupply()
{
    // The supplies first: what a second line or host is for (power, hosts, networks, providers).
    const Model& m = m_document->model();
    QStringList items;
    QList<int> rows;
    for (const bool supply : {true, false}) {
        for (int i = 0; i < int(m.dependencies.size()); ++i) {
            const Dependency& d = m.dependencies[i];
            const bool isSupply = d.kind == DependencyKind::PoweredBy || d.kind == DependencyKind::RunsOn
                || d.kind == DependencyKind::ConnectsVia || d.kind == DependencyKind::SuppliedBy;
            if (isSupply != supply)
                continue;
            //: A dependency in a pick list: dependent asset → what it depends on (kind)
            items.append(tr("%1 → %2 (%3)").arg(d.from, d.to, EnumNames::name(d.kind)));
            rows.append(i);
        }
    }
    if (items.isEmpty()) {
        refuse(tr("The model has no dependencies: a redundant supply is added beside one."));
        return;
    }
    bool ok = false;
    const QString picked = QInputDialog::getItem(this, tr("A redundant supply is added"),
        tr("Add a second supply beside the one this dependency names:"), items, 0, false, &ok);
    if (ok && items.contains(picked))
        whatIfRedundantSupply(rows[items.indexOf(picked)]);
}

void ScenariosPage::askAssetFails()
{
    bool ok = false;
    const QString picked = QInputDialog::getItem(
        this, tr("An asset fails"), tr("Asset that fails:"), pickList(m_document->model().assets), 0, true, &ok);
    if (ok)
        whatIfAssetFails(pickedId(picked));
}

void ScenariosPage::askControlRemoved()
{
    bool ok = false;
    const QString picked = QInputDialog::getItem(this, tr("A control is removed"), tr("Control to remove:"),
        pickList(m_document->model().controls), 0, true, &ok);
    if (ok)
        whatIfControlRemoved(pickedId(picked));
}

void ScenariosPage::askBudgetCut()
{
    bool ok = false;
    const int percent = QInputDialog::getInt(
        this, tr("The plan's budget is cut"), tr("Budget, in percent of the plan's initial cost:"), 50, 0, 100, 5, &ok);
    if (ok)
        whatIfBudgetCut(percent);
}

} // namespace mamori
