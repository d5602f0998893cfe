#pragma once

// The limits Mamori puts on what it reads (README, "What Mamori guarantees"): a hostile or damaged file
// is refused with an input error naming the place, in seconds and bounded memory, instead of hanging
// or exhausting memory. Generous for a ward: its real models are far below each of them.
//
// May include: Qt Core only.

#include <QtGlobal>

namespace mamori::limits {

/// The largest JSON model (`.json`) read; a ward's model with 10,000 assets is a few MB.
constexpr qint64 kJsonModelBytes = qint64(256) * 1024 * 1024;
/// The largest project file (`.mamori`) opened.
constexpr qint64 kProjectBytes = qint64(1024) * 1024 * 1024;
/// The largest spreadsheet (.xlsx, .csv) or other side file (a column mapping) read.
constexpr qint64 kSheetBytes = qint64(100) * 1024 * 1024;
constexpr qint64 kSideFileBytes = qint64(16) * 1024 * 1024;

/// Characters (UTF-16 code units) in an id (of an asset, a threat, a control, a unit, a scenario, …).
constexpr qsizetype kIdLength = 200;
/// Characters in a name or title, in each language.
constexpr qsizetype kNameLength = 1000;
/// Characters in a free text: a description, a rationale, a note, a decision.
constexpr qsizetype kTextLength = 10000;

/// Scenarios in one model: each is validated as a whole model of its own, so their number multiplies
/// the cost of validating the model.
constexpr qsizetype kScenarios = 1000;

} // namespace mamori::limits
