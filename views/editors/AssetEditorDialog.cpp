#include "editors/AssetEditorDialog.h"

#include "DisplayLanguage.h"
#include "EnumNames.h"
#include "document/Edits.h"
#include "document/ProjectDocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTextDocument>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mamori {

using namespace forms;

namespace {

QString number(double v)
{
    return QLocale().toString(v, 'f', QLocale::FloatingPointShortest);
}

} // namespace

AssetEditorDialog::AssetEditorDialog(ProjectDocument* document, qsizetype index, QWidget* parent)
    : ItemEditorDialog(document, parent)
    , m_original(document->model().assets.at(index))
{
    setObjectName(QStringLiteral("assetEditor"));
    setWindowTitle(tr("Asset %1").arg(m_original.id));
    const Model& model = document->model();

    auto* body = new QWidget(this);
    auto* columns = new QHBoxLayout(body);
    columns->setContentsMargins(0, 0, 0, 0);
    auto* left = new QVBoxLayout;
    columns->addLayout(left, 3);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    left->addLayout(form);
    // The ward's own numbering (資産管理番号): OK renames the item and everything that names it.
    m_id = new QLineEdit(m_original.id, body);
    m_id->setObjectName(QStringLiteral("assetId"));
    form->addRow(tr("ID:"), m_id);

    m_nameJa = new QLineEdit(m_original.name.ja, body);
    m_nameJa->setObjectName(QStringLiteral("nameJa"));
    form->addRow(tr("Name (&Japanese):"), m_nameJa);
    m_nameEn = new QLineEdit(m_original.name.en, body);
    m_nameEn->setObjectName(QStringLiteral("nameEn"));
    form->addRow(tr("Name (&English):"), m_nameEn);

    m_type = enumCombo(m_original.type, body);
    m_type->setObjectName(QStringLiteral("type"));
    form->addRow(tr("&Type:"), m_type);
    m_tier = enumCombo(m_original.tier, body);
    m_tier->setObjectName(QStringLiteral("tier"));
    form->addRow(tr("T&ier:"), m_tier);
    m_owner = orgUnitCombo(model, m_original.owner, body);
    m_owner->setObjectName(QStringLiteral("owner"));
    form->addRow(tr("&Owner:"), m_owner);

    m_gateway = new QCheckBox(tr("Sanctioned separation point between tiers"), body);
    m_gateway->setObjectName(QStringLiteral("gateway"));
    m_gateway->setChecked(m_original.gateway);
    form->addRow(tr("Gateway:"), m_gateway);

    m_description = new QPlainTextEdit(body);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setPlainText(m_original.description);
    m_descriptionShown = m_description->toPlainText();
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(tr("&Description:"), m_description);

    // Classification and explicit impact per dimension, as RISK-MODEL.md 3.1 combines them.
    auto* impactBox = new QGroupBox(tr("Classification and impact"), body);
    auto* grid = new QGridLayout(impactBox);
    for (Dimension d : kDimensions) {
        const int column = dimIndex(d) + 1;
        grid->addWidget(
            plainLabel(tr("%1 (%2)").arg(EnumNames::name(d), toKey(d)), impactBox), 0, column, Qt::AlignLeft);

        auto* level = new QComboBox(impactBox);
        level->setObjectName(QStringLiteral("classification") + toKey(d));
        level->addItem(tr("(none)"), QString());
        for (const ImpactLevel& l : model.settings.impactTable[dimIndex(d)])
            level->addItem(tr("%1 (impact %2)").arg(l.level, number(l.impact)), l.level);
        const QString current = m_original.classification[dimIndex(d)].value_or(QString());
        int found = level->findData(current);
        if (found < 0) { // a level not in the table: shown as it is rather than dropped
            level->addItem(current, current);
            found = level->count() - 1;
        }
        level->setCurrentIndex(found);
        connect(level, &QComboBox::currentIndexChanged, this, &AssetEditorDialog::updateImpactPlaceholders);
        m_classification[dimIndex(d)] = level;
        grid->addWidget(level, 1, column);

        auto* impact = new NumberField(1, 5, false, impactBox);
        impact->setObjectName(QStringLiteral("impact") + toKey(d));
        impact->setValue(m_original.impact[dimIndex(d)]);
        m_impact[dimIndex(d)] = impact;
        grid->addWidget(impact, 2, column);
    }
    grid->addWidget(plainLabel(tr("Classification:"), impactBox), 1, 0);
    grid->addWidget(plainLabel(tr("Impact (explicit):"), impactBox), 2, 0);
    grid->addWidget(hintLabel(tr("A blank impact comes from the classification through the impact table, or is 1 "
                                 "without one. Assets this one depends on inherit its impact."),
                        impactBox),
        3, 0, 1, 4);
    for (int c = 1; c <= 3; ++c)
        grid->setColumnStretch(c, 1);
    left->addWidget(impactBox);
    left->addWidget(createContinuity(body));
    left->addStretch(1);

    auto* right = new QVBoxLayout;
    right->addWidget(createDependencies(body), 3);
    right->addWidget(createAttributes(body), 2);
    columns->addLayout(right, 2);
    updateImpactPlaceholders();
    setBody(body);
    fitToContent({980, 0});
}

QWidget* AssetEditorDialog::createDependencies(QWidget* parent)
{
    auto* box = new QGroupBox(tr("Dependencies (read only)"), parent);
    auto* layout = new QVBoxLayout(box);
    const Model& model = document()->model();
    const ModelIndex index(model);
    auto assetText = [&model, &index](const QString& id) {
        const qsizetype i = index.assets.value(id, -1);
        return i < 0 ? id : idAndName(id, model.assets[i].name);
    };
    auto makeTree = [box](const char* name) {
        auto* tree = new QTreeWidget(box);
        tree->setObjectName(QString::fromLatin1(name));
        tree->setRootIsDecorated(false);
        tree->setUniformRowHeights(true);
        tree->setSelectionMode(QAbstractItemView::NoSelection);
        tree->setFocusPolicy(Qt::NoFocus);
        tree->setHeaderLabels({tr("Asset"), tr("Kind"), tr("Group")});
        tree->header()->setStretchLastSection(false);
        tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
        tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
        tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
        return tree;
    };
    QTreeWidget* dependsOn = makeTree("dependsOn");
    QTreeWidget* dependents = makeTree("dependents");
    auto addRow = [](QTreeWidget* tree, const QString& asset, const Dependency& e) {
        auto* item = new QTreeWidgetItem(tree, {asset, EnumNames::name(e.kind), e.group});
        // The full name when the column cuts it; escaped, since a tooltip would render markup.
        item->setToolTip(0, Qt::convertFromPlainText(asset, Qt::WhiteSpaceNoWrap));
    };
    for (const Dependency& e : model.dependencies) {
        if (e.from == m_original.id)
            addRow(dependsOn, assetText(e.to), e);
        if (e.to == m_original.id)
            addRow(dependents, assetText(e.from), e);
    }
    layout->addWidget(plainLabel(tr("This asset depends on (%1):").arg(dependsOn->topLevelItemCount()), box));
    layout->addWidget(dependsOn, 1);
    layout->addWidget(plainLabel(tr("Depending on this asset (%1):").arg(dependents->topLevelItemCount()), box));
    layout->addWidget(dependents, 1);
    layout->addWidget(hintLabel(tr("Edit dependencies in the Dependencies register."), box));
    return box;
}

QWidget* AssetEditorDialog::createAttributes(QWidget* parent)
{
    auto* box = new QGroupBox(tr("Attributes"), parent);
    auto* layout = new QVBoxLayout(box);
    m_attributes = new QTableWidget(0, 2, box);
    m_attributes->setObjectName(QStringLiteral("attributes"));
    m_attributes->setHorizontalHeaderLabels({tr("Heading"), tr("Value")});
    m_attributes->verticalHeader()->hide();
    m_attributes->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_attributes->horizontalHeader()->setStretchLastSection(true);
    for (auto it = m_original.attributes.cbegin(); it != m_original.attributes.cend(); ++it) {
        const int row = m_attributes->rowCount();
        m_attributes->insertRow(row);
        m_attributes->setItem(row, 0, new QTableWidgetItem(it.key()));
        m_attributes->setItem(row, 1, new QTableWidgetItem(it.value()));
    }
    auto* add = new QPushButton(tr("Add"), box);
    add->setObjectName(QStringLiteral("addAttribute"));
    auto* remove = new QPushButton(tr("Remove"), box);
    remove->setObjectName(QStringLiteral("removeAttribute"));
    connect(add, &QPushButton::clicked, this, [this] {
        const int row = m_attributes->rowCount();
        m_attributes->insertRow(row);
        m_attributes->setItem(row, 0, new QTableWidgetItem);
        m_attributes->setItem(row, 1, new QTableWidgetItem);
        m_attributes->setCurrentCell(row, 0);
        m_attributes->editItem(m_attributes->item(row, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_attributes->currentRow() >= 0)
            m_attributes->removeRow(m_attributes->currentRow());
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addWidget(m_attributes, 1);
    layout->addLayout(buttons);
    layout->addWidget(hintLabel(tr("Columns of an imported inventory that no field takes, kept as written."), box));
    return box;
}

QWidget* AssetEditorDialog::createContinuity(QWidget* parent)
{
    auto* box = new QGroupBox(tr("Service continuity"), parent);
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_isService = new QCheckBox(tr("A &service whose outages are simulated"), box);
    m_isService->setObjectName(QStringLiteral("isService"));
    m_isService->setChecked(m_original.continuity.has_value());
    form->addRow(m_isService);

    const Continuity continuity = m_original.continuity.value_or(Continuity {});
    m_rto = new NumberField(0, 8760, false, box);
    m_rto->setObjectName(QStringLiteral("rtoHours"));
    m_rto->setValue(continuity.rtoHours);
    m_rto->setPlaceholderText(tr("No target"));
    form->addRow(buddyLabel(tr("Target &recovery time:"), m_rto, box), withUnit(m_rto, tr("hours"), box));
    m_lossPerHour = new NumberField(0, 1e12, true, box);
    m_lossPerHour->setObjectName(QStringLiteral("lossPerHour"));
    m_lossPerHour->setValue(continuity.lossPerHour);
    m_lossPerHour->setPlaceholderText(tr("Default: %1").arg(0));
    form->addRow(buddyLabel(tr("&Loss per hour:"), m_lossPerHour, box), withUnit(m_lossPerHour, tr("yen"), box));
    const auto enable = [this](bool on) {
        m_rto->setEnabled(on);
        m_lossPerHour->setEnabled(on);
    };
    enable(m_isService->isChecked());
    connect(m_isService, &QCheckBox::toggled, this, enable);

    // Dependencies that share a group are alternatives (two power lines, three cluster nodes): the
    // asset stays up while as many of them as it needs are up.
    QMap<QString, int> groupSizes;
    for (const Dependency& e : document()->model().dependencies) {
        if (e.from == m_original.id && !e.group.isEmpty())
            ++groupSizes[e.group];
    }
    if (groupSizes.isEmpty()) {
        form->addRow(tr("Redundancy:"),
            hintLabel(tr("No alternatives: give dependencies a group in the Dependencies register."), box));
        return box;
    }
    auto* needs = new QGridLayout; // the form owns it once added
    int row = 0;
    for (auto it = groupSizes.cbegin(); it != groupSizes.cend(); ++it, ++row) {
        auto* spin = new QSpinBox(box);
        spin->setObjectName(QStringLiteral("need-") + it.key());
        // A need above the group's size is shown as it is (validation names it), never clamped.
        spin->setRange(1, qMax(it.value(), m_original.needFor(it.key())));
        spin->setValue(m_original.needFor(it.key()));
        needs->addWidget(plainLabel(it.key(), box), row, 0);
        needs->addWidget(spin, row, 1);
        needs->addWidget(plainLabel(tr("of %1 up").arg(it.value()), box), row, 2);
        m_needs.append({it.key(), spin});
    }
    needs->setColumnStretch(2, 1);
    form->addRow(tr("Needs up:"), needs);
    return box;
}

ItemEditorDialog::Change AssetEditorDialog::readContinuity(Asset& asset) const
{
    if (m_isService->isChecked()) {
        const NumberField::Read rto = m_rto->read(tr("Target recovery time"));
        if (!rto.error.isEmpty())
            return refuse(rto.error, m_rto);
        const NumberField::Read loss = m_lossPerHour->read(tr("Loss per hour"));
        if (!loss.error.isEmpty())
            return refuse(loss.error, m_lossPerHour);
        asset.continuity = Continuity {rto.value, loss.value};
    } else {
        asset.continuity.reset();
    }
    for (const auto& [group, spin] : m_needs) {
        // Untouched, the need stays as it was written (an explicit 1 is kept, a missing one not added).
        if (spin->value() == m_original.needFor(group))
            continue;
        if (spin->value() == 1)
            asset.need.remove(group);
        else
            asset.need.insert(group, spin->value());
    }
    return {};
}

std::optional<QMap<QString, QString>> AssetEditorDialog::readAttributes(QString* error) const
{
    QMap<QString, QString> out;
    for (int r = 0; r < m_attributes->rowCount(); ++r) {
        const QTableWidgetItem* heading = m_attributes->item(r, 0);
        const QTableWidgetItem* value = m_attributes->item(r, 1);
        const QString key = heading ? heading->text().trimmed() : QString();
        const QString text = value ? value->text() : QString();
        if (key.isEmpty() && text.trimmed().isEmpty())
            continue; // a row added and left empty
        if (key.isEmpty()) {
            *error = tr("Attribute row %1 has a value but no heading.").arg(r + 1);
            return std::nullopt;
        }
        if (out.contains(key)) {
            *error = tr("The attribute heading “%1” is written twice.").arg(key);
            return std::nullopt;
        }
        out.insert(key, text);
    }
    return out;
}

void AssetEditorDialog::updateImpactPlaceholders()
{
    const Settings& settings = document()->model().settings;
    for (Dimension d : kDimensions) {
        const QString level = comboKey(m_classification[dimIndex(d)]);
        const std::optional<double> fromLevel = level.isEmpty() ? std::nullopt : settings.impactOf(d, level);
        m_impact[dimIndex(d)]->setPlaceholderText(
            fromLevel ? tr("From classification: %1").arg(number(*fromLevel)) : tr("Default: %1").arg(1));
    }
}

ItemEditorDialog::Change AssetEditorDialog::change() const
{
    Asset a = m_original;
    a.name = {editedText(m_nameJa, m_original.name.ja), editedText(m_nameEn, m_original.name.en)};
    if (a.name.isEmpty())
        return refuse(tr("Enter a name in Japanese or English."), m_nameJa);
    a.type = enumValue(m_type, m_original.type);
    a.tier = enumValue(m_tier, m_original.tier);
    a.owner = comboKey(m_owner);
    a.gateway = m_gateway->isChecked();
    // The editor normalizes line breaks and no-break spaces: an untouched description stays as it was.
    if (const QString description = m_description->toPlainText(); description != m_descriptionShown)
        a.description = description;
    for (Dimension d : kDimensions) {
        const QString level = comboKey(m_classification[dimIndex(d)]);
        a.classification[dimIndex(d)] = level.isEmpty() ? std::nullopt : std::optional<QString>(level);
        const NumberField::Read impact = m_impact[dimIndex(d)]->read(tr("Impact %1").arg(EnumNames::name(d)));
        if (!impact.error.isEmpty())
            return refuse(impact.error, m_impact[dimIndex(d)]);
        a.impact[dimIndex(d)] = impact.value;
    }
    QString attributeError;
    const std::optional<QMap<QString, QString>> attributes = readAttributes(&attributeError);
    if (!attributes)
        return refuse(attributeError, m_attributes);
    a.attributes = *attributes;
    if (Change refusal = readContinuity(a); !refusal.error.isEmpty())
        return refusal;

    a.id = m_id->text();
    if (a.id != m_original.id) {
        if (const QString why = edits::idRefusal<Asset>(document()->model(), a.id); !why.isEmpty())
            return refuse(why, m_id);
    }
    return fromEdit(edits::replaceItem(document()->model(), m_original.id, std::move(a)));
}

} // namespace mamori
