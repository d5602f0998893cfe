#include "editors/ThreatEditorDialog.h"

#include "EnumNames.h"
#include "document/Edits.h"
#include "document/ProjectDocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace mamori {

using namespace forms;

ThreatEditorDialog::ThreatEditorDialog(ProjectDocument* document, qsizetype index, QWidget* parent)
    : ItemEditorDialog(document, parent)
    , m_original(document->model().threats.at(index))
{
    setObjectName(QStringLiteral("threatEditor"));
    setWindowTitle(tr("Threat %1").arg(m_original.id));
    auto* body = new QWidget(this);
    auto* form = new QFormLayout(body);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    // The ward's own numbering (資産管理番号): OK renames the item and everything that names it.
    m_id = new QLineEdit(m_original.id, body);
    m_id->setObjectName(QStringLiteral("threatId"));
    form->addRow(tr("ID:"), m_id);

    m_nameJa = new QLineEdit(m_original.name.ja, body);
    m_nameJa->setObjectName(QStringLiteral("nameJa"));
    form->addRow(tr("Name (&Japanese):"), m_nameJa);
    m_nameEn = new QLineEdit(m_original.name.en, body);
    m_nameEn->setObjectName(QStringLiteral("nameEn"));
    form->addRow(tr("Name (&English):"), m_nameEn);

    m_category = new QComboBox(body);
    m_category->setObjectName(QStringLiteral("category"));
    for (int c = 1; c <= kThreatCategoryCount; ++c)
        m_category->addItem(tr("%1. %2").arg(QString::number(c), EnumNames::threatCategory(c)), c);
    m_category->setCurrentIndex(qBound(0, m_original.category - 1, kThreatCategoryCount - 1));
    form->addRow(tr("&Category:"), m_category);

    m_likelihood = new NumberField(1, 5, false, body);
    m_likelihood->setObjectName(QStringLiteral("likelihood"));
    m_likelihood->setPlaceholderText(tr("Default: %1").arg(3));
    m_likelihood->setValue(m_original.likelihood);
    auto* likelihoodRow = new QHBoxLayout;
    likelihoodRow->addWidget(m_likelihood);
    likelihoodRow->addWidget(hintLabel(tr("1 to 5; blank uses the default 3"), body), 1);
    form->addRow(buddyLabel(tr("&Likelihood:"), m_likelihood, body), likelihoodRow);

    auto* dimensionRow = new QHBoxLayout;
    for (Dimension d : kDimensions) {
        auto* box = new QCheckBox(tr("%1 (%2)").arg(EnumNames::name(d), toKey(d)), body);
        box->setObjectName(QStringLiteral("dimension") + toKey(d));
        box->setChecked(m_original.dimensions.contains(d));
        m_dimensions[dimIndex(d)] = box;
        dimensionRow->addWidget(box);
    }
    dimensionRow->addStretch(1);
    form->addRow(tr("Dimensions harmed:"), dimensionRow);

    // Types and tiers side by side: a threat meets an asset when both of its lists match the asset.
    m_types = new CheckList(false, body);
    m_types->setNames(QStringLiteral("appliesToTypes"));
    addEnumItems<AssetType>(m_types);
    m_types->setChecked(enumKeys(m_original.appliesTo.types));
    m_types->fitToContents();
    m_tiers = new CheckList(false, body);
    m_tiers->setNames(QStringLiteral("appliesToTiers"));
    addEnumItems<Tier>(m_tiers);
    m_tiers->setChecked(enumKeys(m_original.appliesTo.tiers));
    m_tiers->fitToContents();
    auto* appliesTo = new QGridLayout;
    appliesTo->addWidget(plainLabel(tr("Asset types"), body), 0, 0);
    appliesTo->addWidget(plainLabel(tr("Tiers"), body), 0, 1);
    appliesTo->addWidget(m_types, 1, 0, Qt::AlignTop);
    appliesTo->addWidget(m_tiers, 1, 1, Qt::AlignTop);
    QLabel* hint = hintLabel(tr("Nothing checked in a list means every asset type, or every tier. The threat applies "
                                "to an asset when both its type and its tier match."),
        body);
    hint->setObjectName(QStringLiteral("appliesToHint"));
    appliesTo->addWidget(hint, 2, 0, 1, 2);
    appliesTo->setColumnStretch(1, 1);
    form->addRow(tr("Applies to:"), appliesTo);

    m_source = new QLineEdit(m_original.source, body);
    m_source->setObjectName(QStringLiteral("source"));
    m_source->setPlaceholderText(tr("e.g. policy §3(1)"));
    form->addRow(tr("&Source:"), m_source);

    setBody(body);
    fitToContent({620, 0});
}

ItemEditorDialog::Change ThreatEditorDialog::change() const
{
    Threat t = m_original;
    t.name = {editedText(m_nameJa, m_original.name.ja), editedText(m_nameEn, m_original.name.en)};
    if (t.name.isEmpty())
        return refuse(tr("Enter a name in Japanese or English."), m_nameJa);
    t.category = m_category->currentData().toInt();
    const NumberField::Read likelihood = m_likelihood->read(tr("Likelihood"));
    if (!likelihood.error.isEmpty())
        return refuse(likelihood.error, m_likelihood);
    t.likelihood = likelihood.value;
    t.dimensions = {};
    for (Dimension d : kDimensions) {
        if (m_dimensions[dimIndex(d)]->isChecked())
            t.dimensions.insert(d);
    }
    if (t.dimensions.isEmpty())
        return refuse(tr("Check at least one of confidentiality, integrity and availability."), m_dimensions[0]);
    t.appliesTo.types = enumsFromKeys<AssetType>(m_types->checkedKeys(enumKeys(m_original.appliesTo.types)));
    t.appliesTo.tiers = enumsFromKeys<Tier>(m_tiers->checkedKeys(enumKeys(m_original.appliesTo.tiers)));
    t.source = editedText(m_source, m_original.source);

    t.id = m_id->text();
    if (t.id != m_original.id) {
        if (const QString why = edits::idRefusal<Threat>(document()->model(), t.id); !why.isEmpty())
            return refuse(why, m_id);
    }
    return fromEdit(edits::replaceItem(document()->model(), m_original.id, std::move(t)));
}

} // namespace mamori
