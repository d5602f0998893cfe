#include "risk/RiskTableModel.h"

#include "DisplayLanguage.h"
#include "document/LiveAssessment.h"
#include "document/ProjectDocument.h"

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

void RiskTableModel::modelChanged()
{
    reindex();
    // Names, owners and decisions shown beside the numbers may have changed with the model; the
    // numbers follow when the engine is done.
    if (m_rows > 0)
        emit dataChanged(index(0, m_modelColumns.first), index(m_rows - 1, m_modelColumns.second));
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
    // One notification from the first to the last row whose numbers changed: a sorted proxy handles a
    // single range in one pass, where thousands of small ones would each cost a pass over the rows.
    int first = -1, last = -1;
    for (int row = 0; row < m_rows; ++row) {
        if (!(risks[row] == m_shown[row])) {
            if (first < 0)
                first = row;
            last = row;
        }
    }
    m_shown = risks;
    if (first >= 0)
        emit dataChanged(index(first, 0), index(last, m_columns - 1));
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
