#include "ReportSections.h"

#include "EnumNames.h"
#include "JapaneseCalendar.h"
#include "LevelColors.h"
#include "ReportCharts.h"
#include "ReportLimits.h"

#include <QPainter>

namespace mamori {

namespace {
const QColor kAccent(0x1f, 0x3a, 0x5f);
const QColor kMuted(0x55, 0x55, 0x55);

QColor severityColor(Severity s)
{
    return levelColor(s == Severity::Critical ? QStringLiteral("critical")
            : s == Severity::High             ? QStringLiteral("high")
                                              : QStringLiteral("medium"));
}
} // namespace

// ---- structure ----

QString ReportBuilder::title()
{
    return tr("Information asset risk assessment report");
}

PageDecoration ReportBuilder::decoration() const
{
    PageDecoration d;
    d.title = title();
    // A page of the summary edition says so wherever it ends up: the full edition has every register.
    //: The page header's title in the summary edition (要約版)
    d.titleFormat = c.options.full() ? QStringLiteral("%1") : tr("%1 (summary edition)");
    d.handlingMark = c.options.effectiveHandlingMark();
    d.organization = c.options.organization;
    //: Page footer: page number and page count
    d.pageFormat = tr("%1 / %2");
    return d;
}

void ReportBuilder::chapter(const QString& text, QPageLayout::Orientation orientation)
{
    add<PageBreakBlock>(orientation);
    m_section = 0;
    QString number;
    if (m_inAppendix) {
        number = tr("Appendix %1").arg(QChar(u'A' + m_chapter++));
    } else {
        number = QString::number(++m_chapter);
    }
    m_headings.push_back(add<HeadingBlock>(1, number, text));
}

void ReportBuilder::section(const QString& text)
{
    const QString number = m_inAppendix ? QString() : QStringLiteral("%1.%2").arg(m_chapter).arg(++m_section);
    m_headings.push_back(add<HeadingBlock>(2, number, text));
}

void ReportBuilder::paragraph(const QString& text)
{
    add<ParagraphBlock>(text);
}

void ReportBuilder::note(const QString& text)
{
    ParagraphBlock::Style style;
    style.points = 8;
    style.color = kMuted;
    add<ParagraphBlock>(text, style);
}

void ReportBuilder::spacer(qreal millimetres)
{
    add<SpacerBlock>(millimetres);
}

TableCell ReportBuilder::levelCell(const QString& label) const
{
    return TableCell(EnumNames::level(label), levelColor(label), levelTextColor(label), true);
}

QString ReportBuilder::assetLabel(const QString& id) const
{
    const QString name = c.assetName(id);
    return c.labelled(name, id);
}

QString ReportBuilder::responseName(const RiskResult& risk) const
{
    //: A response suggested from the risk appetite, not decided yet
    return risk.decided ? EnumNames::name(risk.response) : tr("%1 (suggested)").arg(EnumNames::name(risk.response));
}

Blocks ReportBuilder::build()
{
    m_blocks.clear();
    m_headings.clear();
    cover();
    const std::size_t contentsAt = m_blocks.size();
    revisionHistory(); // after the contents, which are inserted before it below
    if (c.options.has(ReportOptions::Section::Summary)) {
        summary();
        departments();
    }
    if (c.options.has(ReportOptions::Section::Findings))
        findings();
    if (c.options.has(ReportOptions::Section::Register))
        riskRegister();
    if (c.options.has(ReportOptions::Section::Responses))
        responses();
    if (c.options.has(ReportOptions::Section::Plan))
        plan();
    if (c.options.has(ReportOptions::Section::Scenario) && c.scenario)
        scenario();
    if (c.previous)
        previousYear();
    if (c.continuity)
        continuity();
    if (c.options.has(ReportOptions::Section::Appendix))
        appendix();
    documentEnd();
    // The contents come second but list what follows them, so they are made last.
    Blocks contents;
    contents.push_back(std::make_unique<PageBreakBlock>(QPageLayout::Portrait));
    contents.push_back(std::make_unique<TocBlock>(tr("Contents"), m_headings));
    m_blocks.insert(m_blocks.begin() + qsizetype(contentsAt), std::make_move_iterator(contents.begin()),
        std::make_move_iterator(contents.end()));
    return std::move(m_blocks);
}

// ---- cover ----

void ReportBuilder::cover()
{
    const QDate date = c.options.date.isValid() ? c.options.date : Clock::today();
    const int fiscalYear = c.options.effectiveFiscalYear();
    const bool ja = c.language == Language::Japanese;
    const QString fiscal = ja ? japaneseFiscalYear(fiscalYear) + QStringLiteral("（%1年度）").arg(fiscalYear)
                              : tr("Fiscal year %1 (April %1 to March %2)").arg(fiscalYear).arg(fiscalYear + 1);
    // Both calendars, as the issue asks: the era date a ward files by, the western one beside it.
    const QString dateText = ja
        ? QStringLiteral("%1（%2年%3月%4日）")
              .arg(japaneseEraDate(date))
              .arg(date.year())
              .arg(date.month())
              .arg(date.day())
        : QStringLiteral("%1 (%2)").arg(c.locale.toString(date, QStringLiteral("d MMMM yyyy")), japaneseEraDate(date));
    const QString scenarioLine
        = c.scenario ? tr("Scenario compared: %1 (%2)").arg(c.scenario->name, c.scenario->id) : QString();
    const QString subtitle = tr("Risk response policy and risk response plan");
    const QString notice = tr("This report describes the ward's information security measures, which the policy "
                              "keeps non-public (§11). Handle it according to its mark and do not disclose it to "
                              "anyone who does not need it.");
    const QStringList roles = {tr("Approved"), tr("Reviewed"), tr("Prepared")};
    const QStringList roleHolders = {tr("CISO"), tr("Deputy CISO"), tr("Information security officer")};
    const QString org = c.options.organization;
    const QString modelName = c.modelName();
    const QString generator = tr("Prepared with Mamori %1").arg(QStringLiteral(MAMORI_VERSION_STRING));
    const CoverFields doc = coverFields();

    add<DrawingBlock>(250, [=](PageFlow& flow, QPainter& p, const QRectF& rect) {
        const TextStyle big = flow.style(22, true, kAccent);
        const TextStyle sub = flow.style(13, false, kAccent);
        const TextStyle body = flow.style(11);
        const TextStyle small = flow.style(8, false, kMuted);
        qreal y = rect.top() + flow.mm(8);
        body.draw(p, QRectF(rect.left(), y, rect.width(), body.lineHeight()), fiscal, Qt::AlignLeft);
        drawCoverFields(
            flow, p, doc.top, QRectF(rect.left() + rect.width() * 0.45, y, rect.width() * 0.55, 0), Qt::AlignRight);
        y = rect.top() + flow.mm(60);
        const qreal titleHeight = big.height(title(), rect.width());
        big.draw(p, QRectF(rect.left(), y, rect.width(), titleHeight), title(), Qt::AlignHCenter);
        y += titleHeight + flow.mm(5);
        sub.draw(p, QRectF(rect.left(), y, rect.width(), sub.lineHeight()), subtitle, Qt::AlignHCenter);
        y += sub.lineHeight() + flow.mm(4);
        p.setPen(QPen(kAccent, flow.pt(1.5)));
        p.drawLine(QPointF(rect.left() + rect.width() * 0.15, y), QPointF(rect.right() - rect.width() * 0.15, y));
        y += flow.mm(8);
        const QString name = TextStyle::printable(modelName);
        const qreal nameHeight = body.height(name, rect.width() * 0.8);
        body.draw(
            p, QRectF(rect.left() + rect.width() * 0.1, y, rect.width() * 0.8, nameHeight), name, Qt::AlignHCenter);
        y += nameHeight + flow.mm(3);
        if (!scenarioLine.isEmpty()) {
            const QString line = TextStyle::printable(scenarioLine);
            const qreal h = body.height(line, rect.width() * 0.8);
            body.draw(p, QRectF(rect.left() + rect.width() * 0.1, y, rect.width() * 0.8, h), line, Qt::AlignHCenter);
        }
        y = rect.top() + flow.mm(150);
        body.draw(p, QRectF(rect.left(), y, rect.width(), body.lineHeight()), dateText, Qt::AlignHCenter);
        y += body.lineHeight() + flow.mm(4);
        if (!org.isEmpty()) {
            const TextStyle orgStyle = flow.style(14, true);
            const QString o = TextStyle::printable(org);
            orgStyle.draw(
                p, QRectF(rect.left(), y, rect.width(), orgStyle.height(o, rect.width())), o, Qt::AlignHCenter);
        }
        // Approval boxes for the seals or signatures of those who approve the plan (決裁欄).
        const qreal boxW = flow.mm(34), boxH = flow.mm(26), headH = flow.mm(6);
        qreal x = rect.right() - 3 * boxW;
        const qreal by = rect.top() + flow.mm(190);
        // The role names under the boxes on one line each (最高情報セキュリティ責任者 must not break
        // mid-word): the size that fits the longest word, down to 6 pt; English may wrap between words.
        const qreal holderWidth = boxW - flow.mm(1);
        qreal holderPoints = 8;
        for (const QString& holder : roleHolders) {
            for (const QString& word : holder.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                while (holderPoints > 6 && flow.style(holderPoints).advance(word) > holderWidth)
                    holderPoints -= 0.5;
            }
        }
        const TextStyle holderStyle = flow.style(holderPoints, false, kMuted);
        p.setBrush(Qt::NoBrush);
        for (int k = 0; k < 3; ++k) {
            p.setPen(QPen(Qt::black, flow.pt(0.6)));
            p.drawRect(QRectF(x, by, boxW, boxH));
            p.drawLine(QPointF(x, by + headH), QPointF(x + boxW, by + headH));
            body.draw(p, QRectF(x, by + flow.mm(0.8), boxW, headH), roles[k], Qt::AlignHCenter);
            holderStyle.draw(p,
                QRectF(x + flow.mm(0.5), by + boxH + flow.mm(1), holderWidth, holderStyle.lineHeight() * 2),
                roleHolders[k], Qt::AlignHCenter);
            x += boxW;
        }
        drawCoverFields(
            flow, p, doc.side, QRectF(rect.left(), by, rect.width() - 3 * boxW - flow.mm(6), 0), Qt::AlignLeft);
        const qreal noticeTop = rect.bottom() - flow.mm(22);
        small.draw(p, QRectF(rect.left(), noticeTop, rect.width() * 0.62, flow.mm(18)), notice);
        small.draw(p, QRectF(rect.left(), rect.bottom() - small.lineHeight(), rect.width(), small.lineHeight()),
            generator, Qt::AlignRight);
    });
}

// ---- summary ----

void ReportBuilder::summary()
{
    const Assessment& a = c.assessment;
    chapter(tr("Executive summary"));
    const qsizetype decided
        = std::count_if(a.risks.begin(), a.risks.end(), [](const RiskResult& r) { return r.decided; });
    // One count per sentence, so that English says "1 finding" and "2 findings" (%Ln: the count in the
    // report's locale, 1,433); the counted nouns of the first sentence are pieces of their own.
    const QString space = c.language == Language::Japanese ? QString() : QStringLiteral(" ");
    const QStringList sentences = {
        tr("This report assesses %1, the pairs of the %2 and %3 registered in the model, against %4, as the "
           "ward's cybersecurity basic policy asks (§8).")
            .arg(tr("%Ln risk(s)", nullptr, int(a.risks.size())),
                tr("%Ln information asset(s)", nullptr, int(c.model.assets.size())),
                tr("%Ln threat(s)", nullptr, int(c.model.threats.size())),
                tr("%Ln control(s)", nullptr, int(c.model.controls.size()))),
        tr("%Ln risk(s) have a residual risk above the risk appetite (%1) and need a response.", nullptr,
            int(a.totals.aboveAppetite))
            .arg(c.number(a.appetite)),
        tr("%Ln risk(s) have a decided response.", nullptr, int(decided)),
        tr("The three-tier separation check (§7(3)) found %Ln finding(s).", nullptr, int(a.findings.size())),
    };
    paragraph(sentences.join(space));

    section(tr("Key figures"));
    const QList<std::pair<QString, QString>> figures = {
        {tr("Information assets"), c.number(double(c.model.assets.size()))},
        {tr("Threats"), c.number(double(c.model.threats.size()))},
        {tr("Controls"), c.number(double(c.model.controls.size()))},
        {tr("Risks assessed"), c.number(double(a.risks.size()))},
        {tr("Total inherent risk"), c.score(a.totals.inherent)},
        {tr("Total residual risk"), c.score(a.totals.residual)},
        {tr("Reduction by controls"),
            a.totals.inherent > 0
                ? tr("%1 %").arg(c.locale.toString(100.0 * (1 - a.totals.residual / a.totals.inherent), 'f', 1))
                : QStringLiteral("-")},
        {tr("Risk appetite"), c.number(a.appetite)},
        {tr("Risks above the risk appetite"), c.number(double(a.totals.aboveAppetite))},
        {tr("Three-tier separation findings"), c.number(double(a.findings.size()))},
    };
    add<TableBlock>(QList<TableColumn> {{tr("Item"), 3}, {tr("Value"), 2, Qt::AlignRight, true}}, figures.size(),
        [figures](qsizetype r) {
            return TableRow {figures[r].first, figures[r].second};
        });

    const auto levels = a.levelCounts();
    QList<TableColumn> levelColumns {{tr("Residual risk level"), 2}};
    for (const auto& [label, count] : levels) {
        Q_UNUSED(count);
        levelColumns.append({EnumNames::level(label), 1, Qt::AlignHCenter, true});
    }
    add<TableBlock>(levelColumns, 1, [this, levels](qsizetype) {
        TableRow row {tr("Number of risks")};
        for (const auto& [label, count] : levels)
            row.append(TableCell(c.number(double(count)), levelColor(label), levelTextColor(label), true));
        return row;
    });

    section(tr("Heat maps"));
    paragraph(tr("Each cell counts the risks of that likelihood (rows) and impact (columns), rounded to whole "
                 "levels, and is coloured by the highest level of the risks it counts, so that the map agrees with "
                 "the level counts; an empty cell is drawn paler, in the level of the centre of the cell. Inherent "
                 "risk is before any control; residual risk is with the controls as they stand."));
    const RiskMatrix inherent = RiskMatrix::inherent(a), residual = RiskMatrix::residual(a);
    const QList<Band> bands = a.bands;
    const MatrixLabels inherentLabels {tr("Inherent risk"), tr("Likelihood"), tr("Impact")};
    const MatrixLabels residualLabels {tr("Residual risk"), tr("Likelihood"), tr("Impact")};
    const QLocale locale = c.locale;
    QList<LegendEntry> legend;
    double lower = 0;
    for (const Band& b : bands) {
        legend.append(
            {b.label, tr("%1: over %2 up to %3").arg(EnumNames::level(b.label), c.number(lower), c.number(b.bound))});
        lower = b.bound;
    }
    add<DrawingBlock>(90, [=](PageFlow& flow, QPainter& p, const QRectF& rect) {
        const qreal half = rect.width() / 2;
        const qreal maps = rect.height() - flow.mm(8);
        drawRiskMatrix(
            flow, p, QRectF(rect.left(), rect.top(), half - flow.mm(4), maps), inherent, bands, inherentLabels, locale);
        drawRiskMatrix(flow, p, QRectF(rect.left() + half + flow.mm(4), rect.top(), half - flow.mm(4), maps), residual,
            bands, residualLabels, locale);
        drawLevelLegend(flow, p, QRectF(rect.left(), rect.top() + maps + flow.mm(1), rect.width(), flow.mm(7)), legend);
    });

    section(tr("Residual risk by threat category and by tier"));
    QList<BarItem> byCategory, byTier;
    for (int k = 0; k < 5; ++k)
        byCategory.append({EnumNames::threatCategory(k + 1), a.totals.byCategory[std::size_t(k)].inherent,
            a.totals.byCategory[std::size_t(k)].residual});
    for (const Tier t : {Tier::MyNumber, Tier::Lgwan, Tier::Internet, Tier::None})
        byTier.append(
            {EnumNames::name(t), a.totals.byTier[std::size_t(t)].inherent, a.totals.byTier[std::size_t(t)].residual});
    const QString first = tr("Inherent risk"), second = tr("Residual risk");
    const QString categoryTitle = tr("Total risk by threat category"), tierTitle = tr("Total risk by tier");
    add<DrawingBlock>(62, [=](PageFlow& flow, QPainter& p, const QRectF& rect) {
        drawPairedBars(flow, p, rect, categoryTitle, byCategory, first, second, locale);
    });
    add<DrawingBlock>(55, [=](PageFlow& flow, QPainter& p, const QRectF& rect) {
        drawPairedBars(flow, p, rect, tierTitle, byTier, first, second, locale);
    });

    section(tr("Highest residual risks"));
    const qsizetype top = std::min<qsizetype>(10, qsizetype(c.riskOrder.size()));
    add<TableBlock>(QList<TableColumn> {{tr("No."), 0.5, Qt::AlignRight, true}, {tr("Information asset"), 3.2},
                        {tr("Threat"), 2.6}, {tr("Residual risk"), 1, Qt::AlignRight, true},
                        {tr("Level"), 1, Qt::AlignHCenter, true}, {tr("Response"), 1.3}},
        top, [this](qsizetype r) {
            const RiskResult& risk = c.assessment.risks[c.riskOrder[std::size_t(r)]];
            return TableRow {c.count(r + 1), assetLabel(risk.asset), c.threatName(risk.threat), c.score(risk.residual),
                levelCell(c.assessment.levelLabel(risk.level)), responseName(risk)};
        });
}

// ---- findings ----

void ReportBuilder::findings()
{
    const Assessment& a = c.assessment;
    chapter(tr("Three-tier separation findings"));
    paragraph(tr("The policy separates the My Number use, LGWAN-connected and Internet-connected tiers (§7(3)). "
                 "A finding is a group of assets connected to each other without passing a sanctioned gateway "
                 "(無害化・分離装置) that holds assets of two tiers. The path shows how the first asset reaches the "
                 "second. A system that runs on a host of another tier is a finding too: the two tiers share the "
                 "host's hypervisor or operating system."));
    auto* table = add<TableBlock>(
        QList<TableColumn> {{tr("No."), 0.4, Qt::AlignRight, true}, {tr("Severity"), 0.9, Qt::AlignHCenter, true},
            {tr("Tiers"), 1.6}, {tr("Assets"), 2.2}, {tr("Path (impact spread route)"), 3.6}},
        rowsShown(a.findings.size(), SummaryLimits::kFindings), [this](qsizetype r) {
            const Finding& f = c.assessment.findings[r];
            QStringList path;
            for (const QString& id : f.path)
                path.append(assetLabel(id));
            const QString key = severityKey(f.severity);
            return TableRow {c.count(r + 1),
                TableCell(EnumNames::level(key), severityColor(f.severity), levelTextColor(key), true),
                EnumNames::name(f.firstTier) + QStringLiteral(" / ") + EnumNames::name(f.secondTier),
                assetLabel(f.first) + QStringLiteral("\n") + assetLabel(f.second),
                EnumNames::findingRoute(f.rule, path)};
        });
    table->setEmptyText(tr("No finding: every connection between tiers passes a gateway."));
    notListed(rowsShown(a.findings.size(), SummaryLimits::kFindings), a.findings.size(), Rest::InFullEdition);
    // The year's records (RISK-MODEL.md 9), where a ward keeps them.
    if (!c.model.auditFindings.isEmpty())
        auditFindings();
    if (!c.model.findingExceptions.isEmpty())
        findingExceptions();
    if (!c.model.inspections.isEmpty() || !c.model.auditFindings.isEmpty() || !c.model.reviewDecisions.isEmpty())
        review(); // a ward that keeps the year's records reviews them (§10)
}

// ---- risk register ----

void ReportBuilder::riskRegister()
{
    chapter(tr("Risk register"), QPageLayout::Landscape);
    const qsizetype total = qsizetype(c.riskOrder.size());
    const qsizetype rows = rowsShown(total, SummaryLimits::kHighestRisks);
    if (rows < total)
        highestRisksIntro(rows, total); // the summary edition's (ReportEdition.cpp)
    else
        paragraph(tr("Every risk, highest residual risk first. Likelihood and impact are on a scale of 1 to 5; a risk "
                     "is their product (1 to 25). Residual values take the controls as they stand into account. A "
                     "response marked \"suggested\" follows from the risk appetite (%1) and has not been decided.")
                      .arg(c.number(c.assessment.appetite)));
    add<TableBlock>(
        QList<TableColumn> {{tr("No."), 0.75, Qt::AlignRight, true}, {tr("Asset ID"), 1.2, Qt::AlignLeft, true},
            {tr("Information asset"), 2.5}, {tr("Threat ID"), 0.7, Qt::AlignLeft, true}, {tr("Threat"), 2.6},
            {tr("Threat category"), 1.6}, {tr("Likelihood"), 0.7, Qt::AlignRight, true},
            {tr("Impact"), 0.6, Qt::AlignRight, true}, {tr("Inherent risk"), 0.75, Qt::AlignRight, true},
            {tr("Residual likelihood"), 0.75, Qt::AlignRight, true},
            {tr("Residual impact"), 0.75, Qt::AlignRight, true}, {tr("Residual risk"), 0.75, Qt::AlignRight, true},
            {tr("Level"), 0.85, Qt::AlignHCenter, true}, {tr("Response"), 1.3}},
        rows,
        [this](qsizetype r) {
            const RiskResult& risk = c.assessment.risks[c.riskOrder[std::size_t(r)]];
            return TableRow {c.count(r + 1), risk.asset, c.assetName(risk.asset), risk.threat,
                c.threatName(risk.threat), EnumNames::threatCategory(risk.category), c.score(risk.likelihood),
                c.score(risk.impact), c.score(risk.inherent), c.score(risk.residualLikelihood),
                c.score(risk.residualImpact), TableCell(c.score(risk.residual), QColor(), Qt::black, true),
                levelCell(c.assessment.levelLabel(risk.level)), responseName(risk)};
        },
        7);
    if (rows < total) {
        notListed(rows, total, Rest::InWorkbook);
        riskTallies();
    }
}

// ---- responses ----

void ReportBuilder::responses()
{
    const Assessment& a = c.assessment;
    chapter(tr("Risk response policy"));
    paragraph(tr("For every risk the ward decides one response (§8): accept (保有) a risk within the appetite, "
                 "mitigate (低減) it with controls, transfer (移転) it, for example to insurance or a contractor, or "
                 "avoid (回避) it by stopping the activity. Where no response has been decided, a risk at or below "
                 "the risk appetite (%1) is suggested for acceptance and one above it for mitigation.")
                  .arg(c.number(a.appetite)));
    section(tr("Responses by kind"));
    struct Count {
        qint64 decided = 0, suggested = 0, above = 0;
    };
    std::array<Count, 4> counts {};
    for (const RiskResult& r : a.risks) {
        Count& k = counts[std::size_t(r.response)];
        (r.decided ? k.decided : k.suggested) += 1;
        k.above += r.residual > a.appetite ? 1 : 0;
    }
    add<TableBlock>(
        QList<TableColumn> {{tr("Response"), 2}, {tr("Decided"), 1, Qt::AlignRight, true},
            {tr("Suggested"), 1, Qt::AlignRight, true}, {tr("Of which above the appetite"), 1.4, Qt::AlignRight, true}},
        4, [this, counts](qsizetype r) {
            const Count& k = counts[std::size_t(r)];
            return TableRow {EnumNames::name(ResponseKind(r)), c.number(double(k.decided)),
                c.number(double(k.suggested)), c.number(double(k.above))};
        });

    section(tr("Decided responses and their rationale"));
    // The decided responses of exposed risks, highest residual first, with the decision's record.
    std::vector<std::pair<const RiskResult*, const Response*>> decidedList;
    QHash<QPair<QString, QString>, const Response*> byPair;
    for (const Response& r : c.model.responses)
        byPair.insert({r.asset, r.threat}, &r);
    for (const qsizetype i : c.riskOrder) {
        const RiskResult& risk = a.risks[i];
        if (risk.decided)
            decidedList.emplace_back(&risk, byPair.value({risk.asset, risk.threat}));
    }
    const qsizetype decided = qsizetype(decidedList.size());
    decidedList.resize(std::size_t(rowsShown(decided, SummaryLimits::kDecidedResponses)));
    auto* table = add<TableBlock>(
        QList<TableColumn> {{tr("Information asset"), 2.6}, {tr("Threat"), 2.1},
            {tr("Residual risk"), 0.9, Qt::AlignRight, true}, {tr("Response"), 0.9, Qt::AlignHCenter, true},
            {tr("Rationale"), 3.4}, {tr("Decided by, on"), 1.5, Qt::AlignLeft, true}},
        qsizetype(decidedList.size()), [this, decidedList](qsizetype r) {
            const auto& [risk, response] = decidedList[std::size_t(r)];
            QString by;
            if (response) {
                by = response->decidedBy;
                if (response->decidedOn.isValid())
                    by += (by.isEmpty() ? QString() : QStringLiteral("\n")) + c.date(response->decidedOn);
            }
            return TableRow {assetLabel(risk->asset), c.threatName(risk->threat),
                TableCell(c.score(risk->residual), levelColor(c.assessment.levelLabel(risk->level)),
                    levelTextColor(c.assessment.levelLabel(risk->level))),
                EnumNames::name(risk->response), response ? response->rationale : QString(), by};
        });
    table->setEmptyText(tr("No response has been decided yet."));
    notListed(qsizetype(decidedList.size()), decided, Rest::InFullEdition);
    const qint64 undecidedAbove = std::count_if(
        a.risks.begin(), a.risks.end(), [&](const RiskResult& r) { return !r.decided && r.residual > a.appetite; });
    if (undecidedAbove > 0)
        paragraph(tr("%Ln risk(s) above the risk appetite have no decided response yet; the risk register lists them "
                     "as \"Mitigate (suggested)\".",
            nullptr, int(undecidedAbove)));
}

} // namespace mamori
