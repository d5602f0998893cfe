// translations/ stays complete: no unfinished entry in Japanese or English, and every translation
// keeps the placeholders (%1, %n, ...) of its source, so no message loses a value at run time. And
// Qt's own translations are found where windeployqt puts them (qt_ja.qm beside the executable) as
// well as where a Qt installation has them (qtbase_ja.qm).

#ifdef MAMORI_HAVE_REPORT
#include "Translations.h"
#endif

#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Entry {
    QString context;
    QString source;
    QStringList translations; ///< one, or the numerus forms
    bool unfinished = false;
    bool numerus = false;
};

QList<Entry> readTs(const QString& path)
{
    QList<Entry> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    QXmlStreamReader xml(&f);
    QString context;
    Entry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1StringView("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1StringView("message")) {
            entry = Entry {context, {}, {}, false,
                xml.attributes().value(QLatin1StringView("numerus")) == QLatin1StringView("yes")};
        } else if (name == QLatin1StringView("source")) {
            entry.source = xml.readElementText();
        } else if (name == QLatin1StringView("translation")) {
            const QString type = xml.attributes().value(QLatin1StringView("type")).toString();
            entry.unfinished = !type.isEmpty();
            // Either text, or <numerusform> children.
            while (!(xml.isEndElement() && xml.name() == QLatin1StringView("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters() && !xml.isWhitespace())
                    entry.translations.append(xml.text().toString());
                else if (xml.isStartElement() && xml.name() == QLatin1StringView("numerusform"))
                    entry.translations.append(xml.readElementText());
            }
            out.append(entry);
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return out;
}

QStringList placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d+|n)"));
    QStringList out;
    for (const auto& m : re.globalMatch(text))
        out.append(m.captured(1));
    out.sort();
    out.removeDuplicates();
    return out;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void complete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ja") << QStringLiteral("ja");
        QTest::newRow("en") << QStringLiteral("en");
    }
    void complete()
    {
        QFETCH(QString, language);
        const QList<Entry> entries
            = readTs(QStringLiteral(MAMORI_SOURCE_DIR "/translations/mamori_%1.ts").arg(language));
        QVERIFY(entries.size() > 100);
        QStringList problems;
        for (const Entry& e : entries) {
            if (e.unfinished || e.translations.isEmpty()) {
                problems.append(QStringLiteral("unfinished: [%1] %2").arg(e.context, e.source));
                continue;
            }
            for (const QString& t : e.translations) {
                if (placeholders(t) != placeholders(e.source))
                    problems.append(QStringLiteral("placeholders differ: [%1] %2 -> %3").arg(e.context, e.source, t));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 30).join(QLatin1Char('\n'))));
    }

    /// A text handed to a translating helper as a bare literal never reaches lupdate, so it shows in
    /// English in the Japanese window ("All assets" in the controls register did): such helpers take
    /// QT_TRANSLATE_NOOP(...) so the text is extracted.
    void helpersTakeExtractedTexts()
    {
        static const QRegularExpression bare(QStringLiteral("\\btrRegisters\\(\\s*\""));
        QFile f(QStringLiteral(MAMORI_SOURCE_DIR "/views/registers/Registers.cpp"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY(text.contains(QLatin1StringView("trRegisters(QT_TRANSLATE_NOOP")));
        const QRegularExpressionMatch m = bare.match(text);
        QVERIFY2(!m.hasMatch(), qPrintable(text.mid(m.capturedStart(), 80)));
    }

    /// English counts read "1 risk", "2 risks": each %n entry has a singular of its own, never the
    /// plural copied ("1 breaches") nor a "(s)" left in.
    void englishPlurals()
    {
        // Counts whose words do not change with the number.
        const QStringList invariant {QStringLiteral("%n checked"), QStringLiteral("Tier-separation findings: %n")};
        const QList<Entry> entries = readTs(QStringLiteral(MAMORI_SOURCE_DIR "/translations/mamori_en.ts"));
        QStringList problems;
        int plurals = 0;
        for (const Entry& e : entries) {
            if (!e.numerus)
                continue;
            ++plurals;
            if (e.translations.size() != 2) {
                problems.append(QStringLiteral("not two forms: [%1] %2").arg(e.context, e.source));
                continue;
            }
            for (const QString& form : e.translations) {
                if (form.contains(QLatin1StringView("(s)")))
                    problems.append(QStringLiteral("\"(s)\" left in: [%1] %2").arg(e.context, form));
            }
            if (e.translations[0] == e.translations[1] && !invariant.contains(e.source))
                problems.append(QStringLiteral("singular equals plural: [%1] %2").arg(e.context, e.source));
        }
        QVERIFY(plurals > 20);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 30).join(QLatin1Char('\n'))));
    }

#ifdef MAMORI_HAVE_REPORT
    /// In each folder qt_ja.qm (windeployqt's merged file) before qtbase_ja.qm (a Qt installation's),
    /// and the folder beside the executable before Qt's own.
    void qtTranslationsAreLookedUpInOrder()
    {
        const QStringList files = mamori::qtTranslationCandidates(
            QStringLiteral("ja"), {QStringLiteral("/app/translations"), QStringLiteral("/qt/translations")});
        QCOMPARE(files,
            QStringList({QStringLiteral("/app/translations/qt_ja.qm"), QStringLiteral("/app/translations/qtbase_ja.qm"),
                QStringLiteral("/qt/translations/qt_ja.qm"), QStringLiteral("/qt/translations/qtbase_ja.qm")}));

        const QStringList folders = mamori::qtTranslationFolders();
        QVERIFY(!folders.isEmpty());
        QCOMPARE(
            folders.first(), QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/translations")));
        QCOMPARE(folders.last(), QDir::cleanPath(QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    }

    /// The loader takes the first file that loads: a deployed qt_ja.qm, else qtbase_ja.qm, also
    /// past a damaged file; and the Japanese it installs is Qt's ("Cancel" reads キャンセル).
    void qtTranslationsLoadFromADeployedFolder()
    {
        const QString installed
            = QDir(QLibraryInfo::path(QLibraryInfo::TranslationsPath)).filePath(QStringLiteral("qtbase_ja.qm"));
        if (!QFile::exists(installed))
            QSKIP("Qt's Japanese translations are not installed (qt6-translations-l10n, or Qt's translations)");
        QTemporaryDir deployed, second;
        QVERIFY(deployed.isValid() && second.isValid());
        // windeployqt's qt_ja.qm is one self-contained file, as qtbase_ja.qm is.
        QVERIFY(QFile::copy(installed, deployed.filePath(QStringLiteral("qt_ja.qm"))));
        QVERIFY(QFile::copy(installed, second.filePath(QStringLiteral("qtbase_ja.qm"))));
        {
            QTranslator t;
            QCOMPARE(mamori::loadQtTranslation(t, QStringLiteral("ja"), {second.path(), deployed.path()}),
                second.filePath(QStringLiteral("qtbase_ja.qm")));
        }
        {
            QTranslator t;
            QCOMPARE(mamori::loadQtTranslation(t, QStringLiteral("ja"), {deployed.path(), second.path()}),
                deployed.filePath(QStringLiteral("qt_ja.qm")));
            QCOMPARE(t.translate("QPlatformTheme", "Cancel"), QStringLiteral("キャンセル"));
        }
        {
            QFile damaged(second.filePath(QStringLiteral("qt_ja.qm")));
            QVERIFY(damaged.open(QIODevice::WriteOnly));
            damaged.write("not a translation file");
            damaged.close();
            QTranslator t;
            QCOMPARE(mamori::loadQtTranslation(t, QStringLiteral("ja"), {second.path()}),
                second.filePath(QStringLiteral("qtbase_ja.qm")));
        }
        QTranslator none;
        QCOMPARE(mamori::loadQtTranslation(
                     none, QStringLiteral("ja"), {QDir(deployed.path()).filePath(QStringLiteral("gone"))}),
            QString());
    }
#endif
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
