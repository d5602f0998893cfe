#pragma once

#include "registers/RegisterTableModel.h"

namespace mamori {

/// The registers of the main window, each a RegisterTableModel over the document's model.
RegisterTableModel* makeAssetRegister(ProjectDocument* document, QObject* parent);
RegisterTableModel* makeDependencyRegister(ProjectDocument* document, QObject* parent);
RegisterTableModel* makeThreatRegister(ProjectDocument* document, QObject* parent);
RegisterTableModel* makeExposureRegister(ProjectDocument* document, QObject* parent);
RegisterTableModel* makeControlRegister(ProjectDocument* document, QObject* parent);
RegisterTableModel* makePlanRegister(ProjectDocument* document, QObject* parent);
/// The audit findings (監査指摘事項, policy §9): every field edited in place, the overdue marked.
RegisterTableModel* makeAuditFindingRegister(ProjectDocument* document, QObject* parent);

/// A control's status_by_unit as the register shows it: "区民課: 一部実施; 税務課: 未実施", units by
/// name and statuses in the window's language, in the order of the unit ids.
QString unitStatusesText(const Model& model, const QMap<QString, ControlStatus>& statuses);

} // namespace mamori
