#include "Model.h"

namespace mamori {

namespace {
template <typename T> QHash<QString, qsizetype> indexById(const QList<T>& items)
{
    QHash<QString, qsizetype> out;
    out.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i)
        out.insert(items[i].id, i); // a duplicate keeps the last position; validation reports it
    return out;
}
} // namespace

ModelIndex::ModelIndex(const Model& model)
    : orgUnits(indexById(model.orgUnits))
    , assets(indexById(model.assets))
    , threats(indexById(model.threats))
    , controls(indexById(model.controls))
    , actions(indexById(model.actions))
    , scenarios(indexById(model.scenarios))
{
}

} // namespace mamori
