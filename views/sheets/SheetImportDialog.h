#pragma once

// File > Import from spreadsheet…: a ward's inventory (a workbook readSheetFile read) shown as the
// importer reads it, then merged into the project as one undo step. The user sees and may change the
// sheet, the register it is read as, the header row, each column's field, the vocabulary entry of each
// word the importer does not know, the scale, and whether items the sheet does not list are removed.
// A workbook the exporter wrote (sheets named after the registers) is imported whole by default, every
// register in one undo step, as `mamori-cli import-sheet` does; the mapping is then the exporter's
// own headers, and the sheet list only chooses the sheet the preview shows. A department's workbook
// finds missing items only among that department's (ImportOptions::unit).
// Every change runs the import again shortly after the last one, so the preview's marked cells, the
// list of problems and the summary always say what Import would do; Import is possible only when
// there is no problem and something changes.
//
// The mapping the user made is remembered per register (QSettings, as the mapping JSON of
// SheetMapping.h) and applied the next time; "Save mapping…" writes it for
// `mamori-cli import-sheet --mapping`. The dialog reads the document's model and changes it only
// through ProjectDocument::edit().

#include "document/Edits.h"
#include "sheets/SheetHeader.h"
#include "sheets/SheetImport.h"
#include "sheets/SheetMapping.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QSplitter;
class QTabWidget;
class QTableWidget;
class QTimer;

namespace mamori {

class ProjectDocument;

class SheetImportDialog : public QDialog {
    Q_OBJECT

public:
    SheetImportDialog(ProjectDocument* document, sheets::Workbook workbook, QWidget* parent = nullptr);

    /// The mapping as the dialog shows it, with the register and the scale.
    sheets::SheetMapping mapping() const;
    /// The header and the merge as of the last run.
    const sheets::HeaderLayout& layout() const { return m_layout; }
    const sheets::ImportResult& importResult() const { return m_result; }
    /// The undo step Import applies: the merge's edits, named after what they import and from where.
    UserEdit userEdit() const;
    /// What the status bar says after the import.
    QString importedMessage() const;
    /// Runs the import again now (each change does it shortly after the last one).
    void refresh();

    /// The mapping remembered for `reg` (empty when none): the one used by the last import.
    static sheets::SheetMapping rememberedMapping(sheets::Register reg);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* createOptions();
    QWidget* createMapping();
    QWidget* createResults();
    void scheduleRefresh();
    const sheets::Sheet& currentSheet() const;
    sheets::Register currentRegister() const;
    /// Whether every register of an exported workbook is imported at once.
    bool allRegisters() const;
    void allRegistersToggled();
    void chooseInitialSheet();
    /// The user chose another register: its remembered mapping replaces the columns and values.
    void registerChanged();
    /// The current sheet as the import reads it: header row, columns, values, preview.
    void showSheet();
    void showHeaderRow();
    void fillColumns();
    void fillValues();
    void fillPreview();
    void fillProblems();
    void fillSummary();
    void updateImportButton();
    void selectProblem(QListWidgetItem* item);
    void columnChosen(const QString& header, const QString& choice);
    void valueChosen(const QString& field, const QString& text, const QString& key);
    void saveMapping();
    void importNow();
    void remember() const;

    ProjectDocument* m_document;
    sheets::Workbook m_workbook;
    QString m_fileName;
    sheets::SheetMapping m_mapping; ///< the user's columns, values and header row
    sheets::HeaderLayout m_layout;
    sheets::ImportResult m_result;
    QHash<int, int> m_previewRows; ///< sheet row (0-based) → preview row
    int m_exportedRegisters = 0; ///< the sheets named after a register

    QComboBox* m_sheet = nullptr;
    QComboBox* m_register = nullptr;
    QLabel* m_encoding = nullptr;
    QSpinBox* m_headerRow = nullptr;
    QComboBox* m_scale = nullptr;
    QCheckBox* m_allRegisters = nullptr;
    QCheckBox* m_removeMissing = nullptr;
    QLabel* m_removeWarning = nullptr;
    QTableWidget* m_columns = nullptr;
    QTableWidget* m_values = nullptr;
    QTableWidget* m_preview = nullptr;
    QTabWidget* m_tabs = nullptr;
    QSplitter* m_resultsSplit = nullptr;
    bool m_shown = false;
    QListWidget* m_problems = nullptr;
    QPlainTextEdit* m_summary = nullptr;
    QLabel* m_state = nullptr;
    QPushButton* m_import = nullptr;
    QTimer* m_timer = nullptr;
};

} // namespace mamori
