#pragma once

// The base of the tables whose rows are the risks of the latest assessment (the risk register, the
// response policy): one row per RiskResult, in the assessment's order, read from LiveAssessment.
//
// Rows are matched by their (asset, threat) key. When a new assessment has the same keys in the same
// order, only the rows whose content changed are announced (a few runs each by itself, or one range
// when there are many, so a sorted proxy of 90,000 risks passes over them a few times at most); otherwise the set of
// risks changed and the table is reset. An edit of the model announces the columns that show it (names, owners,
// decisions) before the engine is done, since those are read from the model, not from the assessment.

#include "Model.h"
#include "ModelEdit.h"
#include "engine/Assessment.h"

#include <QAbstractTableModel>

#include <optional>

namespace mamori {

class ProjectDocument;

class RiskTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;

    /// The risk shown in `row` (valid for 0 <= row < rowCount()).
    const RiskResult& risk(int row) const;
    double appetite() const;

protected:
    /// `modelColumns`: the first and last column whose cells read the model rather than the assessment.
    RiskTableModel(ProjectDocument* document, int columns, std::pair<int, int> modelColumns, QObject* parent);
    /// Call at the end of the subclass's constructor: indexes the model and shows the assessment (a base
    /// constructor cannot reach the subclass's reindex()).
    void start();

    ProjectDocument* document() const { return m_document; }
    const Model& model() const;
    const Assessment& assessment() const;
    /// The asset and threat of a risk in the model, or nullptr (the model may briefly be ahead of the
    /// assessment).
    const Asset* assetOf(const RiskResult& risk) const;
    const Threat* threatOf(const RiskResult& risk) const;
    /// The name of org unit `id` in the display language; the id when it is not a unit.
    QString orgUnitName(const QString& id) const;

    /// Rebuilds what is looked up in the model; subclasses index more and call this first.
    virtual void reindex();

private:
    void refresh();
    void modelChanged(const QList<ModelEdit>& edits);
    /// Announces the rows for which `changed(row)` holds, columns `first` to `last`.
    template <typename Changed> void announce(Changed changed, int firstColumn, int lastColumn);

    ProjectDocument* m_document;
    int m_columns;
    std::pair<int, int> m_modelColumns;
    int m_rows = 0;
    /// The risks last shown, to tell views only about rows that changed.
    QList<RiskResult> m_shown;
    /// Positions of the model's items by id: cells look names up on every paint and the sort reads
    /// every row, so a linear search would stall a register of 90,000 risks.
    std::optional<ModelIndex> m_index;
};

} // namespace mamori
