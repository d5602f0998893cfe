#pragma once

// The risk register and the plan as CSV, for Excel: UTF-8 with a byte order mark
// (without it Excel reads Japanese as Shift_JIS and garbles it), CRLF line ends, RFC 4180 quoting.
// A text cell that Excel would run as a formula (=, +, -, @ first) is prefixed with an apostrophe.

#include "Model.h"
#include "engine/Assessment.h"

#include <QByteArray>
#include <QString>

namespace mamori {

enum class CsvKind { Risks, Plan };

/// The CSV bytes of the risk register (by residual, highest first) or of the plan's actions, with
/// headers and names in `language` ("ja" or "en").
QByteArray csvExport(CsvKind kind, const Model& model, const Assessment& assessment, const QString& language);

/// Writes atomically; returns an error message, or empty.
QString writeCsvExport(
    CsvKind kind, const Model& model, const Assessment& assessment, const QString& language, const QString& path);

/// One CSV field, quoted when needed and defused when Excel would read it as a formula.
QString csvField(const QString& text, bool isNumber = false);

} // namespace mamori
