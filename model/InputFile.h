#pragma once

// The one way Mamori opens a file it reads (a model, a project, a spreadsheet, a mapping): only a
// regular file, after resolving symbolic links, and only up to a stated size (InputLimits.h), so that a
// FIFO cannot block a command forever and /dev/zero cannot exhaust memory (issue 17).
//
// May include: InputLimits.h, Qt Core.

#include "InputLimits.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace mamori {

class InputFile {
    Q_DECLARE_TR_FUNCTIONS(mamori::InputFile)

public:
    /// Why `path` cannot be read as an input of at most `maxBytes`, in words for the user (without the
    /// file's name, which the caller places): it does not exist, its symbolic links loop, it is a folder
    /// or not a regular file (a pipe, a device), or it is too large. Empty when it can be read.
    static QString refusal(const QString& path, qint64 maxBytes);

    struct Bytes {
        QByteArray bytes;
        QString error; ///< as refusal() words it, or the system's reason the read failed; empty when read
        bool ok() const { return error.isEmpty(); }
    };

    /// The whole file, after refusal() found nothing to refuse; never more than `maxBytes` are read,
    /// even from a file that grows meanwhile.
    static Bytes read(const QString& path, qint64 maxBytes);

    /// "256 MB": a limit in the messages.
    static QString megabytes(qint64 bytes);
};

} // namespace mamori
