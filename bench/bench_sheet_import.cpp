// How long importing a department's inventory takes end to end (read + merge), beside the JSON
// import of the same ward: the assets of Generator's ward of ROWS assets written by the exporter as
// .xlsx and as CSV (UTF-8 with BOM, CP932), each read with readSheetFile() and merged with
// importWorkbook() into the ward without its assets (every row added) and into the ward itself
// (every row compared, nothing changes). The JSON import is loadModelFile() of the whole ward
// (read, parse, validate). Median of 3 runs.
//
//   mamori_bench_sheet_import [ROWS]        default 10000

#include "ModelFile.h"
#include "engine/Generator.h"
#include "sheets/SheetExport.h"
#include "sheets/SheetImport.h"
#include "sheets/SheetReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace mamori;
using namespace mamori::sheets;

namespace {

double medianMs(const std::function<bool()>& run)
{
    std::vector<double> runs;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer t;
        t.start();
        if (!run())
            return -1;
        runs.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(runs.begin(), runs.end());
    return runs[runs.size() / 2];
}

/// Reads and merges `path` into `into`; false (with the first problem printed) when it does not merge.
bool importFile(const QString& path, const Model& into, qsizetype expectedEdits)
{
    const ReadResult read = readSheetFile(path);
    if (!read.ok()) {
        std::printf("%s\n", qPrintable(read.error));
        return false;
    }
    ImportOptions options;
    options.what = Register::Assets;
    const ImportResult r = importWorkbook(read.workbook, into, options);
    if (!r.ok() || (expectedEdits >= 0 && r.edits.size() != expectedEdits)) {
        std::printf("%s: %lld edits, %s\n", qPrintable(path), qlonglong(r.edits.size()),
            r.errors.isEmpty() ? "" : qPrintable(r.errors.first().toString()));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    const Model ward = Generator::generateWard(rows, 1);
    Model withoutAssets = ward;
    withoutAssets.assets.clear();
    withoutAssets.dependencies.clear();
    withoutAssets.exposures.clear();
    withoutAssets.responses.clear();
    withoutAssets.actions.clear();
    withoutAssets.scenarios.clear();
    withoutAssets.controls.clear(); // a control's scope may name assets
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("ward.json"));
    if (const QString e = saveModelFile(ward, json); !e.isEmpty()) {
        std::printf("%s\n", qPrintable(e));
        return 1;
    }
    const double jsonMs = medianMs([&] { return loadModelFile(json).ok(); });
    std::printf("JSON import of the ward (%d assets, read + validate): %.0f ms\n\n", rows, jsonMs);
    std::printf("%-22s %10s %12s %12s %10s\n", "inventory", "export", "into empty", "unchanged", "vs JSON");
    struct Form {
        const char* name;
        const char* file;
        TextEncoding encoding;
    };
    for (const Form& f : {Form {".xlsx", "inventory.xlsx", TextEncoding::None},
             Form {"CSV, UTF-8 with BOM", "inventory-utf8.csv", TextEncoding::Utf8Bom},
             Form {"CSV, CP932", "inventory-cp932.csv", TextEncoding::Cp932}}) {
        const QString path = dir.filePath(QString::fromLatin1(f.file));
        ExportOptions options;
        options.what = {Register::Assets};
        options.riskRegister = false;
        if (f.encoding != TextEncoding::None)
            options.encoding = f.encoding;
        QElapsedTimer t;
        t.start();
        if (const QString e = exportSheetFile(ward, path, options); !e.isEmpty()) {
            std::printf("%s\n", qPrintable(e));
            return 1;
        }
        const double exportMs = double(t.nsecsElapsed()) / 1e6;
        const double added = medianMs([&] { return importFile(path, withoutAssets, -1); });
        const double same = medianMs([&] { return importFile(path, ward, 0); });
        std::printf("%-22s %7.0f ms %9.0f ms %9.0f ms %9.1fx\n", f.name, exportMs, added, same, added / jsonMs);
    }
    return 0;
}
