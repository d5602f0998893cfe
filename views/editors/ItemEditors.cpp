#include "editors/ItemEditors.h"

#include "document/ProjectDocument.h"
#include "editors/AssetEditorDialog.h"
#include "editors/ControlEditorDialog.h"
#include "editors/ThreatEditorDialog.h"

#include <type_traits>
#include <variant>

namespace mamori {

namespace {

template <std::size_t Entity, typename T>
constexpr bool entityIs = std::is_same_v<std::variant_alternative_t<Entity, ModelEdit::Value>, T>;
constexpr std::size_t kAssets = 0;
constexpr std::size_t kThreats = 2;
constexpr std::size_t kControls = 4;
static_assert(entityIs<kAssets, Asset> && entityIs<kThreats, Threat> && entityIs<kControls, Control>,
    "editItemDetails follows the order of ModelEdit::Value");

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
    case kAssets:
        return run<AssetEditorDialog>(parent, document, model.assets.size(), row);
    case kThreats:
        return run<ThreatEditorDialog>(parent, document, model.threats.size(), row);
    case kControls:
        return run<ControlEditorDialog>(parent, document, model.controls.size(), row);
    default:
        return false;
    }
}

} // namespace mamori
