// The PDF report and the CSV exports: mamori-cli report and export-csv as a user runs
// them (sections, an embedded Japanese font, hostile names printed as text, page count growing with
// the model, exit codes, nothing written on failure), and in-process: the Japanese calendar, the
// report's own language, cancelling.
//
// The PDF is read back with poppler's pdftotext and pdffonts. Text is mostly compared after NFKC
// normalisation (fullwidth brackets and digits as their ASCII forms); the text of every kanji that a
// Japanese font draws with the glyph of a radical is compared as it is (PdfText.h).

#include "TestModels.h"
#include "TestSupport.h"

#include "BuiltIn.h"
#include "CsvExport.h"
#include "DisplayDate.h"
#include "DisplayLanguage.h"
#include "EnumNames.h"
#include "JapaneseCalendar.h"
#include "JsonFormat.h"
#include "NumberFormat.h"
#include "PageFlow.h"
#include "PdfReport.h"
#include "PdfText.h"
#include "PlanCosts.h"
#include "ReportAggregates.h"
#include "ReportBlocks.h"
#include "ReportContent.h"
#include "ReportTranslation.h"
#include "RiskMatrix.h"
#include "Translations.h"
#include "engine/Assessment.h"
#include "engine/Continuity.h"
#include "engine/Generator.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPdfWriter>
#include <QProcess>
#include <QRawFont>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <numeric>
#include <thread>

namespace {

using Run = mamori::test::CliRun;

Run cli(const QStringList& args)
{
    return mamori::test::runCli(args);
}

QString tool(const QString& name, const QStringList& args)
{
    QProcess p;
    p.start(name, args);
    if (!p.waitForFinished(60000))
        qFatal("%s did not finish", qPrintable(name));
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString pdfText(const QString& pdf)
{
    return tool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")})
        .normalized(QString::NormalizationForm_KC);
}

/// The text in reading order (no -layout): a cell's lines come one after the other.
QString pdfRawText(const QString& pdf)
{
    return tool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).normalized(QString::NormalizationForm_KC);
}

/// Whether a line of pdffonts names a Japanese font: the family the report draws Japanese with on
/// this platform (japaneseFontFamily(): Noto Sans CJK JP on Linux, Yu Gothic UI or Meiryo on
/// Windows) or another Japanese font the platform may substitute. PostScript names drop the spaces
/// and add a style ("NotoSansCJKjp-Regular", "YuGothicUI-Regular", "MS-Gothic"), so names are
/// compared without spaces, hyphens and case.
bool namesJapaneseFont(const QString& pdffontsLine)
{
    static const QRegularExpression separators(QStringLiteral("[\\s_-]"));
    const auto squeezed = [](QString name) { return name.remove(separators).toLower(); };
    const QString font = squeezed(pdffontsLine.section(QLatin1Char(' '), 0, 0)); // the first column
    QStringList families {mamori::japaneseFontFamily()};
    for (const char* family : {"Noto Sans CJK", "Noto Sans JP", "Yu Gothic", "Meiryo", "MS Gothic", "MS Mincho",
             "IPAexGothic", "IPAGothic", "Hiragino Sans"})
        families.append(QString::fromLatin1(family));
    return std::any_of(families.cbegin(), families.cend(),
        [&](const QString& family) { return !family.isEmpty() && font.contains(squeezed(family)); });
}

/// Whether `text` holds `phrase`, wrapped or not: a table cell breaks at any of its spaces.
bool containsWords(const QString& text, const QString& phrase)
{
    QStringList words = phrase.split(QLatin1Char(' '));
    for (QString& w : words)
        w = QRegularExpression::escape(w);
    return text.contains(QRegularExpression(words.join(QStringLiteral("\\s+"))));
}

int pdfPages(const QString& pdf)
{
    const QString info = tool(QStringLiteral("pdfinfo"), {pdf});
    for (const QString& line : info.split(QLatin1Char('\n'))) {
        if (line.startsWith(QStringLiteral("Pages:")))
            return line.mid(6).trimmed().toInt();
    }
    return -1;
}

/// Every kanji with a radical twin: the NFKC of each radical (U+2E80–U+2EF3, U+2F00–U+2FD5) that
/// is another character, and every ideograph that the report's Japanese font draws with the glyph of
/// a radical (戸 with ⼾, 民 with ⺠: no NFKC), with the symbols that share a glyph the same way.
QString charactersWithTwins()
{
    QList<char32_t> out;
    QList<char32_t> radicals;
    for (char32_t c = 0x2E80; c <= 0x2FD5; ++c) {
        if (c > 0x2EF3 && c < 0x2F00)
            continue;
        radicals.append(c);
        const QString nfkc = QString::fromUcs4(&c, 1).normalized(QString::NormalizationForm_KC);
        if (nfkc != QString::fromUcs4(&c, 1) && nfkc.toUcs4().size() == 1)
            out.append(nfkc.toUcs4().front());
    }
    const QRawFont font = QRawFont::fromFont(QFont(mamori::japaneseFontFamily()));
    const QList<quint32> radicalGlyphs
        = font.glyphIndexesForString(QString::fromUcs4(radicals.data(), radicals.size()));
    for (char32_t c = 0x4E00; c <= 0x9FFF; ++c) {
        const QList<quint32> glyph = font.glyphIndexesForString(QString::fromUcs4(&c, 1));
        if (glyph.value(0) != 0 && radicalGlyphs.contains(glyph.value(0)))
            out.append(c);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return QString::fromUcs4(out.data(), out.size()) + QStringLiteral("・／〈〉");
}

const QString kHostile = QStringLiteral("<img src=\"file:///etc/passwd\">");
const QString kHostile2 = QStringLiteral("=HYPERLINK(\"x\");<b>&amp;</b>");

/// The sample ward with two assets renamed to names that would do harm if read as markup or formulas.
QString hostileSample(const QString& dir)
{
    mamori::Model m = mamori::BuiltIn::sampleWard();
    m.assets[0].name = mamori::LocalizedText {kHostile, kHostile};
    m.assets[1].name = mamori::LocalizedText {kHostile2, kHostile2};
    const QString path = dir + QStringLiteral("/hostile.json");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write the hostile sample");
    f.write(mamori::JsonFormat::write(m));
    return path;
}

/// Skips the rest of a test that reads its PDF back when poppler-utils is missing, saying so: what
/// came before (writing the PDF, exit codes, CSV files, the layout in memory) has run and passed.
#define REQUIRE_POPPLER()                                                                                              \
    do {                                                                                                               \
        if (!m_poppler)                                                                                                \
            QSKIP("poppler-utils (pdftotext, pdffonts, pdfinfo) is not installed: the PDF is not read back");          \
    } while (false)

/// A measuring layout on A4 at the report's resolution, as PdfReport's first pass makes it.
struct MeasuringFlow {
    QBuffer buffer;
    QPdfWriter writer {&buffer};
    std::unique_ptr<mamori::PageFlow> flow;

    MeasuringFlow()
    {
        buffer.open(QIODevice::WriteOnly);
        writer.setResolution(600);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
        flow = std::make_unique<mamori::PageFlow>(writer, nullptr, mamori::PageDecoration {}, 0, nullptr);
        flow->begin(QPageLayout::Portrait);
    }
    void layout(const mamori::Blocks& blocks)
    {
        mamori::keepHeadingsWithNext(blocks);
        for (const auto& b : blocks)
            b->layout(*flow);
    }
};

} // namespace

class TestReport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_sample;
    bool m_poppler = false; ///< pdftotext, pdffonts and pdfinfo are there to read a PDF back

    QString path(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_poppler = true;
        for (const char* program : {"pdftotext", "pdffonts", "pdfinfo"})
            m_poppler = m_poppler && !QStandardPaths::findExecutable(QString::fromLatin1(program)).isEmpty();
        if (!m_poppler)
            qWarning("poppler-utils (pdftotext, pdffonts, pdfinfo) is not installed: the tests that read a PDF "
                     "back skip that part");
        m_sample = path(QStringLiteral("ward.mamori"));
        QCOMPARE(cli({QStringLiteral("new"), QStringLiteral("--sample"), m_sample}).code, 0);
    }

    void englishReportHasEverySection()
    {
        const QString pdf = path(QStringLiteral("en.pdf"));
        const Run r = cli({QStringLiteral("report"), m_sample, QStringLiteral("-o"), pdf, QStringLiteral("--lang"),
            QStringLiteral("en"), QStringLiteral("--scenario"), QStringLiteral("S-02"), QStringLiteral("--date"),
            QStringLiteral("2026-11-26")});
        QCOMPARE(r.code, 0);
        QVERIFY(QFileInfo(pdf).size() > 10000);
        REQUIRE_POPPLER();
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("Timeline of fiscal year 2026"))); // digits survive extraction
        // In report order.
        qsizetype at = 0;
        for (const char* heading : {"Information asset risk assessment report", "Contents", "Executive summary",
                 "Heat maps", "Three-tier separation findings", "Risk register", "Risk response policy",
                 "Risk response plan", "Timeline of fiscal year 2026", "Scenario comparison", "Method of assessment",
                 "Threats and controls used", "Asset register"}) {
            const qsizetype found = text.indexOf(QLatin1StringView(heading), at);
            QVERIFY2(found >= 0, heading);
            at = found;
        }
        QVERIFY(text.contains(QStringLiteral("Confidential"))); // the default mark in English
        QVERIFY(text.contains(QStringLiteral("令和8年11月26日")));
        QVERIFY(text.contains(QStringLiteral("Multi-factor authentication rolled out")));
        // Every asset name appears (the asset register), and a page footer with the page count.
        QVERIFY(containsWords(pdfRawText(pdf), QStringLiteral("Main building server room (secure area)")));
        QVERIFY(text.contains(QStringLiteral("3 / %1").arg(pdfPages(pdf))));
        // The first page is portrait, the register's landscape.
        const QString sizes = tool(QStringLiteral("pdfinfo"),
            {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("200"), pdf});
        QVERIFY(sizes.contains(QStringLiteral("595.276 x 841.89")) || sizes.contains(QStringLiteral("595 x 842")));
        QVERIFY(sizes.contains(QStringLiteral("841.89 x 595.276")) || sizes.contains(QStringLiteral("842 x 595")));
    }

    void japaneseReportEmbedsAJapaneseFont()
    {
        const QString pdf = path(QStringLiteral("ja.pdf"));
        const Run r = cli({QStringLiteral("report"), m_sample, QStringLiteral("-o"), pdf, QStringLiteral("--date"),
            QStringLiteral("2026-11-26"), QStringLiteral("--org"), QStringLiteral("江戸川区")});
        QCOMPARE(r.code, 0);
        REQUIRE_POPPLER();
        const QString fonts = tool(QStringLiteral("pdffonts"), {pdf});
        qsizetype japanese = 0;
        for (const QString& line : fonts.split(QLatin1Char('\n'))) {
            if (namesJapaneseFont(line)) {
                ++japanese;
                QVERIFY2(line.contains(QStringLiteral(" yes ")), qPrintable(line)); // embedded
            }
        }
        QVERIFY2(japanese > 0, qPrintable(fonts));
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("取扱注意")));
        QVERIFY(text.contains(
            QStringLiteral("令和8年11月26日（2026年11月26日）").normalized(QString::NormalizationForm_KC)));
        QVERIFY(text.contains(QStringLiteral("令和8年度")));
        QVERIFY(text.contains(QStringLiteral("2026年11月26日"))); // digits in Japanese text
        QVERIFY(text.contains(QStringLiteral("本庁舎サーバ室").normalized(QString::NormalizationForm_KC)));
        QVERIFY(text.contains(QStringLiteral("極めて高い"))); // level names in Japanese
    }

    void everyCharacterComesBackAsItself()
    {
        const QString characters = charactersWithTwins();
        for (const QChar c : QStringLiteral("方日月高用民戸・"))
            QVERIFY(characters.contains(c));
        mamori::Model m = mamori::BuiltIn::sampleWard();
        // In names of about twenty characters, which the asset register prints whole.
        const qsizetype per = 20;
        QVERIFY(m.assets.size() * per >= characters.size());
        for (qsizetype i = 0; i * per < characters.size(); ++i) {
            const QString name = characters.mid(i * per, per);
            m.assets[i].name = mamori::LocalizedText {name, name};
        }
        mamori::ReportOptions options;
        options.sections = mamori::ReportOptions::Section::Appendix;
        options.edition = mamori::ReportOptions::Edition::Full; // every asset in the register
        options.organization = QStringLiteral("江戸川区");
        const QString pdf = path(QStringLiteral("twins.pdf"));
        QVERIFY(mamori::writePdfReport(m, options, pdf).ok());

        REQUIRE_POPPLER();
        const QString text = tool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}); // as it is, no NFKC
        QVERIFY(text.contains(QStringLiteral("江戸川区")));
        for (const char32_t c : characters.toUcs4()) {
            const QString s = QString::fromUcs4(&c, 1);
            QVERIFY2(
                text.contains(s), qPrintable(QStringLiteral("U+%1 %2").arg(uint(c), 4, 16, QLatin1Char('0')).arg(s)));
        }
        for (const char32_t c : text.toUcs4()) {
            QVERIFY2(!(c >= 0x2E80 && c <= 0x2FDF) && c != 0x2027,
                qPrintable(QStringLiteral("U+%1 in the text").arg(uint(c), 4, 16, QLatin1Char('0'))));
        }
        // Every font embedded as a subset, with a ToUnicode map.
        const QStringList fonts = tool(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(fonts.size() > 2);
        for (const QString& line : fonts.mid(2))
            QVERIFY2(line.contains(QStringLiteral(" yes yes yes ")), qPrintable(line));
    }

    void twinsFollowWhatWasDrawn()
    {
        // Without a font: Unicode's data.
        QCOMPARE(mamori::printedCharacter({}, 0x2027, nullptr), char32_t(0x30FB));
        QCOMPARE(mamori::printedCharacter({}, 0x2F45, nullptr), char32_t(0x65B9)); // ⽅: 方
        QCOMPARE(mamori::printedCharacter({}, 0x0041, nullptr), char32_t(0x0041));
        // A font's twins: the ideograph, the Japanese symbol, unless only the other was drawn.
        QCOMPARE(mamori::printedCharacter({0x2F3E, 0x6238}, 0x2F3E, nullptr), char32_t(0x6238)); // ⼾: 戸
        QCOMPARE(mamori::printedCharacter({0x2003, 0x3000}, 0x2003, nullptr), char32_t(0x3000));
        {
            mamori::DrawnCharacters drawn;
            drawn.add(QStringLiteral("⼾〜"));
            QCOMPARE(mamori::printedCharacter({0x2F3E, 0x6238}, 0x2F3E, &drawn), char32_t(0x2F3E));
            QCOMPARE(mamori::printedCharacter({0x301C, 0xFF5E}, 0x301C, &drawn), char32_t(0x301C));
        }
        {
            mamori::DrawnCharacters drawn;
            mamori::DrawnCharacters::record(QStringLiteral("～"));
            QVERIFY(drawn.contains(0xFF5E));
            QCOMPARE(mamori::printedCharacter({0x301C, 0xFF5E}, 0x301C, &drawn), char32_t(0xFF5E));
        }
        // The forms of a ToUnicode map: ranges with an array and counting up, single characters.
        const QByteArray cmap = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                                "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
                                "2 beginbfrange\n<0001> <0002> [<2F45> <0041>]\n<0003> <0004> <2F49>\nendbfrange\n"
                                "1 beginbfchar\n<0005> <2027>\nendbfchar\nendcmap\n";
        const auto corrected = mamori::correctedToUnicodeMap(cmap, nullptr, nullptr);
        QVERIFY(corrected);
        for (const char* entry : {"<0001> <65B9>", "<0002> <0041>", "<0003> <6708>", "<0004> <6728>", "<0005> <30FB>"})
            QVERIFY2(corrected->contains(entry), entry);
        QVERIFY(!mamori::correctedToUnicodeMap("1 beginbfchar\n<01> <0041>\nendbfchar\n", nullptr, nullptr));
    }

    void hostileNamesPrintAsText()
    {
        const QString model = hostileSample(m_dir.path());
        const QString pdf = path(QStringLiteral("hostile.pdf"));
        const Run r = cli({QStringLiteral("report"), model, QStringLiteral("-o"), pdf, QStringLiteral("--lang"),
            QStringLiteral("en")});
        QCOMPARE(r.code, 0);
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains("/Subtype /Image")); // no image at all

        const QString csv = path(QStringLiteral("risks.csv"));
        QCOMPARE(cli({QStringLiteral("export-csv"), model, QStringLiteral("--what"), QStringLiteral("risks"),
                         QStringLiteral("-o"), csv, QStringLiteral("--lang"), QStringLiteral("en")})
                     .code,
            0);
        QFile c(csv);
        QVERIFY(c.open(QIODevice::ReadOnly));
        const QByteArray bytes = c.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains("\r\n"));
        // Quoted (a comma or quote inside), defused (a formula would run in Excel), otherwise verbatim.
        QVERIFY(bytes.contains("\"'=HYPERLINK(\"\"x\"\");<b>&amp;</b>\""));
        QVERIFY(bytes.contains("\"<img src=\"\"file:///etc/passwd\"\">\""));

        REQUIRE_POPPLER();
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(kHostile));
        QVERIFY(text.contains(kHostile2));
        QVERIFY(!text.contains(QStringLiteral("root:"))); // nothing was loaded from the file
    }

    void csvOfThePlanIsJapaneseForExcel()
    {
        const QString csv = path(QStringLiteral("plan.csv"));
        QCOMPARE(cli({QStringLiteral("export-csv"), m_sample, QStringLiteral("--what"), QStringLiteral("plan"),
                         QStringLiteral("-o"), csv})
                     .code,
            0);
        QFile c(csv);
        QVERIFY(c.open(QIODevice::ReadOnly));
        const QByteArray bytes = c.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(bytes);
        const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 8); // header and the sample's eight actions
        QVERIFY(text.contains(QStringLiteral("多要素認証の全庁展開")));
        QVERIFY(text.contains(QStringLiteral("2026-12-25")));
        QVERIFY(text.contains(QStringLiteral(",14000000,")));
    }

    void pageCountGrowsWithTheModel()
    {
        int previous = 0;
        for (const int assets : {50, 400}) {
            const QString model = path(QStringLiteral("gen%1.json").arg(assets));
            QCOMPARE(cli({QStringLiteral("generate"), QStringLiteral("--assets"), QString::number(assets),
                             QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("-o"), model})
                         .code,
                0);
            const QString pdf = path(QStringLiteral("gen%1.pdf").arg(assets));
            QCOMPARE(cli({QStringLiteral("report"), model, QStringLiteral("-o"), pdf, QStringLiteral("--sections"),
                             QStringLiteral("summary,register,appendix"), QStringLiteral("--edition"),
                             QStringLiteral("full")})
                         .code,
                0);
            REQUIRE_POPPLER();
            const int pages = pdfPages(pdf);
            QVERIFY2(pages > previous, qPrintable(QStringLiteral("%1 assets: %2 pages").arg(assets).arg(pages)));
            previous = pages;
        }
    }

    /// Without --edition the report is the summary: the register cut to its highest risks, with a
    /// line saying how many more the full edition and the workbook have.
    void summaryIsTheDefault()
    {
        QCOMPARE(mamori::ReportOptions().edition, mamori::ReportOptions::Edition::Summary);
        QCOMPARE(mamori::ReportOptions::parseEdition(QStringLiteral("full")), mamori::ReportOptions::Edition::Full);
        QCOMPARE(
            mamori::ReportOptions::parseEdition(QStringLiteral("summary")), mamori::ReportOptions::Edition::Summary);
        QVERIFY(!mamori::ReportOptions::parseEdition(QStringLiteral("short")));
        const QString summary = path(QStringLiteral("default.pdf")), full = path(QStringLiteral("full.pdf"));
        const QStringList common {
            QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--sections"), QStringLiteral("register")};
        QCOMPARE(cli(QStringList {QStringLiteral("report"), m_sample, QStringLiteral("-o"), summary} + common).code, 0);
        QCOMPARE(cli(QStringList {QStringLiteral("report"), m_sample, QStringLiteral("-o"), full,
                         QStringLiteral("--edition"), QStringLiteral("full")}
                     + common)
                     .code,
            0);
        const qsizetype risks = mamori::assess(mamori::BuiltIn::sampleWard()).risks.size();
        QVERIFY(risks > 50);
        REQUIRE_POPPLER();
        const QString text = pdfText(summary);
        QVERIFY(text.contains(QStringLiteral("The 50 highest residual risks")));
        QVERIFY2(text.contains(
                     QStringLiteral("%1 more are not listed here").arg(QLocale(QLocale::English).toString(risks - 50))),
            qPrintable(text.right(3000)));
        QVERIFY(text.contains(QStringLiteral("Every risk by threat category and residual level")));
        QVERIFY(text.contains(QStringLiteral("Information asset risk assessment report (summary edition)"))); // header
        const QString fullText = pdfText(full);
        QVERIFY(!fullText.contains(QStringLiteral("not listed here")));
        QVERIFY(!fullText.contains(QStringLiteral("summary edition")));
        QVERIFY(fullText.contains(QStringLiteral("Every risk, highest residual risk first")));
        QVERIFY(pdfPages(full) > pdfPages(summary) + 10);
    }

    /// The summary edition of a ward whose full edition runs to hundreds of pages, with every list that
    /// grows made long (plan actions, org units, audit findings, exceptions, a scenario, a previous
    /// year's file of another ward): it stays within 60 pages.
    void summaryEditionStaysShort()
    {
        mamori::Model m = mamori::Generator::generateWard(2000, 5);
        m.actions += mamori::Generator::randomActions(m, 200, 5);
        for (int k = 0; k < 150; ++k) {
            mamori::OrgUnit unit;
            unit.id = QStringLiteral("DEP-X%1").arg(k, 3, 10, QLatin1Char('0'));
            unit.name = mamori::LocalizedText {QStringLiteral("課%1").arg(k), QStringLiteral("Division %1").arg(k)};
            unit.kind = mamori::OrgUnitKind::Department;
            unit.parent = m.orgUnits.first().id;
            m.orgUnits.append(unit);
        }
        for (qsizetype i = 0; i < m.assets.size(); ++i)
            m.assets[i].owner = m.orgUnits[i % m.orgUnits.size()].id;
        for (int k = 0; k < 120; ++k) {
            mamori::AuditFinding f;
            f.id = QStringLiteral("AF-%1").arg(k, 3, 10, QLatin1Char('0'));
            f.fiscalYear = 2026;
            f.unit = m.orgUnits[k % m.orgUnits.size()].id;
            f.description = QStringLiteral("Finding %1 of the internal audit").arg(k);
            f.due = QDate(2026, 6, 1).addDays(k);
            m.auditFindings.append(f);
            mamori::FindingException e;
            e.id = QStringLiteral("EX-%1").arg(k, 3, 10, QLatin1Char('0'));
            e.rule = QStringLiteral("tier-separation");
            e.tiers = {mamori::Tier::Lgwan, mamori::Tier::Internet};
            e.assets = {m.assets[k].id, m.assets[k + 1].id};
            e.rationale = QStringLiteral("Until the line is split");
            e.approver = QStringLiteral("CISO");
            e.expires = QDate(2026, 3, 31);
            m.findingExceptions.append(e);
        }
        const QString previous = path(QStringLiteral("previous-year.json"));
        QFile f(previous);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(mamori::JsonFormat::write(mamori::Generator::generateWard(1800, 6)));
        f.close();

        mamori::ReportOptions options;
        options.language = QStringLiteral("en");
        options.scenario = QStringLiteral("S-03");
        options.previousFile = previous;
        options.date = QDate(2026, 11, 26);
        const QString pdf = path(QStringLiteral("summary-2000.pdf"));
        const mamori::ReportResult summary = mamori::writePdfReport(m, options, pdf);
        QVERIFY2(summary.ok(), qPrintable(summary.error));
        QVERIFY2(summary.pages <= 60, qPrintable(QString::number(summary.pages)));
        REQUIRE_POPPLER();
        QCOMPARE(pdfPages(pdf), summary.pages);
        const QString text = pdfText(pdf);
        for (const char* heading :
            {"Overview by department", "Risk register", "The 50 highest residual risks", "Audit findings", "Exceptions",
                "Risk response plan", "Scenario comparison", "Comparison with the previous year", "Asset register"})
            QVERIFY2(text.contains(QLatin1StringView(heading)), heading);
        // The cut lists say what they left out: 170 of the plan's 210 actions, 90 audit findings.
        QVERIFY2(text.contains(QStringLiteral("170 more are not listed here")), qPrintable(text.left(3000)));
        QVERIFY(text.contains(QStringLiteral("90 more are not listed here")));
        QVERIFY(text.contains(QStringLiteral("org units with the largest total residual risk are listed")));

        // The full edition's register alone is far longer.
        options.edition = mamori::ReportOptions::Edition::Full;
        options.sections = mamori::ReportOptions::Section::Register;
        options.scenario.clear();
        options.previousFile.clear();
        const mamori::ReportResult full = mamori::writePdfReport(m, options, path(QStringLiteral("full-2000.pdf")));
        QVERIFY(full.ok());
        QVERIFY2(full.pages > 300, qPrintable(QString::number(full.pages)));
    }

    /// The overview by department, checked against the assessment counted here, unit by unit: assets
    /// owned, risks and those above the appetite, open plan actions (an asset-less unit with one
    /// included); the organizations' rows add up to the ward.
    /// The continuity chapter (RISK-MODEL.md 10): the figures are the simulation's on the same seed and
    /// trials, every service listed; no chapter when it is left out or the model has no service.
    void continuityChapter()
    {
        mamori::Model m = mamori::BuiltIn::sampleWard();
        for (mamori::Threat& t : m.threats) {
            if (t.category == 3 || t.category == 4)
                t.outage = mamori::Outage {0.4, 2, 72};
        }
        int services = 0;
        for (mamori::Asset& a : m.assets) {
            if (a.type == mamori::AssetType::System && services < 3) {
                a.continuity = mamori::Continuity {24.0 * (services + 1), 100000.0 * (services + 1)};
                ++services;
            }
        }
        QCOMPARE(services, 3);
        mamori::ReportOptions options;
        options.language = QStringLiteral("en");
        options.continuityTrials = 500;
        options.continuitySeed = 7;
        options.date = QDate(2026, 12, 3);
        const mamori::ContentResult built = mamori::buildReportContent(m, options);
        QVERIFY(built.content && built.content->continuity);
        const mamori::ContinuityResult expected = mamori::simulateContinuity(m, mamori::assess(m), {500, 7, 0});
        QCOMPARE(*built.content->continuity, expected);
        QVERIFY(expected.total.ale > 0);

        const QString pdf = path(QStringLiteral("continuity-en.pdf"));
        QVERIFY(mamori::writePdfReport(m, options, pdf).ok());
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("Service continuity")));
        QVERIFY(text.contains(QStringLiteral("Loss exceedance curve")));
        // The ward's ALE as the report writes amounts, and every service's row.
        const QString ale = QStringLiteral("¥") + QLocale(QLocale::English).toString(expected.total.ale, 'f', 0);
        QVERIFY2(text.contains(ale), qPrintable(ale));
        // Ids may wrap at their '-', which pdftotext then drops: compare without spaces and hyphens.
        const QRegularExpression spaceOrHyphen(QStringLiteral("[\\s-]+"));
        const QString flat = pdfRawText(pdf).remove(spaceOrHyphen);
        for (const mamori::Asset& a : std::as_const(m.assets)) {
            if (a.continuity)
                QVERIFY2(flat.contains(QString(a.id).remove(spaceOrHyphen)), qPrintable(a.id));
        }

        // The plan's projection with the loss after each action, every stage on the same seed.
        QVERIFY(built.content->projection && built.content->planContinuity);
        const mamori::PlanContinuity& plan = *built.content->planContinuity;
        QCOMPARE(plan.aleAfter.size(), built.content->projection->steps.size());
        QCOMPARE(plan.trials, 500);
        QVERIFY(text.contains(QStringLiteral("Annual loss from outages")));
        QVERIFY(plan.aleAfter.last() <= plan.baselineAle); // actions only add controls
        QCOMPARE(mamori::planContinuityTrials(161, 16, 10000), 10000);
        QCOMPARE(mamori::planContinuityTrials(10000, 41, 10000), 487);
        QCOMPARE(mamori::planContinuityTrials(100000, 100, 10000), 200);

        // Left out: no chapter, no simulation.
        options.sections = mamori::ReportOptions::Sections::fromInt(
            mamori::ReportOptions::kAllSections & ~unsigned(mamori::ReportOptions::Section::Continuity));
        QVERIFY(!mamori::buildReportContent(m, options).content->continuity);
        // Without a service: nothing to say.
        mamori::Model none = m;
        for (mamori::Asset& a : none.assets)
            a.continuity.reset();
        options.sections = mamori::ReportOptions::Sections::fromInt(mamori::ReportOptions::kAllSections);
        QVERIFY(!mamori::buildReportContent(none, options).content->continuity);
    }

    void departmentOverview()
    {
        mamori::Model m = mamori::BuiltIn::sampleWard();
        QSet<QString> owners;
        for (const mamori::Asset& a : std::as_const(m.assets))
            owners.insert(a.owner);
        QString assetless, assetlessName;
        for (const mamori::OrgUnit& u : std::as_const(m.orgUnits)) {
            if (!owners.contains(u.id) && assetless.isEmpty()) {
                assetless = u.id;
                assetlessName = u.name.text(mamori::Language::English);
            }
        }
        QVERIFY(!assetless.isEmpty());
        mamori::PlanAction extra;
        extra.id = QStringLiteral("P-99");
        extra.title
            = mamori::LocalizedText {QStringLiteral("監査体制の見直し"), QStringLiteral("Review the audit set-up")};
        extra.owner = assetless;
        extra.start = QDate(2026, 12, 1);
        extra.due = QDate(2027, 3, 31);
        m.actions.append(extra);
        m.actions[0].status = mamori::ActionStatus::Done; // done: no longer open
        m.actions[0].progress = 100;
        const mamori::Assessment a = mamori::assess(m);
        const mamori::DepartmentOverview o = mamori::departmentOverview(m, a);

        QHash<QString, QString> ownerOf;
        for (const mamori::Asset& asset : std::as_const(m.assets))
            ownerOf.insert(asset.id, asset.owner);
        QCOMPARE(o.units.size(), m.orgUnits.size()); // every asset of the sample ward has an owner
        qint64 openTotal = 0;
        for (qsizetype i = 0; i < m.orgUnits.size(); ++i) {
            const QString id = m.orgUnits[i].id;
            const mamori::UnitOverview& row = o.units[i];
            QCOMPARE(row.unit, id);
            qint64 assets = 0, risks = 0, above = 0, open = 0;
            for (const mamori::Asset& asset : std::as_const(m.assets))
                assets += asset.owner == id ? 1 : 0;
            for (const mamori::RiskResult& r : a.risks) {
                if (ownerOf.value(r.asset) == id) {
                    ++risks;
                    above += r.residual > a.appetite ? 1 : 0;
                }
            }
            for (const mamori::PlanAction& action : std::as_const(m.actions))
                open += action.owner == id && action.status != mamori::ActionStatus::Done ? 1 : 0;
            openTotal += open;
            QVERIFY2(row.assets == assets, qPrintable(id));
            QVERIFY2(row.risks.risks == risks, qPrintable(id));
            QVERIFY2(row.risks.aboveAppetite == above, qPrintable(id));
            QVERIFY2(row.openActions == open, qPrintable(id));
            QCOMPARE(std::accumulate(row.risks.byLevel.begin(), row.risks.byLevel.end(), qint64(0)), risks);
            QCOMPARE(row.topLevel, m.orgUnits[i].parent.isEmpty() ? id : m.orgUnits[i].parent);
        }
        QVERIFY(openTotal > 0);
        // The organizations (部局) add up to the ward.
        mamori::RiskTally total(o.levels.size());
        qint64 assets = 0, open = 0;
        for (const mamori::UnitOverview& top : o.topLevels) {
            QVERIFY(!top.unit.isEmpty());
            total.add(top.risks);
            assets += top.assets;
            open += top.openActions;
        }
        QCOMPARE(assets, qint64(m.assets.size()));
        QCOMPARE(total.risks, qint64(a.risks.size()));
        QCOMPARE(total.aboveAppetite, a.totals.aboveAppetite);
        QVERIFY(qAbs(total.residual - a.totals.residual) < 1e-6 * a.totals.residual);
        QCOMPARE(open, openTotal);

        // In the report: the chapter after the summary, the asset-less unit with its action, the total.
        const QString model = path(QStringLiteral("departments.json"));
        QFile f(model);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(mamori::JsonFormat::write(m));
        f.close();
        const QString pdf = path(QStringLiteral("departments.pdf"));
        const Run r = cli({QStringLiteral("report"), model, QStringLiteral("-o"), pdf, QStringLiteral("--lang"),
            QStringLiteral("en"), QStringLiteral("--sections"), QStringLiteral("summary,findings")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        REQUIRE_POPPLER();
        const QString text = pdfText(pdf);
        // The last of each section heading is the chapter's, the first the table of contents' (the
        // chapter's own title also runs in the header of its pages).
        const qsizetype chapter = text.lastIndexOf(QStringLiteral("By organization"));
        QVERIFY(chapter > text.lastIndexOf(QStringLiteral("Heat maps")));
        QVERIFY(chapter < text.lastIndexOf(QStringLiteral("Three-tier separation findings")));
        const QString byUnit = text.mid(text.indexOf(QStringLiteral("By org unit"), chapter));
        QVERIFY2(byUnit.contains(assetlessName), qPrintable(assetlessName));
        const QLocale en(QLocale::English);
        static const QRegularExpression totalLine(
            QStringLiteral("\\n *Total +([\\d,]+) +([\\d,]+) .* ([\\d,]+) +([\\d,.]+) +(\\d+) *\\n"));
        const QRegularExpressionMatch t = totalLine.match(text, chapter);
        QVERIFY2(t.hasMatch(), qPrintable(text.mid(chapter, 2000)));
        QCOMPARE(t.captured(1), en.toString(qlonglong(m.assets.size())));
        QCOMPARE(t.captured(2), en.toString(qlonglong(a.risks.size())));
        QCOMPARE(t.captured(3), en.toString(qlonglong(a.totals.aboveAppetite)));
        QCOMPARE(t.captured(5), QString::number(openTotal));
    }

    void sectionsCanBeLeftOut()
    {
        const QString pdf = path(QStringLiteral("summary.pdf"));
        QCOMPARE(cli({QStringLiteral("report"), m_sample, QStringLiteral("-o"), pdf, QStringLiteral("--lang"),
                         QStringLiteral("en"), QStringLiteral("--sections"), QStringLiteral("summary")})
                     .code,
            0);
        REQUIRE_POPPLER();
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("Executive summary")));
        QVERIFY(!text.contains(QStringLiteral("Risk register")));
        QVERIFY(pdfPages(pdf) < 8);
    }

    /// --previous OLD: a chapter comparing this year with last year's file, its numbers those of
    /// `mamori-cli diff --against-file OLD`; decreases marked △ in Japanese.
    void previousYearChapter()
    {
        const QString old = path(QStringLiteral("ward-2025.json"));
        QFile f(old);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(mamori::JsonFormat::write(mamori::test::lastYearsWard(mamori::BuiltIn::sampleWard())));
        f.close();
        const Run d
            = cli({QStringLiteral("diff"), m_sample, QStringLiteral("--against-file"), old, QStringLiteral("--json")});
        QCOMPARE(d.code, 0);
        const QJsonObject diff = QJsonDocument::fromJson(d.out.toUtf8()).object();
        const QJsonObject totals = diff.value(QStringLiteral("totals")).toObject();
        const double before
            = totals.value(QStringLiteral("base")).toObject().value(QStringLiteral("residual")).toDouble();
        const double now
            = totals.value(QStringLiteral("scenario")).toObject().value(QStringLiteral("residual")).toDouble();
        QVERIFY(now < before);

        const QString en = path(QStringLiteral("previous-en.pdf"));
        QCOMPARE(cli({QStringLiteral("report"), m_sample, QStringLiteral("-o"), en, QStringLiteral("--lang"),
                         QStringLiteral("en"), QStringLiteral("--sections"), QStringLiteral("summary"),
                         QStringLiteral("--previous"), old})
                     .code,
            0);
        REQUIRE_POPPLER();
        const QString text = pdfText(en);
        const qsizetype at = text.indexOf(QStringLiteral("Comparison with the previous year"));
        QVERIFY(at >= 0);
        QVERIFY(text.indexOf(QStringLiteral("Comparison with the previous year"), at + 1) > at); // chapter + contents
        // From the chapter's first page on (its title also runs in the header of its pages).
        const QString chapter = text.mid(text.indexOf(QStringLiteral("Comparison with the previous year"), at + 1));
        QVERIFY(chapter.contains(QStringLiteral("ward-2025.json")));
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        const QString row
            = QStringLiteral("Total residual risk\\s+%1\\s+%2\\s+%3")
                  .arg(QRegularExpression::escape(mamori::formatScore(before, english)),
                      QRegularExpression::escape(mamori::formatScore(now, english)),
                      QRegularExpression::escape(QStringLiteral("−") + mamori::formatScore(before - now, english)));
        QVERIFY2(chapter.contains(QRegularExpression(row)), qPrintable(chapter.left(3000)));
        for (const char* heading : {"Risks by residual level", "Risks that moved most", "Risks added and removed",
                 "Three-tier separation findings added and removed"})
            QVERIFY2(chapter.contains(QLatin1StringView(heading)), heading);
        // The retired asset's risks are the previous year's only, named from that file.
        QVERIFY(chapter.contains(QStringLiteral("Old resident terminal (A-RETIRED)")));
        QVERIFY(chapter.contains(QStringLiteral("No longer assessed")));
        // The biggest mover of the diff is in the table.
        double largest = 0;
        QString moverAsset;
        for (const QJsonValue v : diff.value(QStringLiteral("risks")).toArray()) {
            const QJsonObject r = v.toObject();
            if (!r.value(QStringLiteral("delta")).isNull()
                && std::abs(r.value(QStringLiteral("delta")).toDouble()) > largest) {
                largest = std::abs(r.value(QStringLiteral("delta")).toDouble());
                moverAsset = r.value(QStringLiteral("asset")).toString();
            }
        }
        QVERIFY(chapter.contains(QStringLiteral("(%1)").arg(moverAsset)));

        const QString ja = path(QStringLiteral("previous-ja.pdf"));
        QCOMPARE(cli({QStringLiteral("report"), m_sample, QStringLiteral("-o"), ja, QStringLiteral("--sections"),
                         QStringLiteral("summary"), QStringLiteral("--previous"), old})
                     .code,
            0);
        const QString japanese = pdfText(ja);
        const QLocale japan(QLocale::Japanese, QLocale::Japan);
        QVERIFY2(japanese.contains(QStringLiteral("△") + mamori::formatScore(before - now, japan)),
            qPrintable(japanese.right(3000)));
        QVERIFY(japanese.contains(QStringLiteral("ward-2025.json")));

        // A previous file that cannot be read: exit 2 naming it, nothing written.
        const QString none = path(QStringLiteral("previous-bad.pdf"));
        const Run missing = cli({QStringLiteral("report"), m_sample, QStringLiteral("-o"), none,
            QStringLiteral("--previous"), path(QStringLiteral("ward-2024.mamori"))});
        QCOMPARE(missing.code, 2);
        QVERIFY2(missing.err.contains(QStringLiteral("ward-2024.mamori")), qPrintable(missing.err));
        QFile broken(path(QStringLiteral("broken-2025.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"format\": \"mamori-model\", \"assets\": [");
        broken.close();
        const Run bad = cli({QStringLiteral("report"), m_sample, QStringLiteral("-o"), none,
            QStringLiteral("--previous"), broken.fileName()});
        QCOMPARE(bad.code, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("broken-2025.json")), qPrintable(bad.err));
        QVERIFY(!QFileInfo::exists(none));
    }

    /// The year's records in the findings chapter: audit findings (open, overdue on the report's
    /// date, closed) and the exceptions accepted for three-tier findings.
    void auditFindingsAndExceptions()
    {
        mamori::Model m = mamori::BuiltIn::sampleWard();
        const QString unit = m.orgUnits[0].id;
        using mamori::AuditFinding;
        m.auditFindings
            = {AuditFinding {QStringLiteral("AF-2026-01"), 2026, mamori::InspectionKind::InternalAudit, unit,
                   m.controls[0].id, {}, mamori::AuditSeverity::High, QStringLiteral("MFA not rolled out to the desks"),
                   {}, mamori::AuditStatus::Open, QDate(), QDate(2027, 3, 31)},
                AuditFinding {QStringLiteral("AF-2026-02"), 2026, mamori::InspectionKind::Self, unit, {}, {},
                    mamori::AuditSeverity::Low, QStringLiteral("Visitor log kept on paper"), {},
                    mamori::AuditStatus::Open, QDate(), QDate(2026, 9, 30)},
                AuditFinding {QStringLiteral("AF-2025-07"), 2025, mamori::InspectionKind::ExternalAudit, {}, {},
                    m.assets[0].id, mamori::AuditSeverity::Critical, QStringLiteral("Backups never restored"), {},
                    mamori::AuditStatus::Closed, QDate(2026, 2, 1), QDate()}};
        m.findingExceptions = {{QStringLiteral("EX-01"), QStringLiteral("tier-separation"),
            {mamori::Tier::Lgwan, mamori::Tier::Internet}, {m.assets[0].id, m.assets[1].id},
            QStringLiteral("Sanitizer"), QStringLiteral("CISO"), QDate(2026, 6, 1), QDate(2026, 10, 31)}};
        m.reviewDecisions = {{QStringLiteral("RV-2026-01"), 2026, QDate(2026, 11, 20), mamori::ReviewSubject::Exception,
            QStringLiteral("EX-01"), {}, QStringLiteral("Renew until the line split"), QStringLiteral("CISO")}};
        const QString model = path(QStringLiteral("records.json"));
        QFile f(model);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(mamori::JsonFormat::write(m));
        f.close();
        const QString pdf = path(QStringLiteral("records.pdf"));
        const Run r = cli({QStringLiteral("report"), model, QStringLiteral("-o"), pdf, QStringLiteral("--lang"),
            QStringLiteral("en"), QStringLiteral("--sections"), QStringLiteral("findings"), QStringLiteral("--date"),
            QStringLiteral("2026-11-26")});
        QCOMPARE(r.code, 0);
        REQUIRE_POPPLER();
        const QString text = pdfText(pdf);
        const qsizetype audit = text.lastIndexOf(QStringLiteral("Audit findings"));
        const qsizetype exceptions = text.lastIndexOf(QStringLiteral("Exceptions"));
        QVERIFY(audit > 0 && exceptions > audit);
        const QString records = text.mid(audit);
        // Open 2, one of them past its due date on the report's date; closed 1.
        QVERIFY2(records.contains(
                     QRegularExpression(QStringLiteral("Open: 2, of which past their due date on\\s+26\\s+Nov\\s+"
                                                       "2026:\\s+1\\. Closed: 1"))),
            qPrintable(records.left(1500)));
        QVERIFY(records.contains(QStringLiteral("Overdue")));
        // The overdue one is listed first.
        QVERIFY(records.indexOf(QStringLiteral("AF-2026-02")) < records.indexOf(QStringLiteral("AF-2026-01")));
        QVERIFY(records.indexOf(QStringLiteral("AF-2026-01")) < records.indexOf(QStringLiteral("AF-2025-07")));
        QVERIFY(
            records.contains(QStringLiteral("Internal")) && records.contains(QStringLiteral("External"))); // sources
        QVERIFY(records.contains(QStringLiteral("Closed 1 Feb 2026")));
        QVERIFY(containsWords(pdfRawText(pdf), QStringLiteral("Backups never restored")));
        const QString ex = text.mid(exceptions);
        QVERIFY(ex.contains(QStringLiteral("Sanitizer")));
        QVERIFY(ex.contains(QStringLiteral("CISO")));
        QVERIFY2(ex.contains(QStringLiteral("Expired 31 Oct")), qPrintable(ex.left(2500)));
        QVERIFY(ex.contains(QStringLiteral("(%1)").arg(m.assets[0].id)));
        // §10: the review lists the overdue finding and the expired exception, with its decision.
        const qsizetype reviewAt = text.lastIndexOf(QStringLiteral("put up for review"));
        QVERIFY(reviewAt > exceptions);
        const QString review = text.mid(reviewAt);
        QVERIFY2(review.contains(QStringLiteral("AF-2026-02")), qPrintable(review.left(2500)));
        QVERIFY(!review.contains(QStringLiteral("AF-2026-01"))); // due next year
        QVERIFY(containsWords(pdfRawText(pdf), QStringLiteral("Renew until the line split")));
        QVERIFY(review.contains(QStringLiteral("Not decided yet")));
    }

    /// A plan small enough to check by hand: due dates in FY2026 (twice) and FY2027, one action with a
    /// start only (FY2028), one with no date at all.
    static QList<mamori::PlanAction> handPlan(const QString& control)
    {
        using mamori::PlanAction;
        auto action = [&](const char* id, QDate start, QDate due, double initial, double annual) {
            PlanAction a;
            a.id = QString::fromLatin1(id);
            a.title = mamori::LocalizedText {QStringLiteral("対策") + a.id, QStringLiteral("Action ") + a.id};
            a.controls = {control};
            a.start = start;
            a.due = due;
            a.cost = {initial, annual};
            return a;
        };
        return {action("A", QDate(2026, 4, 1), QDate(2026, 6, 30), 100, 10),
            action("B", QDate(2026, 10, 1), QDate(2027, 2, 15), 50, 20),
            action("C", QDate(2027, 1, 1), QDate(2027, 5, 1), 200, 5), action("D", QDate(2028, 4, 10), QDate(), 7, 1),
            action("E", QDate(), QDate(), 1000, 1000)};
    }

    /// Initial costs in the fiscal year of the due date (else the start), running costs every later
    /// year, two years past the last; budgets and the difference. Figures worked out by hand.
    void costsByFiscalYear()
    {
        const auto costs = mamori::planCostsByFiscalYear(handPlan(QStringLiteral("K")), {{2027, 180, 40}});
        QCOMPARE(costs.undated, 1);
        QCOMPARE(costs.years.size(), 5); // FY2026 .. FY2030
        const double expected[][3] = {{2026, 150, 0}, {2027, 200, 30}, {2028, 7, 35}, {2029, 0, 36}, {2030, 0, 36}};
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(costs.years[i].fiscalYear, int(expected[i][0]));
            QCOMPARE(costs.years[i].initial, expected[i][1]);
            QCOMPARE(costs.years[i].running, expected[i][2]);
        }
        QVERIFY(!costs.years[0].difference());
        QCOMPARE(*costs.years[1].difference(), 220.0 - 230.0);
        QVERIFY(mamori::planCostsByFiscalYear({}, {}).years.isEmpty());
    }

    void overdueAndLate()
    {
        mamori::PlanAction a;
        a.due = QDate(2026, 12, 1);
        using State = mamori::ActionDeadline::State;
        QCOMPARE(mamori::actionDeadline(a, QDate(2026, 12, 3)).state, State::Overdue);
        QCOMPARE(mamori::actionDeadline(a, QDate(2026, 12, 3)).days, 2);
        QCOMPARE(mamori::actionDeadline(a, QDate(2026, 12, 1)).state, State::Late); // due today, not started
        QCOMPARE(mamori::actionDeadline(a, QDate(2026, 11, 1)).days, 30);
        QCOMPARE(mamori::actionDeadline(a, QDate(2026, 10, 31)).state, State::OnTime);
        a.status = mamori::ActionStatus::InProgress;
        QCOMPARE(mamori::actionDeadline(a, QDate(2026, 11, 20)).state, State::OnTime); // started: not late
        QCOMPARE(mamori::actionDeadline(a, QDate(2026, 12, 2)).state, State::Overdue);
        a.status = mamori::ActionStatus::Done;
        QCOMPARE(mamori::actionDeadline(a, QDate(2027, 1, 1)).state, State::OnTime);
    }

    /// The document control given on the command line replaces the project's in the PDF: the cover's
    /// number and version, the revision history after the contents, the distribution and 以上 last.
    /// The plan's status says 期限超過 (Overdue) and the costs table shows the budget's shortfall.
    void documentControlAndPlanInThePdf()
    {
        mamori::Model m = mamori::BuiltIn::sampleWard();
        QList<mamori::PlanAction> plan = handPlan(m.controls[0].id);
        plan.removeLast(); // the contract wants dates on a plan action
        plan.removeLast();
        m.actions = plan;
        for (mamori::AuditFinding& f : m.auditFindings)
            f.action.clear();
        m.document.number = QStringLiteral("PROJECT-NUMBER");
        m.document.revisions = {{QStringLiteral("1.0"), QDate(2026, 6, 1), QStringLiteral("First edition"),
                                    QStringLiteral("Policy office")},
            {QStringLiteral("1.1"), QDate(2026, 11, 30), QStringLiteral("Plan revised after the audit"), {}}};
        m.document.budgets = {{2026, 1000, 0}};
        const QString model = path(QStringLiteral("document.json"));
        QFile f(model);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(mamori::JsonFormat::write(m));
        f.close();
        const QString pdf = path(QStringLiteral("document.pdf"));
        const Run r = cli({QStringLiteral("report"), model, QStringLiteral("-o"), pdf, QStringLiteral("--date"),
            QStringLiteral("2026-12-03"), QStringLiteral("--doc-number"), QStringLiteral("JOHO-2026-007"),
            QStringLiteral("--doc-version"), QStringLiteral("2.0"), QStringLiteral("--department"),
            QStringLiteral("情報政策課"), QStringLiteral("--approved"), QStringLiteral("2026-11-30"),
            QStringLiteral("--distribute"), QStringLiteral("区長, 副区長"), QStringLiteral("--budget"),
            QStringLiteral("2027=180/40"), QStringLiteral("--sections"), QStringLiteral("plan")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        REQUIRE_POPPLER();
        const QStringList pages = pdfText(pdf).split(QLatin1Char('\f'), Qt::SkipEmptyParts);
        QVERIFY(pages.size() >= 4);
        QVERIFY2(pages[0].contains(QStringLiteral("JOHO-2026-007")), qPrintable(pages[0]));
        QVERIFY(!pages[0].contains(QStringLiteral("PROJECT-NUMBER")));
        QVERIFY(pages[0].contains(QStringLiteral("第2.0版")));
        QVERIFY(pages[0].contains(QStringLiteral("情報政策課")));
        QVERIFY(pages[0].contains(QStringLiteral("令和8年11月30日")));
        // The contents, then the revision history, one row per revision, oldest first.
        QVERIFY(pages[1].contains(QStringLiteral("目次")));
        const qsizetype first = pages[2].indexOf(QStringLiteral("First edition"));
        QVERIFY2(first > 0, qPrintable(pages[2]));
        QVERIFY(pages[2].indexOf(QStringLiteral("Plan revised after the audit")) > first);
        QVERIFY(pages[2].contains(QStringLiteral("第1.0版")) && pages[2].contains(QStringLiteral("令和8年6月1日")));
        // The last page: the distribution, then 以上, and only the footer after it.
        const QString last = pages.last();
        const qsizetype end = last.lastIndexOf(QStringLiteral("以上"));
        QVERIFY2(
            end > last.indexOf(QStringLiteral("副区長")) && last.indexOf(QStringLiteral("区長")) > 0, qPrintable(last));
        QVERIFY(last.mid(end + 2).trimmed().startsWith(QStringLiteral("取扱注意")));
        // A (due 2026-06-30) and B (2027-02-15, not started, 74 days on) : A overdue by 156 days.
        const QString all = pages.join(QLatin1Char('\n'));
        const qsizetype planAt = all.indexOf(QStringLiteral("対策A"));
        QVERIFY(planAt > 0);
        const QRegularExpression overdue(QStringLiteral("期限超過|Overdue"));
        QVERIFY(all.indexOf(overdue, planAt) > planAt); // the status cell
        QVERIFY2(all.contains(QRegularExpression(QStringLiteral("156 ?(days overdue|日)"))), qPrintable(all));
        // FY2027: initial 200, running 30 (A and B), budget 180 + 40: shortfall 10, written △10円.
        QVERIFY2(all.contains(QRegularExpression(QStringLiteral("令和9年度\\s+200円\\s+30円\\s+230円\\s+180円\\s+40円"
                                                                "\\s+220円\\s+△10円"))),
            qPrintable(all));
        // FY2026 from the project's budget: 1,000 for 150: +850.
        QVERIFY(all.contains(QRegularExpression(QStringLiteral("令和8年度\\s+150円\\s+0円\\s+150円\\s+1,000円"
                                                               "\\s+0円\\s+1,000円\\s+\\+850円"))));
        QVERIFY(all.contains(QStringLiteral("令和8年度の工程")));
    }

    /// Bad document control on the command line is an input error (exit 2), naming what is wrong.
    void badDocumentOptions()
    {
        const QString pdf = path(QStringLiteral("bad-doc.pdf"));
        const QStringList base = {QStringLiteral("report"), m_sample, QStringLiteral("-o"), pdf,
            QStringLiteral("--sections"), QStringLiteral("plan")};
        QCOMPARE(cli(base + QStringList {QStringLiteral("--approved"), QStringLiteral("2026-02-30")}).code, 2);
        QCOMPARE(cli(base + QStringList {QStringLiteral("--budget"), QStringLiteral("2026=-5")}).code, 2);
        const Run longNumber = cli(base + QStringList {QStringLiteral("--doc-number"), QString(300, u'X')});
        QCOMPARE(longNumber.code, 2);
        QVERIFY2(longNumber.err.contains(QStringLiteral("/document/number")), qPrintable(longNumber.err));
        QVERIFY(!QFile::exists(pdf));
    }

    void exitCodesAndNothingWrittenOnFailure()
    {
        const QString pdf = path(QStringLiteral("bad.pdf"));
        auto report = [&](QStringList extra) {
            QStringList args {QStringLiteral("report"), m_sample, QStringLiteral("-o"), pdf};
            args += extra;
            return cli(args);
        };
        QCOMPARE(cli({QStringLiteral("report"), m_sample}).code, 2); // no -o
        QCOMPARE(report({QStringLiteral("--lang"), QStringLiteral("fr")}).code, 2); // bad language
        QCOMPARE(report({QStringLiteral("--scenario"), QStringLiteral("S-99")}).code, 2); // unknown scenario
        QCOMPARE(report({QStringLiteral("--sections"), QStringLiteral("summary,x")}).code, 2);
        QCOMPARE(report({QStringLiteral("--date"), QStringLiteral("26/11/2026")}).code, 2);
        QCOMPARE(
            cli({QStringLiteral("report"), path(QStringLiteral("missing.json")), QStringLiteral("-o"), pdf}).code, 2);
        QVERIFY(!QFileInfo::exists(pdf));
        const Run unwritable = cli(
            {QStringLiteral("report"), m_sample, QStringLiteral("-o"), path(QStringLiteral("no/such/dir/r.pdf"))});
        QCOMPARE(unwritable.code, 1);
        QVERIFY(unwritable.err.contains(QStringLiteral("cannot write")));
        // An existing file is replaced only with --force.
        QFile existing(pdf);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("keep");
        existing.close();
        QCOMPARE(report({QStringLiteral("--sections"), QStringLiteral("summary")}).code, 2);
        QCOMPARE(QFileInfo(pdf).size(), 4);
        QCOMPARE(report({QStringLiteral("--sections"), QStringLiteral("summary"), QStringLiteral("--force")}).code, 0);
        QVERIFY(QFileInfo(pdf).size() > 4);
        QCOMPARE(cli({QStringLiteral("export-csv"), m_sample, QStringLiteral("--what"), QStringLiteral("all"),
                         QStringLiteral("-o"), path(QStringLiteral("x.csv"))})
                     .code,
            2);
        // No temporary file left behind by any of these.
        const QStringList left = QDir(m_dir.path()).entryList({QStringLiteral("*.pdf.*"), QStringLiteral("*.csv.*")});
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
    }

    void cancellingWritesNothing()
    {
        const QString pdf = path(QStringLiteral("cancelled.pdf"));
        int calls = 0;
        const mamori::ReportResult r = mamori::writePdfReport(mamori::BuiltIn::sampleWard(), {}, pdf, [&](double f) {
            ++calls;
            return f < 0.3;
        });
        QCOMPARE(r.status, mamori::ReportResult::Status::Cancelled);
        QVERIFY(calls > 1);
        QVERIFY(!QFileInfo::exists(pdf));
        QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral("cancelled*")}).isEmpty());
    }

    void japaneseCalendar()
    {
        QCOMPARE(mamori::japaneseEraDate(QDate(2026, 11, 26)), QStringLiteral("令和8年11月26日"));
        QCOMPARE(mamori::japaneseEraDate(QDate(2019, 5, 1)), QStringLiteral("令和元年5月1日"));
        QCOMPARE(mamori::japaneseEraDate(QDate(2019, 4, 30)), QStringLiteral("平成31年4月30日"));
        QCOMPARE(mamori::japaneseEraDate(QDate(1989, 1, 7)), QStringLiteral("昭和64年1月7日"));
        QCOMPARE(mamori::japaneseFiscalYear(2026), QStringLiteral("令和8年度"));
        QCOMPARE(mamori::japaneseFiscalYear(2019), QStringLiteral("平成31年度"));
        QCOMPARE(mamori::japaneseFiscalYear(2020), QStringLiteral("令和2年度"));
        QCOMPARE(mamori::fiscalYearOf(QDate(2027, 3, 31)), 2026);
        QCOMPARE(mamori::fiscalYearOf(QDate(2026, 4, 1)), 2026);
    }

    void datesAsOfficesWriteThem_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        const QDate d(2026, 12, 2);
        QTest::newRow("iso") << QStringLiteral("2026-12-02") << d;
        QTest::newRow("slashes") << QStringLiteral("2026/12/2") << d;
        QTest::newRow("dots") << QStringLiteral("2026.12.02") << d;
        QTest::newRow("compact") << QStringLiteral("20261202") << d;
        QTest::newRow("kanji") << QStringLiteral("2026年12月2日") << d;
        QTest::newRow("era") << QStringLiteral("令和8年12月2日") << d;
        QTest::newRow("era full-width") << QStringLiteral("令和８年１２月２日") << d;
        QTest::newRow("era spaced") << QStringLiteral(" 令和 8 年 12 月 2 日　") << d;
        QTest::newRow("era sign") << QStringLiteral("㋿8年12月2日") << d;
        QTest::newRow("R8.12.2") << QStringLiteral("R8.12.2") << d;
        QTest::newRow("R08.12.02") << QStringLiteral("R08.12.02") << d;
        QTest::newRow("full-width R") << QStringLiteral("Ｒ８．１２．２") << d;
        QTest::newRow("gannen") << QStringLiteral("令和元年5月1日") << QDate(2019, 5, 1);
        QTest::newRow("H31") << QStringLiteral("H31.4.1") << QDate(2019, 4, 1);
        QTest::newRow("heisei after its end") << QStringLiteral("平成31年5月1日") << QDate(2019, 5, 1);
        QTest::newRow("showa") << QStringLiteral("S64.1.7") << QDate(1989, 1, 7);
        QTest::newRow("no such day") << QStringLiteral("2026-02-30") << QDate();
        QTest::newRow("era year 0") << QStringLiteral("R0.4.1") << QDate();
        QTest::newRow("unknown era") << QStringLiteral("X8.12.2") << QDate();
        QTest::newRow("words") << QStringLiteral("来月") << QDate();
        QTest::newRow("empty") << QString() << QDate();
    }

    void datesAsOfficesWriteThem()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        QCOMPARE(mamori::dateFromText(text), date);
    }

    void displayDateFollowsLanguageAndStyle()
    {
        const QDate d(2026, 12, 2);
        const mamori::Language before = mamori::displayLanguage();
        mamori::setDisplayLanguage(mamori::Language::Japanese);
        mamori::setDateStyle(mamori::DateStyle::Era);
        QCOMPARE(mamori::displayDate(d), QStringLiteral("令和8年12月2日"));
        mamori::setDateStyle(mamori::DateStyle::Western);
        QCOMPARE(mamori::displayDate(d), QStringLiteral("2026/12/02"));
        mamori::setDisplayLanguage(mamori::Language::English);
        QCOMPARE(mamori::displayDate(d), QStringLiteral("2026-12-02"));
        QCOMPARE(mamori::displayDate(QDate()), QString());
        // Whatever is shown reads back as the same day.
        for (const auto style : {mamori::DateStyle::Era, mamori::DateStyle::Western}) {
            for (const auto language : {mamori::Language::Japanese, mamori::Language::English}) {
                mamori::setDateStyle(style);
                mamori::setDisplayLanguage(language);
                QCOMPARE(mamori::dateFromText(mamori::displayDate(d)), d);
            }
        }
        mamori::setDateStyle(mamori::DateStyle::Era);
        mamori::setDisplayLanguage(before);
    }

    void reportLanguageIsIndependentOfTheApplication()
    {
        // No application translator is installed here: the application speaks English.
        QCOMPARE(mamori::EnumNames::level(QStringLiteral("critical")), QStringLiteral("Critical"));
        {
            mamori::ScopedReportLanguage ja(QStringLiteral("ja"));
            QVERIFY(ja.loaded());
            QCOMPARE(mamori::EnumNames::level(QStringLiteral("critical")), QStringLiteral("極めて高い"));
            QCOMPARE(mamori::EnumNames::name(mamori::ResponseKind::Mitigate), QStringLiteral("低減"));
            // Another thread keeps the application's language.
            QString other;
            std::thread t([&] { other = mamori::EnumNames::level(QStringLiteral("critical")); });
            t.join();
            QCOMPARE(other, QStringLiteral("Critical"));
        }
        QCOMPARE(mamori::EnumNames::level(QStringLiteral("critical")), QStringLiteral("Critical"));
    }

    /// The source of a threat or control cited as the ward's documents cite: the section in
    /// full-width digits and the item in half-width parentheses, as the policy writes them (４(1)).
    void sourceCitations()
    {
        using mamori::EnumNames;
        {
            mamori::ScopedReportLanguage ja(QStringLiteral("ja"));
            QVERIFY(ja.loaded());
            QCOMPARE(EnumNames::source(QStringLiteral("policy §3(1)")), QStringLiteral("基本方針３(1)"));
            QCOMPARE(EnumNames::source(QStringLiteral("policy §7(8)")), QStringLiteral("基本方針７(8)"));
            QCOMPARE(EnumNames::source(QStringLiteral("policy §10")), QStringLiteral("基本方針１０"));
            QCOMPARE(EnumNames::source(QStringLiteral("policy §11, §12")), QStringLiteral("基本方針１１及び１２"));
            QCOMPARE(EnumNames::source(QStringLiteral("policy §6, §7(5)")), QStringLiteral("基本方針６及び７(5)"));
            QCOMPARE(EnumNames::source(QStringLiteral("mic_guideline")), QStringLiteral("総務省ガイドライン"));
            QCOMPARE(EnumNames::source(QStringLiteral("own_addition")), QStringLiteral("区独自"));
            // What it does not know is printed as given.
            QCOMPARE(EnumNames::source(QStringLiteral("ISO/IEC 27002 5.1")), QStringLiteral("ISO/IEC 27002 5.1"));
            QCOMPARE(
                EnumNames::source(QStringLiteral("policy §3(1) and more")), QStringLiteral("policy §3(1) and more"));
            QCOMPARE(EnumNames::source(QString()), QString());
        }
        mamori::ScopedReportLanguage en(QStringLiteral("en"));
        QCOMPARE(EnumNames::source(QStringLiteral("policy §3(1)")), QStringLiteral("Basic policy 3(1)"));
        QCOMPARE(EnumNames::source(QStringLiteral("policy §11, §12")), QStringLiteral("Basic policy 11 and 12"));
        QCOMPARE(EnumNames::source(QStringLiteral("mic_guideline")), QStringLiteral("MIC guidelines"));
        QCOMPARE(EnumNames::source(QStringLiteral("own_addition")), QStringLiteral("Ward's own"));
    }

    /// The five threat categories in the words of the policy's §3, the same in the tables and in
    /// the method of the appendix; the appendix cites sources, not keys.
    void threatCategoriesInThePolicysWords()
    {
        const QStringList policy = {QStringLiteral("意図的な要因"), QStringLiteral("非意図的要因"),
            QStringLiteral("災害"), QStringLiteral("提供サービスの障害"), QStringLiteral("社会的信用の低下")};
        {
            mamori::ScopedReportLanguage ja(QStringLiteral("ja"));
            for (int c = 1; c <= mamori::kThreatCategoryCount; ++c)
                QCOMPARE(mamori::EnumNames::threatCategory(c), policy[c - 1]);
        }
        const QString pdf = path(QStringLiteral("appendix-ja.pdf"));
        QCOMPARE(cli({QStringLiteral("report"), m_sample, QStringLiteral("-o"), pdf, QStringLiteral("--sections"),
                         QStringLiteral("appendix"), QStringLiteral("--date"), QStringLiteral("2026-12-03")})
                     .code,
            0);
        REQUIRE_POPPLER();
        const QString raw = tool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QString text = raw;
        text.remove(QRegularExpression(QStringLiteral("\\s")));
        const QString method = text.mid(text.lastIndexOf(QStringLiteral("評価の方法")));
        QVERIFY(method.contains(QStringLiteral("基本方針３に定める五つの分類（意図的な要因、非意図的要因、災害、"
                                               "提供サービスの障害及び社会的信用の低下）")));
        for (const QString& name : policy)
            QVERIFY2(method.count(name) > 1, qPrintable(name)); // the method, and the threats table
        for (const char* old : {"供給サービスの停止", "社会的信用の失墜", "意図的な脅威", "意図的な要因による脅威"})
            QVERIFY2(!text.contains(QString::fromUtf8(old)), old);
        // Sources cited, not keys; clauses cited as 基本方針８, not §8.
        QVERIFY(raw.contains(QStringLiteral("基本方針３(1)")));
        QVERIFY(raw.contains(QStringLiteral("区独自")));
        for (const char* key : {"own_addition", "mic_guideline", "policy §", "§"})
            QVERIFY2(!raw.contains(QString::fromUtf8(key)), key);
    }

    /// Japanese as an official document writes it: no space between a number and its counter or
    /// unit, years by their era, decreases with △; English says "1 finding", never "1 findings".
    void wordingOfBothLanguages()
    {
        const QString ja = path(QStringLiteral("wording-ja.pdf"));
        // Every chapter but the register, whose rows hold no sentence.
        QCOMPARE(cli({QStringLiteral("report"), m_sample, QStringLiteral("-o"), ja, QStringLiteral("--scenario"),
                         QStringLiteral("S-02"), QStringLiteral("--sections"),
                         QStringLiteral("summary,findings,responses,plan,scenario,appendix"), QStringLiteral("--date"),
                         QStringLiteral("2026-12-03")})
                     .code,
            0);
        REQUIRE_POPPLER();
        const QString japanese
            = tool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), ja, QStringLiteral("-")});
        const QRegularExpression spaced(QStringLiteral("[0-9０-９][ \\x{00A0}\\x{3000}]+[件円]"));
        const QRegularExpressionMatch m = spaced.match(japanese);
        QVERIFY2(!m.hasMatch(), qPrintable(japanese.mid(std::max<qsizetype>(0, m.capturedStart() - 40), 80)));
        QVERIFY(japanese.contains(QStringLiteral("令和8年度の工程")));
        QVERIFY(!japanese.contains(QStringLiteral("2026年度の工程")));
        QVERIFY(!japanese.contains(QStringLiteral("§")));
        QVERIFY(japanese.contains(QStringLiteral("基本方針８")));
        QVERIFY(!japanese.contains(QStringLiteral("セルの中央値")));
        // The scenario's change column: decreases with △, as the previous year's chapter.
        // From the chapter's first paragraph: the running header repeats the chapter's title on every
        // page of it, and the chapter has more than one page (levels, cost).
        const QString scenario = japanese.mid(japanese.lastIndexOf(QStringLiteral("シナリオ「")));
        QVERIFY2(
            scenario.contains(QRegularExpression(QStringLiteral("残留リスク合計\\s+[0-9,.]+\\s+[0-9,.]+\\s+△[0-9]"))),
            qPrintable(scenario.left(1500)));

        const QString en = path(QStringLiteral("wording-en.pdf"));
        QCOMPARE(cli({QStringLiteral("report"), m_sample, QStringLiteral("-o"), en, QStringLiteral("--lang"),
                         QStringLiteral("en"), QStringLiteral("--sections"),
                         QStringLiteral("summary,findings,responses,plan"), QStringLiteral("--date"),
                         QStringLiteral("2026-12-03")})
                     .code,
            0);
        QString english = pdfText(en);
        english.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
        QVERIFY2(english.contains(QStringLiteral("found 1 finding.")), qPrintable(english.left(3000)));
        const QRegularExpression wrong(QStringLiteral(
            "(?<![0-9,.])1 (risks|findings|actions|items|information assets|threats|controls|units)\\b"));
        const QRegularExpressionMatch w = wrong.match(english);
        QVERIFY2(!w.hasMatch(), qPrintable(english.mid(std::max<qsizetype>(0, w.capturedStart() - 60), 120)));
        QVERIFY(english.contains(QStringLiteral("This report assesses 1,433 risks"))
            || english.contains(QRegularExpression(QStringLiteral("This report assesses [0-9,]+ risks"))));
    }

    void titlesBreakOnlyBetweenWords()
    {
        using mamori::TextStyle;
        QCOMPARE(TextStyle::headerPieces(QStringLiteral("発生可能性")), QStringList {QStringLiteral("発生可能性")});
        QCOMPARE(TextStyle::headerPieces(QStringLiteral("固有リスク")),
            (QStringList {QStringLiteral("固有"), QStringLiteral("リスク")}));
        // A single character never stands alone.
        QCOMPARE(TextStyle::headerPieces(QStringLiteral("受容基準超過リスク数")),
            (QStringList {QStringLiteral("受容基準超過"), QStringLiteral("リスク数")}));
        QCOMPARE(TextStyle::headerPieces(QStringLiteral("脅威の分類")),
            (QStringList {QStringLiteral("脅威の"), QStringLiteral("分類")}));
        QCOMPARE(TextStyle::headerPieces(QStringLiteral("Residual likelihood")),
            (QStringList {QStringLiteral("Residual "), QStringLiteral("likelihood")}));
    }

    void columnWidthsComeFromTheContent()
    {
        // Weights that would give the date and the long word far too little room.
        const QString word = QStringLiteral("Supercalifragilisticexpialidocious");
        const QString date = QStringLiteral("令和8年10月30日");
        const QList<mamori::TableColumn> columns {{QStringLiteral("Description"), 6}, {QStringLiteral("Word"), 0.2},
            {QStringLiteral("Due"), 0.1, Qt::AlignLeft, true},
            {QStringLiteral("発生可能性"), 0.1, Qt::AlignRight, true},
            {QStringLiteral("Residual likelihood"), 0.1, Qt::AlignRight, true}};
        const QList<mamori::TableRow> rows {
            {QStringLiteral("A long description that may wrap at its spaces as much as it needs"), word, date,
                QStringLiteral("16.80"), QStringLiteral("4.50")},
            {QStringLiteral("短い説明"), QStringLiteral("word"), QStringLiteral("令和9年3月31日"),
                QStringLiteral("8,753.70"), QStringLiteral("1.00")},
        };
        mamori::TableBlock table(columns, rows.size(), [rows](qsizetype r) { return rows[r]; });
        MeasuringFlow m;
        const auto& layout = table.columns(*m.flow);
        const mamori::TextStyle plain = m.flow->style(8);
        const mamori::TextStyle header = m.flow->style(layout.titlePoints, true);
        QCOMPARE(layout.widths.size(), std::size_t(columns.size()));
        qreal total = 0;
        for (std::size_t c = 0; c < layout.widths.size(); ++c) {
            const qreal inner = layout.widths[c] - 2 * layout.padding;
            total += layout.widths[c];
            for (const mamori::TableRow& row : rows) {
                const QString text = row[qsizetype(c)].text;
                const qreal needed = columns[qsizetype(c)].noWrap ? plain.naturalWidth(text) : plain.minimumWidth(text);
                QVERIFY2(needed <= inner, qPrintable(QStringLiteral("%1 cut in column %2").arg(text).arg(c)));
            }
            // The title comes back whole, broken only between its pieces, each line within the column.
            const QString title = layout.titles.value(qsizetype(c));
            QCOMPARE(QString(title).remove(QChar::LineSeparator).remove(QLatin1Char(' ')),
                QString(columns[qsizetype(c)].title).remove(QLatin1Char(' ')));
            for (const QString& line : title.split(QChar::LineSeparator))
                QVERIFY2(header.advance(line) <= inner, qPrintable(line));
        }
        QVERIFY(qAbs(total - m.flow->content().width()) < 1); // the table spans the page
        // The no-wrap date column is no wider than its widest cell (and title piece) needs.
        QVERIFY(layout.widths[2] - 2 * layout.padding
            < std::max(plain.naturalWidth(date), header.advance(QStringLiteral("Due"))) + m.flow->mm(1));
    }

    void headingIsKeptWithWhatFollows()
    {
        // A drawing fills the first page but for about 40 mm: room for a chapter heading and a section
        // heading, not for them and the table's header and first rows as well.
        MeasuringFlow m;
        const qreal contentMm = m.flow->content().height() * 25.4 / m.flow->device()->logicalDpiY();
        mamori::Blocks blocks;
        blocks.push_back(std::make_unique<mamori::DrawingBlock>(contentMm - 3 - 42, nullptr));
        auto* chapter = new mamori::HeadingBlock(1, QStringLiteral("1"), QStringLiteral("Chapter"));
        auto* section = new mamori::HeadingBlock(2, QStringLiteral("1.1"), QStringLiteral("Section"));
        blocks.emplace_back(chapter);
        blocks.emplace_back(section);
        const QString tall = QStringLiteral("line\nline\nline\nline\nline");
        blocks.push_back(std::make_unique<mamori::TableBlock>(QList<mamori::TableColumn> {{QStringLiteral("Text"), 1}},
            10, [tall](qsizetype) { return mamori::TableRow {tall}; }));
        m.layout(blocks);
        QCOMPARE(chapter->page(), 2);
        QCOMPARE(section->page(), chapter->page());

        // With room enough, both stay where they are.
        MeasuringFlow roomy;
        mamori::Blocks few;
        auto* alone = new mamori::HeadingBlock(1, QStringLiteral("1"), QStringLiteral("Chapter"));
        few.emplace_back(alone);
        few.push_back(std::make_unique<mamori::ParagraphBlock>(QStringLiteral("A short paragraph.")));
        roomy.layout(few);
        QCOMPARE(alone->page(), 1);
    }

    void lastRowsAreNotLeftAlone()
    {
        // Find how many one-line rows fill a page, then lay out one more: the rows that go over are
        // never fewer than TableBlock::kKeepLastRows.
        const auto rowsStarting = [](qsizetype rows) {
            MeasuringFlow m;
            auto table = std::make_unique<mamori::TableBlock>(QList<mamori::TableColumn> {{QStringLiteral("No."), 1}},
                rows, [](qsizetype r) { return mamori::TableRow {QString::number(r + 1)}; });
            auto* t = table.get();
            mamori::Blocks blocks;
            blocks.push_back(std::move(table));
            m.layout(blocks);
            return t->rowsStartingPages();
        };
        qsizetype perPage = 10;
        while (rowsStarting(perPage + 1).empty())
            ++perPage;
        for (qsizetype extra = 1; extra <= 2; ++extra) {
            const std::vector<qsizetype> starts = rowsStarting(perPage + extra);
            QCOMPARE(starts.size(), std::size_t(1));
            QVERIFY2(perPage + extra - starts[0] >= mamori::TableBlock::kKeepLastRows,
                qPrintable(QStringLiteral("%1 rows alone").arg(perPage + extra - starts[0])));
        }
    }

    void heatMapCellTakesTheHighestLevelItCounts()
    {
        mamori::Assessment a;
        a.bands = {{4, QStringLiteral("low")}, {9, QStringLiteral("medium")}, {16, QStringLiteral("high")},
            {25, QStringLiteral("critical")}};
        mamori::RiskResult critical;
        critical.residualLikelihood = 3.29; // row 3
        critical.residualImpact = 4.9; // column 5: centre 15, high
        critical.residual = 16.12;
        critical.level = 3;
        mamori::RiskResult high = critical;
        high.residualLikelihood = 3;
        high.residualImpact = 4.5;
        high.residual = 13.5;
        high.level = 2;
        a.risks = {high, critical};
        const mamori::RiskMatrix m = mamori::RiskMatrix::residual(a);
        QCOMPARE(m.counts[2][4], qint64(2));
        QCOMPARE(mamori::RiskMatrix::cellLevel(a.bands, 3, 5), QStringLiteral("high"));
        QCOMPARE(m.colourLevel(a.bands, 3, 5), QStringLiteral("critical"));
        QCOMPARE(m.colourLevel(a.bands, 1, 1), QStringLiteral("low")); // empty: its centre's band
        a.risks = {high};
        QCOMPARE(mamori::RiskMatrix::residual(a).colourLevel(a.bands, 3, 5), QStringLiteral("high"));
    }

    void registerScoresHaveTwoDecimals()
    {
        const QString pdf = path(QStringLiteral("scores.pdf"));
        QCOMPARE(cli({QStringLiteral("report"), m_sample, QStringLiteral("-o"), pdf, QStringLiteral("--lang"),
                         QStringLiteral("en"), QStringLiteral("--sections"), QStringLiteral("register"),
                         QStringLiteral("--edition"), QStringLiteral("full"), QStringLiteral("--force")})
                     .code,
            0);
        REQUIRE_POPPLER();
        const QString text = pdfText(pdf);
        // Likelihood, impact, inherent, residual likelihood, residual impact, residual: six scores in a row.
        static const QRegularExpression six(QStringLiteral("(\\d+\\.\\d\\d\\s+){5}\\d+\\.\\d\\d"));
        qsizetype rows = 0;
        for (const QString& line : text.split(QLatin1Char('\n')))
            rows += line.contains(six) ? 1 : 0;
        const mamori::Assessment a = mamori::assess(mamori::BuiltIn::sampleWard());
        QCOMPARE(rows, a.risks.size());
        QVERIFY(text.contains(QStringLiteral("18.00")));
    }

    void csvFields()
    {
        QCOMPARE(mamori::csvField(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(mamori::csvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(mamori::csvField(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(mamori::csvField(QStringLiteral("=1+1")), QStringLiteral("'=1+1"));
        QCOMPARE(mamori::csvField(QStringLiteral("-5"), true), QStringLiteral("-5"));
        QCOMPARE(mamori::csvField(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
        QCOMPARE(mamori::csvField(QStringLiteral("行1\n行2")), QStringLiteral("\"行1\n行2\""));
    }
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
