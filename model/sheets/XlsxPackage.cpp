#include "XlsxPackage.h"

#include "ReadSupport.h"

#include <zip.h>

namespace mamori::sheets {

void XlsxPackage::ArchiveDeleter::operator()(zip* archive) const
{
    zip_discard(archive);
}

bool XlsxPackage::open(const QByteArray& bytes)
{
    m_bytes = bytes;
    m_budget = kMaxUnpackedBytes;
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(m_bytes.constData(), zip_uint64_t(m_bytes.size()), 0, &error);
    zip_t* archive = source ? zip_open_from_source(source, ZIP_RDONLY, &error) : nullptr;
    if (source && !archive)
        zip_source_free(source);
    zip_error_fini(&error);
    m_archive.reset(archive);
    return archive != nullptr;
}

bool XlsxPackage::contains(const QString& name) const
{
    return m_archive && zip_name_locate(m_archive.get(), name.toUtf8().constData(), ZIP_FL_NOCASE) >= 0;
}

XlsxPackage::Part XlsxPackage::part(const QString& name)
{
    Part out;
    const zip_int64_t index
        = m_archive ? zip_name_locate(m_archive.get(), name.toUtf8().constData(), ZIP_FL_NOCASE) : -1;
    if (index < 0)
        return out;
    zip_stat_t stat;
    if (zip_stat_index(m_archive.get(), zip_uint64_t(index), 0, &stat) == 0 && (stat.valid & ZIP_STAT_SIZE)
        && stat.size > zip_uint64_t(m_budget)) {
        out.status = Part::Status::TooLarge; // said so by the zip itself: no need to unpack to know
        return out;
    }
    zip_file_t* file = zip_fopen_index(m_archive.get(), zip_uint64_t(index), 0);
    if (!file) {
        out.status = Part::Status::Damaged;
        out.detail = QString::fromUtf8(zip_strerror(m_archive.get()));
        return out;
    }
    // The sizes in the zip's directory can lie: count what actually comes out.
    char buffer[64 * 1024];
    out.status = Part::Status::Ok;
    for (;;) {
        const zip_int64_t n = zip_fread(file, buffer, sizeof buffer);
        if (n < 0) {
            out.status = Part::Status::Damaged;
            out.detail = QString::fromUtf8(zip_file_strerror(file));
            break;
        }
        if (n == 0)
            break;
        if (n > m_budget) {
            out.status = Part::Status::TooLarge;
            break;
        }
        m_budget -= n;
        out.data.append(buffer, qsizetype(n));
    }
    zip_fclose(file);
    if (out.status != Part::Status::Ok)
        out.data.clear();
    return out;
}

} // namespace mamori::sheets
