#include "risk/RiskTableModel.h"

#include "DisplayLanguage.h"
#include "document/LiveAssessment.h"
#include "document/ProjectDocument.h"

#include <QSet>

#include <utility>

namespace mamori {

namespace {

bool sameKeys(const QList<RiskResult>& a, const QList<RiskResult>& b)
{
    return a.size() == b.size()
        && std::equal(a.cbegin(), a.cend(), b.cbegin(),
            [](const RiskResult& x, const RiskResult& y) { return x.asset == y.asset && x.threat == y.threat; });
}

} // namespace

RiskTableModel::RiskTableModel(
    ProjectDocument* document, int columns, std::pair<int, int> modelColumns, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_columns(columns)
    , m_modelColumns(modelColumns)
{
    connect(document->assessment(), &LiveAssessment::updated, this, &RiskTableModel::refresh);
    connect(document, &ProjectDocument::changed, this, &RiskTableModel::modelChanged);
    connect(document, &ProjectDocument::modelReset, this, &RiskTableModel::reindex);
}

void RiskTableModel::start()
{
    reindex();
    refresh();
}

void RiskTableModel::reindex()
{
    m_index.emplace(m_document->model());
}

void RiskTableModel::modelChanged(const QList<ModelEdit>& edits)
{
    // The common edit changes fields of assets, threats or controls in place: the index stays, and only
    // the rows of an edited asset or threat show other names or owners (controls show in no model
    // column). Any other edit (a response, a unit's name, an item added or removed) re-reads every row.
    QSet<QString> assets, threats;
    bool inPlace = m_index.has_value();
    for (const ModelEdit& e : edits) {
        if (!inPlace)
            break;
        if (e.op != ModelEdit::Op::Replace)
            inPlace = false;
        else if (const auto* a = std::get_if<Asset>(&e.value)) {
            inPlace = m_index->assets.value(a->id, -1) == e.index;
            assets.insert(a->id);
        } else if (const auto* t = std::get_if<Threat>(&e.value)) {
            inPlace = m_index->threats.value(t->id, -1) == e.index;
            threats.insert(t->id);
        } else if (const auto* k = std::get_if<Control>(&e.value)) {
            inPlace = m_index->controls.value(k->id, -1) == e.index;
        } else {
            inPlace = false;
        }
    }
    if (!inPlace)
        reindex();
    if (m_rows == 0 || (inPlace && assets.isEmpty() && threats.isEmpty()))
        return;
    // Names, owners and decisions shown beside the numbers may have changed with the model; the
    // numbers follow when the engine is done.
    if (!inPlace) {
        emit dataChanged(index(0, m_modelColumns.first), index(m_rows - 1, m_modelColumns.second));
        return;
    }
    announce(
        [&](int row) { return assets.contains(m_shown.at(row).asset) || threats.contains(m_shown.at(row).threat); },
        m_modelColumns.first, m_modelColumns.second);
}

template <typename Changed> void RiskTableModel::announce(Changed changed, int firstColumn, int lastColumn)
{
    // A sorted proxy takes a pass over all its rows for each notification, and each row of a range
    // costs it a comparison or more. An edit changes a few runs of rows (the edited asset's risks and
    // those of the assets that depend on it, spread over the table): up to kRuns runs are announced
    // each by itself; beyond, one range from the first to the last changed row.
    constexpr qsizetype kRuns = 16;
    QList<std::pair<int, int>> runs;
    for (int row = 0; row < m_rows; ++row) {
        if (!changed(row))
            continue;
        if (!runs.isEmpty() && runs.last().second == row - 1)
            runs.last().second = row;
        else
            runs.append({row, row});
    }
    if (runs.size() > kRuns)
        runs = {{runs.first().first, runs.last().second}};
    for (const auto& [first, last] : std::as_const(runs))
        emit dataChanged(index(first, firstColumn), index(last, lastColumn));
}

void RiskTableModel::refresh()
{
    const QList<RiskResult>& risks = assessment().risks;
    if (!sameKeys(risks, m_shown)) {
        // The set of risks changed (an exposure, a threat's applies_to, an asset added): a reset.
        beginResetModel();
        m_rows = int(risks.size());
        m_shown = risks;
        endResetModel();
        return;
    }
    const QList<RiskResult> before = std::exchange(m_shown, risks);
    announce([&](int row) { return !(risks[row] == before[row]); }, 0, m_columns - 1);
}

int RiskTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int RiskTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

const Model& RiskTableModel::model() const
{
    return m_document->model();
}

const Assessment& RiskTableModel::assessment() const
{
    return m_document->assessment()->assessment();
}

const RiskResult& RiskTableModel::risk(int row) const
{
    return m_shown[row];
}

double RiskTableModel::appetite() const
{
    return assessment().appetite;
}

const Asset* RiskTableModel::assetOf(const RiskResult& risk) const
{
    const qsizetype at = m_index->assets.value(risk.asset, -1);
    return at >= 0 && at < model().assets.size() ? &model().assets[at] : nullptr;
}

const Threat* RiskTableModel::threatOf(const RiskResult& risk) const
{
    const qsizetype at = m_index->threats.value(risk.threat, -1);
    return at >= 0 && at < model().threats.size() ? &model().threats[at] : nullptr;
}

QString RiskTableModel::orgUnitName(const QString& id) const
{
    const qsizetype at = m_index->orgUnits.value(id, -1);
    return at >= 0 && at < model().orgUnits.size() ? model().orgUnits[at].name.text(displayLanguage()) : id;
}

} // namespace mamori
