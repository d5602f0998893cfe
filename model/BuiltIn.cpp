#include "BuiltIn.h"

#include "JsonFormat.h"

#include <QFile>

namespace mamori::BuiltIn {

namespace {
Model load(const QString& resource)
{
    QFile f(resource);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("Mamori resource %s is missing from the build", qPrintable(resource));
    const JsonFormat::ReadResult r = JsonFormat::read(f.readAll(), resource);
    // The resources are checked by the tests; a broken one is a build error, not a user's problem.
    if (!r.ok())
        qFatal("Mamori resource %s is invalid: %s", qPrintable(resource), qPrintable(r.errors.first().toString()));
    return r.model;
}
} // namespace

Model catalogue()
{
    return load(QStringLiteral(":/mamori/catalogue/catalogue.json"));
}

Model sampleWard()
{
    return load(QStringLiteral(":/mamori/sample/sample-ward.json"));
}

} // namespace mamori::BuiltIn
