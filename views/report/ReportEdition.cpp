// What the summary edition prints in place of the long lists (ReportLimits.h): the line under a
// list that was cut, and the counts of every risk and every asset that follow the highest ones.

#include "ReportSections.h"

#include "EnumNames.h"
#include "LevelColors.h"

#include <array>
#include <limits>

namespace mamori {

qsizetype ReportBuilder::rowsShown(qsizetype total, qsizetype cap) const
{
    return c.options.full() ? total : std::min(total, cap);
}

void ReportBuilder::notListed(qsizetype shown, qsizetype total, Rest rest)
{
    if (shown >= total)
        return;
    // %Ln: the count in the report's locale (90,372), and the plural form it takes.
    const int more = int(std::min<qsizetype>(total - shown, std::numeric_limits<int>::max()));
    note(rest == Rest::InWorkbook
            ? tr("%Ln more are not listed here. The full edition of this report lists them all, and so does the "
                 "Excel workbook (File > Export to Excel…, or mamori-cli export-sheet).",
                nullptr, more)
            : tr("%Ln more are not listed here. The full edition of this report lists them all.", nullptr, more));
}

namespace {

/// A table of risk tallies: a row per group, then the total, with a column per residual level.
QList<TableColumn> tallyColumns(const QString& group, const QStringList& levels, const QString& risks,
    const QString& above, const QString& residual)
{
    QList<TableColumn> columns {{group, 2.4}};
    for (const QString& label : levels)
        columns.append({EnumNames::level(label), 0.8, Qt::AlignRight});
    columns.append({risks, 0.9, Qt::AlignRight});
    columns.append({above, 1.1, Qt::AlignRight});
    columns.append({residual, 1.1, Qt::AlignRight});
    return columns;
}

} // namespace

void ReportBuilder::highestRisksIntro(qsizetype shown, qsizetype total)
{
    section(tr("The %Ln highest residual risks", nullptr, int(shown)));
    paragraph(tr("The %Ln highest residual risks of the %1 assessed, highest first; after them every risk is counted "
                 "by residual level. Likelihood and impact are on a scale of 1 to 5; a risk is their product (1 to "
                 "25). Residual values take the controls as they stand into account. A response marked "
                 "\"suggested\" follows from the risk appetite (%2) and has not been decided.",
        nullptr, int(shown))
                  .arg(c.number(double(total)), c.number(c.assessment.appetite)));
}

void ReportBuilder::riskTallies()
{
    const Assessment& a = c.assessment;
    const LevelColumns levels(a);
    std::array<RiskTally, kThreatCategoryCount> byCategory;
    std::array<RiskTally, 4> byTier;
    byCategory.fill(RiskTally(levels.size()));
    byTier.fill(RiskTally(levels.size()));
    RiskTally total(levels.size());
    for (const RiskResult& r : a.risks) {
        if (r.category >= 1 && r.category <= kThreatCategoryCount)
            byCategory[std::size_t(r.category - 1)].add(r, levels, a.appetite);
        const Asset* asset = c.asset(r.asset);
        byTier[std::size_t(asset ? asset->tier : Tier::None)].add(r, levels, a.appetite);
        total.add(r, levels, a.appetite);
    }

    using Rows = QList<std::pair<QString, RiskTally>>;
    const auto table = [&](const QString& group, const Rows& rows) {
        add<TableBlock>(
            tallyColumns(group, levels.labels(), tr("Risks"), tr("Above the appetite"), tr("Total residual risk")),
            rows.size() + 1, [this, rows, total, levels = levels.labels()](qsizetype r) {
                const bool last = r == rows.size();
                const RiskTally& t = last ? total : rows[r].second;
                TableRow row {TableCell(last ? tr("Total") : rows[r].first, QColor(), Qt::black, last)};
                for (qsizetype k = 0; k < levels.size(); ++k)
                    row.append(t.byLevel.value(k) > 0 ? TableCell(c.number(double(t.byLevel[k])), levelColor(levels[k]),
                                   levelTextColor(levels[k]), last)
                                                      : TableCell(c.number(0), QColor(), Qt::black, last));
                row.append(TableCell(c.number(double(t.risks)), QColor(), Qt::black, last));
                row.append(TableCell(c.number(double(t.aboveAppetite)), QColor(), Qt::black, last));
                row.append(TableCell(c.score(t.residual), QColor(), Qt::black, last));
                return row;
            });
    };

    section(tr("Every risk by threat category and residual level"));
    paragraph(tr("All %Ln risks, the ones listed above included, counted by residual level; a risk is above the "
                 "appetite when its residual risk exceeds %1.",
        nullptr, int(std::min<qint64>(total.risks, std::numeric_limits<int>::max())))
                  .arg(c.number(a.appetite)));
    Rows categories;
    for (int k = 0; k < kThreatCategoryCount; ++k)
        categories.append({EnumNames::threatCategory(k + 1), byCategory[std::size_t(k)]});
    table(tr("Threat category"), categories);

    section(tr("Every risk by tier and residual level"));
    Rows tiers;
    for (const Tier t : {Tier::MyNumber, Tier::Lgwan, Tier::Internet, Tier::None})
        tiers.append({EnumNames::name(t), byTier[std::size_t(t)]});
    table(tr("Tier"), tiers);
}

void ReportBuilder::assetTallies()
{
    constexpr std::array kTypes {AssetType::Information, AssetType::System, AssetType::Network, AssetType::Device,
        AssetType::Media, AssetType::Facility, AssetType::Document, AssetType::CloudService};
    constexpr std::array kTiers {Tier::MyNumber, Tier::Lgwan, Tier::Internet, Tier::None};
    // counts[type][tier], the last row and column the totals
    std::array<std::array<qint64, kTiers.size() + 1>, kTypes.size() + 1> counts {};
    for (const Asset& a : c.model.assets) {
        const auto type = std::size_t(a.type), tier = std::size_t(a.tier);
        if (type >= kTypes.size() || tier >= kTiers.size())
            continue;
        ++counts[type][tier];
        ++counts[type][kTiers.size()];
        ++counts[kTypes.size()][tier];
        ++counts[kTypes.size()][kTiers.size()];
    }
    section(tr("Every asset by type and tier"));
    QList<TableColumn> columns {{tr("Type"), 2}};
    for (const Tier t : kTiers)
        columns.append({EnumNames::name(t), 1.2, Qt::AlignRight});
    columns.append({tr("Total"), 1, Qt::AlignRight});
    add<TableBlock>(columns, qsizetype(kTypes.size() + 1), [this, counts, kTypes](qsizetype r) {
        const bool last = std::size_t(r) == kTypes.size();
        TableRow row {
            TableCell(last ? tr("Total") : EnumNames::name(kTypes[std::size_t(r)]), QColor(), Qt::black, last)};
        for (const qint64 n : counts[std::size_t(r)])
            row.append(TableCell(c.number(double(n)), QColor(), Qt::black, last));
        row.last().bold = true;
        return row;
    });
}

} // namespace mamori
