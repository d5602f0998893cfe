#pragma once

// The risk report: A4 PDF with cover, contents, summary, findings, register, responses,
// plan, scenario comparison and appendices, in Japanese or English. Needs a QGuiApplication (fonts)
// but no window system: mamori-cli runs it on the offscreen platform, the app on a worker thread.

#include "InputError.h"
#include "Model.h"
#include "ReportOptions.h"

#include <QString>

#include <functional>

class QPagedPaintDevice;

namespace mamori {

struct ReportContent;

struct ReportResult {
    enum class Status { Ok, Cancelled, InputError, Failure };
    Status status = Status::Ok;
    QString error; ///< Failure: what went wrong (cannot write ...)
    InputErrors errors; ///< InputError: an unknown scenario, a model the engine refuses
    int pages = 0;
    bool ok() const { return status == Status::Ok; }
};

/// Called with the fraction done (0..1); returning false cancels.
using ReportProgress = std::function<bool(double)>;

/// Writes the report of `model` to `path` as PDF. The file appears only when the whole report was
/// written (a temporary file renamed over it): on failure or cancel nothing is written.
ReportResult writePdfReport(
    const Model& model, const ReportOptions& options, const QString& path, const ReportProgress& progress = {});

/// Paints the report on any paged device (a QPrinter for the print preview), page by page; the
/// device's page layout is set by the report (A4, portrait or landscape per page).
ReportResult paintReport(
    const Model& model, const ReportOptions& options, QPagedPaintDevice& device, const ReportProgress& progress = {});

} // namespace mamori
