#pragma once

// Which undo steps merge: one id per kind of repeated edit, so that a user who types in one cell or
// steps a spin box gets one undo step, not one per keystroke or click. A step merges with the step
// just before it when both have the same MergeKey (same id and same target), in the same scenario.

#include <QtGlobal>

#include <array>

namespace mamori {

enum class MergeId : int {
    None = 0, ///< never merges
    Cell, ///< one cell of a register; the target is (list, row, column)
    AcceptanceCriteria, ///< the appetite and the band bounds of the response policy page
};

struct MergeKey {
    MergeId id = MergeId::None;
    /// What the edit is about, for ids that merge only on the same target (a cell: list, row, column).
    std::array<qint64, 3> target {};

    friend bool operator==(const MergeKey&, const MergeKey&) = default;
};

} // namespace mamori
