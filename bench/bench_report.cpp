// The report's targets: the PDF of the 10,000-asset generated ward in under 30 s and
// 1 GiB (the full edition; its summary edition in under 10 s and about 60 pages at most), the sample
// ward's in under 3 s. Writes each report to a temporary folder and prints the
// time, the page count and the process's peak resident memory (ru_maxrss, which only grows: the
// 10,000-asset figure includes the smaller runs before it).
//
//   mamori_bench_report [ASSETS...]     default: the sample ward, then 10000; each in both editions

#include "BuiltIn.h"
#include "PdfReport.h"
#include "engine/Generator.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

namespace {

long peakMiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

void runOne(QTextStream& out, const QString& label, const mamori::Model& model, const QString& language,
    mamori::ReportOptions::Edition edition, const QString& path)
{
    mamori::ReportOptions options;
    options.language = language;
    options.edition = edition;
    QElapsedTimer timer;
    timer.start();
    const mamori::ReportResult r = mamori::writePdfReport(model, options, path);
    const qint64 ms = timer.elapsed();
    out << label << " (" << language << ", " << mamori::ReportOptions::editionKey(edition)
        << "): " << (r.ok() ? "ok" : "FAILED") << ", " << r.pages << " pages, " << QFileInfo(path).size() / 1024
        << " KiB, " << ms << " ms, peak memory " << peakMiB() << " MiB" << Qt::endl;
}

/// The summary edition, then the full one.
void run(
    QTextStream& out, const QString& label, const mamori::Model& model, const QString& language, const QString& path)
{
    for (const auto edition : {mamori::ReportOptions::Edition::Summary, mamori::ReportOptions::Edition::Full})
        runOne(out, label, model, language, edition, path);
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    QStringList sizes = app.arguments().mid(1);
    if (sizes.isEmpty())
        sizes = {QStringLiteral("sample"), QStringLiteral("10000")};
    for (const QString& size : sizes) {
        if (size == QLatin1StringView("sample")) {
            const mamori::Model model = mamori::BuiltIn::sampleWard();
            run(out, QStringLiteral("sample ward"), model, QStringLiteral("ja"),
                dir.filePath(QStringLiteral("s-ja.pdf")));
            run(out, QStringLiteral("sample ward"), model, QStringLiteral("en"),
                dir.filePath(QStringLiteral("s-en.pdf")));
            continue;
        }
        const int assets = size.toInt();
        QElapsedTimer timer;
        timer.start();
        const mamori::Model model = mamori::Generator::generateWard(assets, 1);
        out << "generated " << assets << " assets in " << timer.elapsed() << " ms" << Qt::endl;
        run(out, QStringLiteral("%1 assets").arg(assets), model, QStringLiteral("ja"),
            dir.filePath(QStringLiteral("g%1.pdf").arg(assets)));
    }
    return 0;
}
