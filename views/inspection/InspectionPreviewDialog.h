#pragma once

// What applying a returned checklist would do, before it is done: the unit and fiscal year, how many
// items were answered, each status_by_unit change (old → new), and what they move in the residual
// risk (the model assessed with the changes applied). A checklist with problems lists each with its
// row and column and cannot be applied. Apply records the inspection and sets the statuses as one
// undo step (edits::applyInspection).

#include "sheets/InspectionSheet.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace mamori {

class ProjectDocument;

class InspectionPreviewDialog : public QDialog {
    Q_OBJECT

public:
    /// The columns of changesTable().
    enum ChangeColumn { ControlColumn, NameColumn, UnitColumn, BeforeColumn, AfterColumn, ChangeColumnCount };

    /// What the changes move: the total residual and the risks above the appetite, before and after.
    struct Effect {
        double residualBefore = 0;
        double residualAfter = 0;
        qint64 aboveBefore = 0;
        qint64 aboveAfter = 0;
    };

    /// Previews `book` (read from `fileName`) as the checklist of `fiscalYear` against the document's
    /// model; the year can be changed in the dialog, which reads the checklist again.
    InspectionPreviewDialog(
        ProjectDocument* document, sheets::Workbook book, const QString& fileName, int fiscalYear, QWidget* parent);

    const sheets::InspectionRead& read() const { return m_read; }
    const Effect& effect() const { return m_effect; }
    QTableWidget* changesTable() const { return m_changes; }
    QListWidget* problemsList() const { return m_problems; }
    QPushButton* applyButton() const { return m_apply; }
    QSpinBox* fiscalYearBox() const { return m_year; }
    /// The status bar's message after Apply.
    QString appliedMessage() const;

public slots:
    /// Applies the inspection (one undo step); the dialog closes, or tells why not and stays open.
    void apply();

private:
    void reread();
    void showRead();
    void showEffect();

    ProjectDocument* m_document;
    sheets::Workbook m_book;
    QString m_fileName;
    sheets::InspectionRead m_read;
    Effect m_effect;
    QSpinBox* m_year = nullptr;
    QLabel* m_unit = nullptr;
    QLabel* m_answers = nullptr;
    QLabel* m_residual = nullptr;
    QLabel* m_above = nullptr;
    QTableWidget* m_changes = nullptr;
    QLabel* m_problemsLabel = nullptr;
    QListWidget* m_problems = nullptr;
    QPushButton* m_apply = nullptr;
};

} // namespace mamori
