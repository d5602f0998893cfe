// Times assess() on one model file: `mamori_assess_file MODEL.json [REPEATS]` prints the median CPU
// time of REPEATS assessments (default 15). The same file assessed by two builds of the engine is the
// fair before/after of an engine change: a field the older build does not know (status_by_unit for
// one before v1.1) is ignored by its reader, so both assess the same ward.

#include "ModelFile.h"
#include "engine/Assessment.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: mamori_assess_file MODEL [REPEATS]\n");
        return 2;
    }
    const mamori::LoadedModel loaded = mamori::loadModelFile(QCoreApplication::arguments().at(1)); // UTF-16 on Windows
    if (!loaded.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(loaded.errors.first().toString()));
        return 2;
    }
    const int repeats = argc > 2 ? std::max(1, std::atoi(argv[2])) : 15;
    std::vector<double> ms;
    std::size_t risks = 0;
    for (int i = 0; i < repeats; ++i) {
        const std::clock_t start = std::clock();
        const mamori::Assessment a = mamori::assess(loaded.model);
        ms.push_back(1000.0 * double(std::clock() - start) / CLOCKS_PER_SEC);
        risks = a.risks.size();
    }
    std::sort(ms.begin(), ms.end());
    std::printf("%zu risks: assess() median %.2f ms CPU (min %.2f, max %.2f, %d runs)\n", risks, ms[ms.size() / 2],
        ms.front(), ms.back(), repeats);
    return 0;
}
