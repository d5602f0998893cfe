#include "FilePaths.h"

#include <QDir>
#include <QFileInfo>

namespace mamori::FilePaths {

Qt::CaseSensitivity systemCaseSensitivity()
{
#ifdef Q_OS_WIN
    return Qt::CaseInsensitive;
#else
    return Qt::CaseSensitive;
#endif
}

QString comparisonKey(const QString& path, Qt::CaseSensitivity cs)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath(); // empty when the file does not exist
    const QString key = QDir::cleanPath(canonical.isEmpty() ? info.absoluteFilePath() : canonical);
    return cs == Qt::CaseInsensitive ? key.toCaseFolded() : key;
}

bool samePath(const QString& a, const QString& b, Qt::CaseSensitivity cs)
{
    return comparisonKey(a, cs) == comparisonKey(b, cs);
}

bool isProjectPath(const QString& path)
{
    return QFileInfo(path).suffix().compare(QLatin1StringView("mamori"), Qt::CaseInsensitive) == 0;
}

} // namespace mamori::FilePaths
