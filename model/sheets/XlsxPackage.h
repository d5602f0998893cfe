#pragma once

// The zip container of an .xlsx, read from memory with libzip, its parts unpacked under one budget
// (kMaxUnpackedBytes for all of them together) so that a zip bomb stops early. Owns the libzip archive.

#include <QByteArray>
#include <QString>

#include <memory>

struct zip; // libzip's zip_t, kept out of this header

namespace mamori::sheets {

class XlsxPackage {
public:
    struct Part {
        enum class Status { Ok, Missing, TooLarge, Damaged };
        Status status = Status::Missing;
        QByteArray data;
        QString detail; ///< for Damaged: libzip's reason
    };

    /// Opens the zip held in `bytes` (kept alive by the package). False when it is not a zip.
    bool open(const QByteArray& bytes);
    bool contains(const QString& name) const;
    /// Unpacks one part by its name in the package (case-insensitive, as OOXML names are).
    Part part(const QString& name);

private:
    struct ArchiveDeleter {
        void operator()(zip* archive) const;
    };
    QByteArray m_bytes; // the archive reads from it
    std::unique_ptr<zip, ArchiveDeleter> m_archive;
    qint64 m_budget = 0;
};

} // namespace mamori::sheets
