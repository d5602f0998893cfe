#include "PdfReport.h"

#include "PageFlow.h"
#include "PdfText.h"
#include "ReportContent.h"
#include "ReportSections.h"
#include "ReportTranslation.h"
#include "SaveWhole.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QRawFont>
#include <QTemporaryFile>

#include <mutex>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace mamori {

namespace {

struct Tr {
    MAMORI_TR_FUNCTIONS(mamori::Report)
};

/// Qt's PDF engine grows a buffer for every page and frees it when the page is done. With glibc's
/// defaults each of those frees gives the memory back to the kernel and the next page faults it in
/// again: a third of the time of a 4,000-page report. Keeping up to 64 MiB in the heap costs nothing
/// next to that (the process's peak stays under 100 MiB for 10,000 assets).
void keepPageBuffersInTheHeap()
{
#if defined(__GLIBC__)
    static std::once_flag once;
    std::call_once(once, [] {
        mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
        mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024);
    });
#endif
}

ReportResult render(const ReportContent& content, QPagedPaintDevice& device, const ReportProgress& progress)
{
    keepPageBuffersInTheHeap();
    ReportResult result;
    ReportBuilder builder(content);
    Blocks blocks = builder.build();
    keepHeadingsWithNext(blocks);
    const PageDecoration decoration = builder.decoration();

    // Both passes do the same work, so the progress bar counts every block twice.
    qint64 total = 0;
    for (const auto& b : blocks)
        total += 2 * b->workUnits();
    qint64 done = 0;
    auto tick = [&](qint64 units) {
        done += units;
        return !progress || progress(std::min(1.0, double(done) / double(std::max<qint64>(total, 1))));
    };

    const QPageLayout portrait(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF());
    PageFlow measure(device, nullptr, decoration, 0, tick);
    measure.begin(QPageLayout::Portrait);
    for (const auto& b : blocks) {
        b->layout(measure);
        if (measure.cancelled()) {
            result.status = ReportResult::Status::Cancelled;
            return result;
        }
    }
    result.pages = measure.pages();

    device.setPageLayout(portrait);
    QPainter painter;
    if (!painter.begin(&device)) {
        result.status = ReportResult::Status::Failure;
        result.error = Tr::tr("cannot start painting the report");
        return result;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    PageFlow paint(device, &painter, decoration, result.pages, tick);
    paint.setRunningTitles(measure.runningTitles());
    paint.begin(QPageLayout::Portrait);
    for (const auto& b : blocks) {
        b->layout(paint);
        if (paint.cancelled()) {
            painter.end();
            result.status = ReportResult::Status::Cancelled;
            return result;
        }
    }
    painter.end();
    return result;
}

/// The glyph twins of every font the report draws with (regular and bold of each family).
std::vector<GlyphTwins> reportFontTwins()
{
    std::vector<GlyphTwins> fonts;
    for (const QString& family : reportFontFamilies()) {
        for (const bool bold : {false, true}) {
            QFont font(family);
            font.setBold(bold);
            fonts.emplace_back(QRawFont::fromFont(font));
        }
    }
    return fonts;
}

/// Copies the PDF that Qt wrote to `raw` into `out` with its text as printed (PdfText.h).
void writePrintedText(QFile& raw, QIODevice& out, const DrawnCharacters& drawn)
{
    raw.flush();
    const qint64 size = raw.size();
    uchar* mapped = size > 0 ? raw.map(0, size) : nullptr;
    QByteArray read;
    if (!mapped && raw.seek(0))
        read = raw.readAll();
    const QByteArrayView pdf = mapped ? QByteArrayView(mapped, size) : QByteArrayView(read);
    if (!correctPdfText(pdf, out, reportFontTwins(), &drawn).ok) {
        // Still a good PDF, only with Qt's ToUnicode maps; the report tests would catch this.
        qWarning("mamori: the PDF is not laid out as Qt 6 writes it; its text maps are left as they are");
        out.write(pdf.data(), pdf.size());
    }
    if (mapped)
        raw.unmap(mapped);
}

ReportResult contentErrors(InputErrors errors)
{
    ReportResult r;
    r.status = ReportResult::Status::InputError;
    r.errors = std::move(errors);
    return r;
}

} // namespace

ReportResult paintReport(
    const Model& model, const ReportOptions& options, QPagedPaintDevice& device, const ReportProgress& progress)
{
    ContentResult content = buildReportContent(model, options);
    if (!content.content)
        return contentErrors(content.errors);
    ScopedReportLanguage language(options.language);
    return render(*content.content, device, progress);
}

ReportResult writePdfReport(
    const Model& model, const ReportOptions& options, const QString& path, const ReportProgress& progress)
{
    ContentResult content = buildReportContent(model, options);
    if (!content.content)
        return contentErrors(content.errors);
    // Messages about the file are in the application's language; only the report is in its own.
    ReportResult result;
    // Qt's PDF goes to a temporary file first and has its text corrected on the way to the output,
    // which is written whole beside the target and moved over it (saveWhole: every write checked).
    QTemporaryFile raw;
    if (!raw.open()) {
        result.status = ReportResult::Status::Failure;
        result.error = Tr::tr("cannot write %1: %2").arg(raw.fileTemplate(), raw.errorString());
        return result;
    }
    DrawnCharacters drawn;
    {
        ScopedReportLanguage language(options.language);
        QPdfWriter writer(&raw);
        writer.setResolution(600);
        writer.setTitle(ReportBuilder::title() + QStringLiteral(" ") + content.content->modelName());
        writer.setCreator(QStringLiteral("Mamori %1").arg(QStringLiteral(MAMORI_VERSION_STRING)));
        result = render(*content.content, writer, progress);
    }
    if (result.ok() && (!raw.flush() || raw.error() != QFileDevice::NoError)) {
        result.status = ReportResult::Status::Failure;
        result.error = Tr::tr("cannot write %1: %2").arg(raw.fileName(), raw.errorString());
    }
    if (!result.ok())
        return result;
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    writePrintedText(raw, pdf, drawn);
    if (const SaveWholeResult saved = saveWhole(path, pdf.data()); !saved.ok()) {
        result.status = ReportResult::Status::Failure;
        result.error = Tr::tr("cannot write %1: %2").arg(path, saved.error);
    }
    return result;
}

} // namespace mamori
