#pragma once

// File > Export report…: the report's options (language, edition, sections, scenario, previous year's
// file, handling mark, organization, fiscal year), the project's document control (number, version,
// department, approval date, revision history, distribution, budgets: kept in the project, and an
// edit here is an undo step of the project when the dialog has its document), a print preview, and
// the export itself on a worker thread with a cancellable progress dialog, so the window never
// freezes on a large ward. Also the two CSV exports of the File menu.

#include "Model.h"
#include "PdfReport.h"
#include "ReportOptions.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QMenu;

namespace mamori {

class ProjectDocument;

class ReportExportDialog : public QDialog {
    Q_OBJECT

public:
    ReportExportDialog(const Model& model, const QString& projectPath, QWidget* parent = nullptr);
    /// For the project `document`: its model and file, and the document control edited into it.
    explicit ReportExportDialog(ProjectDocument* document, QWidget* parent = nullptr);

    /// The options as the dialog shows them (the document control fields as overrides; those that
    /// cannot be read are left to the project's).
    ReportOptions options() const;

    /// The document control as the fields give it, or why it cannot be read (a line of the revision
    /// history or the budgets that is not as described, a date that is not one).
    struct DocumentFields {
        DocumentControl document;
        QString error;
    };
    DocumentFields documentFields() const;
    /// Takes the document control fields into the project (one undo step, nothing when unchanged) and
    /// into the model the report is made from. False, with a message shown, when they cannot be
    /// read or are not valid. Preview and Export do this first.
    bool applyDocumentControl();
    /// The PDF written when the dialog was accepted; empty otherwise.
    QString writtenPath() const { return m_writtenPath; }

private:
    void preview();
    void exportPdf();
    void remember() const;
    QWidget* documentControlBox();

    Model m_model; // a copy: the user may go on editing while the report is written
    QString m_projectPath;
    ProjectDocument* m_document = nullptr;
    QLineEdit* m_docNumber = nullptr;
    QLineEdit* m_docVersion = nullptr;
    QLineEdit* m_department = nullptr;
    QLineEdit* m_approved = nullptr;
    QPlainTextEdit* m_revisions = nullptr;
    QPlainTextEdit* m_distribution = nullptr;
    QPlainTextEdit* m_budgets = nullptr;
    QComboBox* m_language = nullptr;
    QComboBox* m_edition = nullptr;
    QList<std::pair<ReportOptions::Section, QCheckBox*>> m_sections;
    QComboBox* m_scenario = nullptr;
    QLineEdit* m_previousFile = nullptr;
    QLineEdit* m_mark = nullptr;
    QLineEdit* m_organization = nullptr;
    QSpinBox* m_fiscalYear = nullptr;
    QString m_writtenPath;
};

/// Runs `work` (a report) on a worker thread while a cancellable progress dialog shows how far it is;
/// the window's event loop keeps running.
ReportResult runWithProgress(
    QWidget* parent, const QString& label, const std::function<ReportResult(const ReportProgress&)>& work);

/// Writes the report to `path` on a worker thread, showing a cancellable progress dialog; returns
/// an error message (empty on success or when the user cancelled, with `cancelled` set).
QString exportReportWithProgress(
    QWidget* parent, const Model& model, const ReportOptions& options, const QString& path, bool* cancelled = nullptr);

/// Adds Export report…, Export risk register as CSV… and Export plan as CSV… to `menu`; `written`
/// is told the path of each file written (the window says where it went).
void addReportActions(
    QMenu* menu, QWidget* window, ProjectDocument* document, const std::function<void(const QString& path)>& written);

} // namespace mamori
