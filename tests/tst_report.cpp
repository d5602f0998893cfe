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
#include "PdfReport.h"
#include "PdfText.h"
#include "PlanCosts.h"
#include "ReportTranslation.h"
#include "Translations.h"
#include "engine/Assessment.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRawFont>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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

} // namespace

class TestReport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_sample;

    QString path(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("poppler-utils (pdftotext, pdffonts) is not installed");
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
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("Timeline of FY2026"))); // digits survive extraction
        // In report order.
        qsizetype at = 0;
        for (const char* heading : {"Information asset risk assessment report", "Contents", "Executive summary",
                 "Heat maps", "Three-tier separation findings", "Risk register", "Risk response policy",
                 "Risk response plan", "Timeline of FY2026", "Scenario comparison", "Method of assessment",
                 "Threats and controls used", "Asset register"}) {
            const qsizetype found = text.indexOf(QLatin1StringView(heading), at);
            QVERIFY2(found >= 0, heading);
            at = found;
        }
        QVERIFY(text.contains(QStringLiteral("Confidential"))); // the default mark in English
        QVERIFY(text.contains(QStringLiteral("令和8年11月26日")));
        QVERIFY(text.contains(QStringLiteral("Multi-factor authentication rolled out")));
        // Every asset name appears (the asset register), and a page footer with the page count.
        QVERIFY(text.contains(QStringLiteral("Main building server room (secure area)")));
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
        const QString fonts = tool(QStringLiteral("pdffonts"), {pdf});
        QVERIFY2(fonts.contains(QStringLiteral("CJK")), qPrintable(fonts));
        for (const QString& line : fonts.split(QLatin1Char('\n'))) {
            if (line.contains(QStringLiteral("CJK")))
                QVERIFY2(line.contains(QStringLiteral(" yes ")), qPrintable(line)); // embedded
        }
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
        options.organization = QStringLiteral("江戸川区");
        const QString pdf = path(QStringLiteral("twins.pdf"));
        QVERIFY(mamori::writePdfReport(m, options, pdf).ok());

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
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(kHostile));
        QVERIFY(text.contains(kHostile2));
        QVERIFY(!text.contains(QStringLiteral("root:"))); // nothing was loaded from the file
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains("/Subtype /Image")); // and no image at all

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
                             QStringLiteral("summary,register,appendix")})
                         .code,
                0);
            const int pages = pdfPages(pdf);
            QVERIFY2(pages > previous, qPrintable(QStringLiteral("%1 assets: %2 pages").arg(assets).arg(pages)));
            previous = pages;
        }
    }

    void sectionsCanBeLeftOut()
    {
        const QString pdf = path(QStringLiteral("summary.pdf"));
        QCOMPARE(cli({QStringLiteral("report"), m_sample, QStringLiteral("-o"), pdf, QStringLiteral("--lang"),
                         QStringLiteral("en"), QStringLiteral("--sections"), QStringLiteral("summary")})
                     .code,
            0);
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
        const QString text = pdfText(en);
        const qsizetype at = text.indexOf(QStringLiteral("Comparison with the previous year"));
        QVERIFY(at >= 0);
        QVERIFY(text.indexOf(QStringLiteral("Comparison with the previous year"), at + 1) > at); // chapter + contents
        const QString chapter = text.mid(text.lastIndexOf(QStringLiteral("Comparison with the previous year")));
        QVERIFY(chapter.contains(QStringLiteral("ward-2025.json")));
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        const QString row
            = QStringLiteral("Total residual risk\\s+%1\\s+%2\\s+%3")
                  .arg(QRegularExpression::escape(mamori::formatNumber(before, english)),
                      QRegularExpression::escape(mamori::formatNumber(now, english)),
                      QRegularExpression::escape(QStringLiteral("−") + mamori::formatNumber(before - now, english)));
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
        QVERIFY2(japanese.contains(QStringLiteral("△") + mamori::formatNumber(before - now, japan)),
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
        QVERIFY(records.contains(QStringLiteral("Backups never restored")));
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
        QVERIFY(review.contains(QStringLiteral("Renew until the line split")));
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
        QVERIFY(
            all.contains(QStringLiteral("令和8年度の工程")) || all.contains(QStringLiteral("Timeline of 令和8年度")));
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
