#pragma once

// The entry point the registers and the details dock use to open an item's detail editor.

#include <cstddef>

class QWidget;

namespace mamori {

class ProjectDocument;

/// Opens the detail editor, modal over `parent`, for item `row` of the list `entity` (the position
/// of the item type in ModelEdit::Value: 0 assets, 2 threats, 4 controls, 6 plan actions). Returns whether an edit
/// was applied (one undo step); false when cancelled, nothing changed, `row` is out of range, or the
/// list has no detail editor.
bool editItemDetails(QWidget* parent, ProjectDocument* document, std::size_t entity, int row);

} // namespace mamori
