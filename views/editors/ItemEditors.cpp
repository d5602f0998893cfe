#include "editors/ItemEditors.h"

#include "ModelEdit.h"
#include "document/ProjectDocument.h"
#include "editors/AssetEditorDialog.h"
#include "editors/ControlEditorDialog.h"
#include "editors/PlanActionEditorDialog.h"
#include "editors/ThreatEditorDialog.h"

namespace mamori {

namespace {

template <typename Dialog> bool run(QWidget* parent, ProjectDocument* document, qsizetype size, int row)
{
    if (row < 0 || row >= size)
        return false;
    Dialog dialog(document, row, parent);
    dialog.exec();
    return dialog.applied();
}

} // namespace

bool editItemDetails(QWidget* parent, ProjectDocument* document, std::size_t entity, int row)
{
    const Model& model = document->model();
    switch (entity) {
    case entityIndex<Asset>:
        return run<AssetEditorDialog>(parent, document, model.assets.size(), row);
    case entityIndex<Threat>:
        return run<ThreatEditorDialog>(parent, document, model.threats.size(), row);
    case entityIndex<Control>:
        return run<ControlEditorDialog>(parent, document, model.controls.size(), row);
    case entityIndex<PlanAction>:
        return run<PlanActionEditorDialog>(parent, document, model.actions.size(), row);
    default:
        return false;
    }
}

} // namespace mamori
