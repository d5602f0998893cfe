#include "InputFile.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace mamori {

namespace {

/// Follows the symbolic links from `path`: true when they loop (or go on for more than 40 links, as
/// the system itself gives up).
bool symlinksLoop(const QString& path)
{
    QSet<QString> seen;
    QFileInfo info(path);
    for (int hops = 0; info.isSymLink(); ++hops) {
        const QString target = info.symLinkTarget();
        if (hops > 40 || target.isEmpty() || seen.contains(target))
            return true;
        seen.insert(target);
        info = QFileInfo(target);
    }
    return false;
}

} // namespace

QString InputFile::megabytes(qint64 bytes)
{
    return tr("%1 MB").arg(QString::number(bytes / (1024 * 1024)));
}

QString InputFile::refusal(const QString& path, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        if (info.isSymLink())
            return symlinksLoop(path) ? tr("the file is a symbolic link that loops")
                                      : tr("the file is a symbolic link to a file that does not exist");
        return tr("the file does not exist");
    }
    if (info.isDir())
        return tr("this is a folder, not a file");
    if (!info.isFile()) // after the links: a pipe, a socket or a device would block or never end
        return tr("this is not a regular file (a pipe, a device or a socket); Mamori reads only files");
    if (info.size() > maxBytes)
        return tr("the file is larger than %1; Mamori reads files of this kind up to that size")
            .arg(megabytes(maxBytes));
    return {};
}

InputFile::Bytes InputFile::read(const QString& path, qint64 maxBytes)
{
    Bytes out;
    out.error = refusal(path, maxBytes);
    if (!out.error.isEmpty())
        return out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.error = tr("the file cannot be read: %1").arg(file.errorString());
        return out;
    }
    out.bytes = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        out.error = tr("the file cannot be read: %1").arg(file.errorString());
        out.bytes.clear();
    } else if (out.bytes.size() > maxBytes) {
        out.error = tr("the file is larger than %1; Mamori reads files of this kind up to that size")
                        .arg(megabytes(maxBytes));
        out.bytes.clear();
    }
    return out;
}

} // namespace mamori
