// Document control in the report (文書管理): the revision history (改訂履歴) on its own page after
// the contents, as a ward's official documents have it, and the distribution list (配布先) and the
// closing 以上 at the very end. The cover's document number, version, department and approval date
// are drawn by cover() (ReportSections.cpp).

#include "ReportSections.h"

#include <QPainter>

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
        style.draw(p, QRectF(rect.left(), rect.top() + flow.mm(3), rect.width(), style.lineHeight()), end,
            Qt::AlignRight);
    });
}

} // namespace mamori
