#pragma once

// Proposals for one risk: the controls that would mitigate it and are not
// implemented, from the project and from the catalogue, with what implementing each would do; one
// button turns the chosen proposal into a plan action (adding the catalogue control when the
// project lacks it) in one undo step.

#include "Model.h"
#include "engine/Proposals.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace mamori {

class ProjectDocument;

class ProposalsDialog : public QDialog {
    Q_OBJECT

public:
    ProposalsDialog(ProjectDocument* document, const RiskKey& risk, QWidget* parent = nullptr);

    const QList<ControlProposal>& proposals() const { return m_proposals; }
    QTableWidget* table() const { return m_table; }
    /// Adds a plan action for proposal `row`; empty on success, else why nothing changed.
    QString addToPlan(int row);

private:
    ProjectDocument* m_document;
    RiskKey m_risk;
    QList<ControlProposal> m_proposals;
    QTableWidget* m_table;
    QLabel* m_status;
    QPushButton* m_add;
};

} // namespace mamori
