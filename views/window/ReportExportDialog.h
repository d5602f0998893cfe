#pragma once

// File > Export report…: the report's options (language, edition, sections, scenario, previous year's
// file, handling mark, organization, fiscal year), a print preview, and the export itself on a worker
// thread with a cancellable progress dialog, so the window never freezes on a large ward.
// Also the two CSV exports of the File menu.

#include "Model.h"
#include "PdfReport.h"
#include "ReportOptions.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;
class QMenu;

namespace mamori {

class ProjectDocument;

class ReportExportDialog : public QDialog {
    Q_OBJECT

public:
    ReportExportDialog(const Model& model, const QString& projectPath, QWidget* parent = nullptr);

    /// The options as the dialog shows them.
    ReportOptions options() const;
    /// The PDF written when the dialog was accepted; empty otherwise.
    QString writtenPath() const { return m_writtenPath; }

private:
    void preview();
    void exportPdf();
    void remember() const;

    Model m_model; // a copy: the user may go on editing while the report is written
    QString m_projectPath;
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
