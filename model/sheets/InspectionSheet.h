#pragma once

// The self-inspection checklist of policy §9 as a workbook, out and back in. Out: one sheet 自己点検
// with the unit and the fiscal year on top, then one row per check item of every control the unit
// inspects (CheckItems.h), a drop-down on 回答. In: the answers of a filled-in checklist (.xlsx or
// CSV, rows added or reordered by the department), as an Inspection record and the status_by_unit
// changes it makes (RISK-MODEL.md 9), or every problem with its row and column, all or nothing.

#include "InputError.h"
#include "inspection/CheckItems.h"
#include "inspection/InspectionApply.h"
#include "sheets/Sheet.h"
#include "sheets/XlsxWriter.h"

#include <QDate>

namespace mamori::sheets {

/// The checklist of `unit` for `fiscalYear`, headers and questions in `language`. Its rows are
/// empty when the unit owns no asset in any control's scope.
SheetOut inspectionTemplate(const Model& model, const OrgUnit& unit, int fiscalYear, Language language,
    const CheckItems& items = CheckItems::builtIn());

struct InspectionReadOptions {
    int fiscalYear = 0; ///< required (1989-2100); the sheet's own year, if any, must agree
    QString unit; ///< empty: the unit written beside 所属 above the header; else they must agree
    QString sheet; ///< empty: the first sheet with a checklist header
    QDate date; ///< the inspection's date; invalid: today (Clock)
};

struct InspectionRead {
    /// id I-<year>-<unit> (or the id of the record it replaces), kind self, the non-empty answers.
    Inspection inspection;
    QList<StatusChange> changes; ///< what applying it changes in the model it was read against
    int emptyAnswers = 0; ///< rows of a check item left unanswered: skipped
    QString sheet;
    int headerRow = 0; ///< 1-based, as Excel numbers rows
    InputErrors errors; ///< each names the file, the row and the column
    bool ok() const { return errors.isEmpty(); }
};

/// Reads the answers of a checklist in `book` against `model` (whose controls and org units they
/// must name). Answers: はい/一部/いいえ/該当なし, ○/△/×/－, yes/partial/no/na, in full or half width.
/// A checklist without a single answer is refused (a blank template imported by mistake).
InspectionRead readInspection(const Workbook& book, const Model& model, const InspectionReadOptions& options,
    const CheckItems& items = CheckItems::builtIn());

/// The answer a cell's text means, if it is one of the words above.
std::optional<InspectionAnswerKind> answerFromText(const QString& text);

} // namespace mamori::sheets
