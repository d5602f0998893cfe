#include "risk/RiskRegisterPage.h"

#include "DisplayLanguage.h"
#include "EnumNames.h"
#include "NumberFormat.h"
#include "document/LiveAssessment.h"
#include "document/ProjectDocument.h"
#include "risk/RiskRegisterModel.h"
#include "widgets/ColumnChooser.h"
#include "widgets/HeatMapWidget.h"
#include "widgets/TextFilter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace mamori {

RiskRegisterPage::RiskRegisterPage(ProjectDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new RiskRegisterModel(document, this))
    , m_proxy(new RiskFilterProxy(this))
    , m_view(new QTableView(this))
    , m_maps(new RiskMatrixPair(document, this))
    , m_level(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_tier(new QComboBox(this))
    , m_owner(new QComboBox(this))
    , m_aboveAppetite(new QCheckBox(this))
    , m_cell(new QLabel(this))
    , m_count(new QLabel(this))
    , m_filterStatus(new FilterStatus(this))
{
    m_proxy->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("riskRegister"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(RiskRegisterModel::Residual, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_columns = new ColumnChooser(m_view, QStringLiteral("riskRegister"), &RiskRegisterModel::isSecondary);
    m_proxy->setColumnShown([this](int c) { return m_columns->isColumnShown(c); });
    connect(m_columns, &ColumnChooser::columnsChanged, m_proxy, &TextFilterProxy::columnsChanged);

    m_level->setObjectName(QStringLiteral("levelFilter"));
    m_category->setObjectName(QStringLiteral("categoryFilter"));
    m_tier->setObjectName(QStringLiteral("tierFilter"));
    m_owner->setObjectName(QStringLiteral("ownerFilter"));
    m_aboveAppetite->setObjectName(QStringLiteral("aboveAppetiteFilter"));
    for (QComboBox* combo : {m_level, m_category, m_tier, m_owner})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    // Two rows, so the choices keep their full text beside the details dock.
    auto* filters = new QVBoxLayout;
    auto* choices = new QHBoxLayout;
    auto* state = new QHBoxLayout;
    auto* clear = new QPushButton(this);
    clear->setObjectName(QStringLiteral("clearFilters"));
    choices->addWidget(m_level);
    choices->addWidget(m_category);
    choices->addWidget(m_tier);
    choices->addWidget(m_owner, 1);
    state->addWidget(m_aboveAppetite);
    state->addWidget(m_cell);
    state->addStretch(1);
    state->addWidget(m_count);
    state->addWidget(clear);
    filters->addLayout(choices);
    filters->addLayout(state);

    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addLayout(filters);
    bottomLayout->addWidget(m_filterStatus);
    bottomLayout->addWidget(m_view, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_maps);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 500});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    auto update = [this] {
        m_proxy->setLevel(m_level->currentData().toString());
        m_proxy->setCategory(m_category->currentData().toInt());
        m_proxy->setTier(m_tier->currentData().toInt());
        m_proxy->setOwner(m_owner->currentData().toString());
        m_proxy->setAboveAppetite(m_aboveAppetite->isChecked());
        updateCount();
    };
    for (QComboBox* combo : {m_level, m_category, m_tier, m_owner})
        connect(combo, &QComboBox::currentIndexChanged, this, update);
    connect(m_aboveAppetite, &QCheckBox::toggled, this, update);
    connect(clear, &QPushButton::clicked, this, &RiskRegisterPage::clearFilters);
    connect(m_maps, &RiskMatrixPair::cellActivated, this, &RiskRegisterPage::filterToCell);
    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
            if (!current.isValid())
                return;
            const QModelIndex source = m_proxy->mapToSource(current);
            emit riskSelected(m_model->index(source.row(), RiskRegisterModel::AssetId).data().toString(),
                m_model->index(source.row(), RiskRegisterModel::ThreatId).data().toString());
        });
    connect(document->assessment(), &LiveAssessment::updated, this, &RiskRegisterPage::updateCount);
    connect(document, &ProjectDocument::modelReset, this, &RiskRegisterPage::refreshChoices);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RiskRegisterPage::fitColumns);
    connect(m_filterStatus, &FilterStatus::clearRequested, this, &RiskRegisterPage::clearFilters);
    onRowsChanged(m_proxy, this, [this] { updateCount(); });

    retranslate();
    fitColumns();
}

void RiskRegisterPage::fitColumns()
{
    // Long asset and threat names are cut (the details dock names them in full) so that the residual,
    // its level and the response stay on a 1366-pixel screen beside the details dock. Measured in
    // kanji: a CJK font's average character width is that of its wide glyphs, twice a Latin one's.
    fitColumnsToContents(m_view, fontMetrics().horizontalAdvance(QStringLiteral("情報資産の名称")) * 2);
}

HeatMapWidget* RiskRegisterPage::heatMap(bool residual) const
{
    return residual ? m_maps->residualMap() : m_maps->inherentMap();
}

void RiskRegisterPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RiskRegisterPage::retranslate()
{
    // Rebuild the choices in the new language, keeping what was chosen.
    const QString level = m_level->currentData().toString();
    const int category = m_category->currentData().toInt();
    const int tier = m_category->count() ? m_tier->currentData().toInt() : -1;
    const QSignalBlocker b1(m_level), b2(m_category), b3(m_tier);
    m_level->clear();
    m_level->addItem(tr("All levels"), QString());
    for (const char* label : {"critical", "high", "medium", "low"})
        m_level->addItem(EnumNames::level(QString::fromLatin1(label)), QString::fromLatin1(label));
    m_level->setCurrentIndex(qMax(0, m_level->findData(level)));
    m_category->clear();
    m_category->addItem(tr("All threat categories"), 0);
    for (int c = 1; c <= kThreatCategoryCount; ++c)
        m_category->addItem(EnumNames::threatCategory(c), c);
    m_category->setCurrentIndex(qMax(0, m_category->findData(category)));
    m_tier->clear();
    m_tier->addItem(tr("All tiers"), -1);
    for (Tier t : {Tier::MyNumber, Tier::Lgwan, Tier::Internet, Tier::None})
        m_tier->addItem(EnumNames::name(t), int(t));
    m_tier->setCurrentIndex(qMax(0, m_tier->findData(tier)));
    m_aboveAppetite->setText(tr("Above appetite only"));
    findChild<QPushButton*>(QStringLiteral("clearFilters"))->setText(tr("Clear filters"));
    refreshChoices();
    updateCount();
}

void RiskRegisterPage::refreshChoices()
{
    const QString owner = m_owner->currentData().toString();
    const QSignalBlocker block(m_owner);
    m_owner->clear();
    m_owner->addItem(tr("All owners"), QString());
    for (const OrgUnit& u : m_document->model().orgUnits)
        m_owner->addItem(u.name.text(displayLanguage()), u.id);
    m_owner->setCurrentIndex(qMax(0, m_owner->findData(owner)));
}

void RiskRegisterPage::updateCount()
{
    m_count->setText(tr("%1 of %Ln risks", nullptr, m_model->rowCount()).arg(formatCount(m_proxy->rowCount())));
    m_filterStatus->showCounts(m_proxy->rowCount(), m_model->rowCount(), m_proxy->filterText(), activeFilters());
}

QStringList RiskRegisterPage::activeFilters() const
{
    QStringList filters;
    for (const QComboBox* combo : {m_level, m_category, m_tier, m_owner}) {
        if (combo->currentIndex() > 0)
            filters.append(combo->currentText());
    }
    if (m_aboveAppetite->isChecked())
        filters.append(withoutMnemonic(m_aboveAppetite->text()));
    if (!m_cell->text().isEmpty())
        filters.append(m_cell->text());
    return filters;
}

void RiskRegisterPage::setFilterText(const QString& text)
{
    m_proxy->setFilterText(text);
    updateCount();
}

void RiskRegisterPage::filterToCell(bool residual, int likelihood, int impact)
{
    m_proxy->setCell(residual, likelihood, impact);
    if (likelihood > 0) {
        heatMap(residual)->setSelectedCell(likelihood, impact);
        heatMap(!residual)->setSelectedCell(0, 0);
    } else {
        m_maps->clearSelection();
    }
    m_cell->setText(likelihood > 0
            ? (residual ? tr("Residual cell: likelihood %1, impact %2") : tr("Inherent cell: likelihood %1, impact %2"))
                  .arg(QString::number(likelihood), QString::number(impact))
            : QString());
    updateCount();
}

void RiskRegisterPage::clearFilters()
{
    m_level->setCurrentIndex(0);
    m_category->setCurrentIndex(0);
    m_tier->setCurrentIndex(0);
    m_owner->setCurrentIndex(0);
    m_aboveAppetite->setChecked(false);
    filterToCell(true, 0, 0);
    m_proxy->clearFilters();
    updateCount();
    emit filterClearRequested();
}

void RiskRegisterPage::selectRisk(const QString& asset, const QString& threat)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, RiskRegisterModel::AssetId).data().toString() == asset
            && m_model->index(row, RiskRegisterModel::ThreatId).data().toString() == threat) {
            QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
            if (!index.isValid()) { // filtered out: show everything rather than nothing
                clearFilters();
                index = m_proxy->mapFromSource(m_model->index(row, 0));
            }
            m_view->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_view->scrollTo(index);
            return;
        }
    }
}

} // namespace mamori
