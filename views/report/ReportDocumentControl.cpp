// Document control in the report (文書管理): the revision history (改訂履歴) on its own page after
// the contents, as a ward's official documents have it, and the distribution list (配布先) and the
// closing 以上 at the very end. The cover's document number, version, department and approval date
// are drawn by cover() (ReportSections.cpp).

#include "ReportSections.h"

#include <QPainter>

#include <algorithm>

namespace mamori {

QString ReportBuilder::versionText(const QString& version) const
{
    if (version.isEmpty())
        return {};
    // 第1.0版 as a ward writes it, unless the ward wrote it so already; in English the number alone,
    // under its label "Version".
    if (c.language == Language::Japanese)
        return version.startsWith(u'第') ? version : QStringLiteral("第%1版").arg(version);
    return version;
}

ReportBuilder::CoverFields ReportBuilder::coverFields() const
{
    CoverFields f;
    if (!c.document.number.isEmpty())
        f.top.append({tr("Document number"), c.document.number});
    if (!c.document.version.isEmpty())
        f.top.append({tr("Version"), versionText(c.document.version)});
    if (!c.document.department.isEmpty())
        f.side.append({tr("Prepared by"), c.document.department});
    if (c.document.approvedOn.isValid())
        f.side.append({tr("Approved on"), c.date(c.document.approvedOn)});
    return f;
}

void ReportBuilder::drawCoverFields(PageFlow& flow, QPainter& p, const QList<std::pair<QString, QString>>& fields,
    const QRectF& area, Qt::Alignment align)
{
    const TextStyle field = flow.style(9);
    // The labels in one column; a value too long for the area is cut with "…" rather than wrapped.
    qreal labelWidth = 0;
    for (const auto& [label, value] : fields)
        labelWidth = std::max(labelWidth, field.advance(label));
    const qreal gap = flow.mm(3);
    qreal top = area.top();
    for (const auto& [label, value] : fields) {
        const QString v = TextStyle::printable(value);
        const qreal valueWidth = std::max<qreal>(0, std::min(field.advance(v), area.width() - labelWidth - gap));
        qreal x = align == Qt::AlignRight ? area.right() - labelWidth - gap - valueWidth : area.left();
        field.draw(p, QRectF(x, top, labelWidth, field.lineHeight()), label);
        x += labelWidth + gap;
        field.draw(p, QRectF(x, top, valueWidth + 1, field.lineHeight()), field.elided(v, valueWidth + 1));
        top += field.lineHeight() * 1.2;
    }
}

void ReportBuilder::revisionHistory()
{
    const QList<DocumentRevision>& revisions = c.document.revisions;
    if (revisions.isEmpty())
        return;
    add<PageBreakBlock>(QPageLayout::Portrait);
    // Unnumbered, like the contents: it is about the document, not a chapter of it.
    add<HeadingBlock>(1, QString(), tr("Revision history"));
    add<TableBlock>(QList<TableColumn> {{tr("Version"), 1.1}, {tr("Date"), 1.5}, {tr("Description of the change"), 5},
                        {tr("Changed by"), 1.8}},
        revisions.size(), [this, revisions](qsizetype r) {
            const DocumentRevision& rev = revisions[r];
            return TableRow {versionText(rev.version), c.date(rev.date), rev.description, rev.by};
        });
}

void ReportBuilder::documentEnd()
{
    const QStringList& distribution = c.document.distribution;
    if (!distribution.isEmpty()) {
        spacer(6);
        ParagraphBlock::Style heading;
        heading.bold = true;
        add<ParagraphBlock>(tr("Distribution"), heading);
        ParagraphBlock::Style item;
        item.indentMm = 4;
        item.spaceAfterMm = 0.5;
        for (const QString& to : distribution)
            add<ParagraphBlock>(QStringLiteral("・") + to, item);
    }
    // 以上 closes a ward's document: it is the form itself, not a word to translate (like 取扱注意).
    const QString end = c.language == Language::Japanese ? QStringLiteral("以上") : tr("End of document");
    add<DrawingBlock>(10, [end](PageFlow& flow, QPainter& p, const QRectF& rect) {
        const TextStyle style = flow.style(10.5);
        style.draw(
            p, QRectF(rect.left(), rect.top() + flow.mm(3), rect.width(), style.lineHeight()), end, Qt::AlignRight);
    });
}

} // namespace mamori
