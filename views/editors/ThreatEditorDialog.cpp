#include "editors/ThreatEditorDialog.h"

#include "EnumNames.h"
#include "document/Edits.h"
#include "document/ProjectDocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace mamori {

using namespace forms;

namespace {
constexpr double kHoursPerYear = 8760; ///< one trial of the simulation: rates and durations above it mean nothing
}

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
    form->addRow(createOutage(body));

    setBody(body);
    fitToContent({620, 0});
}

QWidget* ThreatEditorDialog::createOutage(QWidget* parent)
{
    // RISK-MODEL.md 10: what one event does to availability, for the continuity simulation.
    auto* box = new QGroupBox(tr("Service outages"), parent);
    auto* layout = new QVBoxLayout(box);
    m_causesOutage = new QCheckBox(tr("Causes &outages"), box);
    m_causesOutage->setObjectName(QStringLiteral("causesOutage"));
    m_causesOutage->setChecked(m_original.outage.has_value());
    layout->addWidget(m_causesOutage);

    const Outage shown = m_original.outage.value_or(Outage {});
    auto* fields = new QFormLayout;
    m_outageRate = new NumberField(0, kHoursPerYear, false, box);
    m_outageRate->setObjectName(QStringLiteral("outageRate"));
    m_outageP5 = new NumberField(0, kHoursPerYear, false, box);
    m_outageP5->setObjectName(QStringLiteral("outageP5"));
    m_outageP95 = new NumberField(0, kHoursPerYear, false, box);
    m_outageP95->setObjectName(QStringLiteral("outageP95"));
    if (m_original.outage) {
        m_outageRate->setValue(shown.rate);
        m_outageP5->setValue(shown.p5Hours);
        m_outageP95->setValue(shown.p95Hours);
    }
    m_outageRate->setPlaceholderText(tr("e.g. %1").arg(QLocale().toString(0.2)));
    m_outageP5->setPlaceholderText(tr("e.g. %1").arg(1));
    m_outageP95->setPlaceholderText(tr("e.g. %1").arg(48));
    fields->addRow(buddyLabel(tr("&Rate:"), m_outageRate, box), withUnit(m_outageRate, tr("events per year"), box));
    fields->addRow(buddyLabel(tr("Duration P&5:"), m_outageP5, box), withUnit(m_outageP5, tr("hours"), box));
    fields->addRow(buddyLabel(tr("Duration P&95:"), m_outageP95, box), withUnit(m_outageP95, tr("hours"), box));
    layout->addLayout(fields);
    layout->addWidget(hintLabel(tr("Events per year on each exposed asset. One event in twenty is shorter than P5 "
                                   "and one in twenty longer than P95. The controls of a risk make its outages rarer "
                                   "and shorter."),
        box));
    const auto enable = [this](bool on) {
        for (NumberField* f : {m_outageRate, m_outageP5, m_outageP95})
            f->setEnabled(on);
    };
    enable(m_causesOutage->isChecked());
    connect(m_causesOutage, &QCheckBox::toggled, this, enable);
    return box;
}

std::optional<Outage> ThreatEditorDialog::readOutage(Change& refusal) const
{
    if (!m_causesOutage->isChecked())
        return std::nullopt;
    // Each field named on its own: a Japanese sentence does not take a field name spliced in.
    const auto required
        = [&refusal](NumberField* field, const QString& name, const QString& missing) -> std::optional<double> {
        const NumberField::Read read = field->read(name);
        if (!read.error.isEmpty())
            refusal = refuse(read.error, field);
        else if (!read.value)
            refusal = refuse(missing, field);
        return read.error.isEmpty() ? read.value : std::nullopt;
    };
    const std::optional<double> rate
        = required(m_outageRate, tr("Outage rate"), tr("Enter how many outages a year, or uncheck “Causes outages”."));
    if (!rate)
        return std::nullopt;
    const std::optional<double> p5
        = required(m_outageP5, tr("Duration P5"), tr("Enter the duration P5 in hours, or uncheck “Causes outages”."));
    if (!p5)
        return std::nullopt;
    const std::optional<double> p95 = required(
        m_outageP95, tr("Duration P95"), tr("Enter the duration P95 in hours, or uncheck “Causes outages”."));
    if (!p95)
        return std::nullopt;
    if (*p5 <= 0) {
        refusal = refuse(tr("The duration P5 must be more than 0 hours."), m_outageP5);
        return std::nullopt;
    }
    if (*p95 < *p5) {
        refusal = refuse(tr("The duration P95 must not be shorter than P5."), m_outageP95);
        return std::nullopt;
    }
    return Outage {*rate, *p5, *p95};
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
    Change refusal;
    t.outage = readOutage(refusal);
    if (!refusal.error.isEmpty())
        return refusal;

    t.id = m_id->text();
    if (t.id != m_original.id) {
        if (const QString why = edits::idRefusal<Threat>(document()->model(), t.id); !why.isEmpty())
            return refuse(why, m_id);
    }
    return fromEdit(edits::replaceItem(document()->model(), m_original.id, std::move(t)));
}

} // namespace mamori
