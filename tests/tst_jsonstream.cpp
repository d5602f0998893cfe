// The streamed JSON writer against QJsonDocument: the same bytes for any document (random trees,
// every character of the Basic Multilingual Plane, awkward numbers) and for real assessments
// (issue 16: `assess --json` streams instead of building a 50 MB document).

#include "BuiltIn.h"
#include "JsonStreamWriter.h"
#include "engine/Assessment.h"
#include "engine/AssessmentJson.h"
#include "engine/Generator.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <limits>

using namespace mamori;

namespace {

QByteArray streamed(const QJsonValue& v)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    JsonStreamWriter w(&buffer);
    w.value(v);
    if (!w.finish())
        return "write failed";
    return buffer.data();
}

QByteArray documentBytes(const QJsonValue& v)
{
    return v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Indented)
                       : QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented);
}

QString randomText(QRandomGenerator& rng)
{
    static const QString pool = QStringLiteral("aZ09 \"\\/\b\f\n\r\t\x01\x1f\x7f<>&'é住民記録ｱ—\u2028\U0001F600");
    QString s;
    const int n = int(rng.bounded(8));
    for (int i = 0; i < n; ++i) {
        const int at = int(rng.bounded(pool.size()));
        if (pool[at].isHighSurrogate() && at + 1 < pool.size())
            s += pool.mid(at, 2);
        else if (!pool[at].isLowSurrogate())
            s += pool[at];
    }
    return s;
}

QJsonValue randomNumber(QRandomGenerator& rng)
{
    static const double awkward[] = {0.0, -0.0, 1.0, -1.0, 0.1, 1.0 / 3.0, 1e21, 1e-7, 123456789012345678.0, 2.5e-308,
        std::numeric_limits<double>::max(), 9007199254740993.0, 6.0, 12.5};
    switch (rng.bounded(3)) {
    case 0:
        return awkward[rng.bounded(int(std::size(awkward)))];
    case 1:
        return qint64(rng.generate64() >> rng.bounded(64)) * (rng.bounded(2) ? 1 : -1);
    default:
        return (rng.generateDouble() - 0.5) * std::pow(10.0, double(rng.bounded(40)) - 20.0);
    }
}

QJsonValue randomValue(QRandomGenerator& rng, int depth)
{
    const int kind = int(rng.bounded(depth > 3 ? 5 : 7));
    switch (kind) {
    case 0:
        return QJsonValue::Null;
    case 1:
        return rng.bounded(2) == 1;
    case 2:
    case 3:
        return randomNumber(rng);
    case 4:
        return randomText(rng);
    case 5: {
        QJsonArray a;
        for (int i = int(rng.bounded(4)); i > 0; --i)
            a.append(randomValue(rng, depth + 1));
        return a;
    }
    default: {
        QJsonObject o;
        for (int i = int(rng.bounded(5)); i > 0; --i)
            o.insert(randomText(rng), randomValue(rng, depth + 1));
        return o;
    }
    }
}

/// A device whose every write fails, as a full disk or a closed pipe.
class FailingDevice : public QIODevice {
public:
    FailingDevice() { open(QIODevice::WriteOnly); }
    qsizetype writes = 0;

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char*, qint64) override
    {
        ++writes;
        return -1;
    }
};

QByteArray streamedAssessment(const Assessment& a, const QString& scenario)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!writeAssessmentJson(&buffer, a, scenario))
        return "write failed";
    return buffer.data();
}

} // namespace

class TestJsonStream : public QObject {
    Q_OBJECT

private slots:
    void randomDocumentsMatchQJsonDocument()
    {
        QRandomGenerator rng(20261203);
        for (int i = 0; i < 3000; ++i) {
            const QJsonValue v = rng.bounded(2) ? QJsonValue(randomValue(rng, 0).toObject())
                                                : QJsonValue(randomValue(rng, 0).toArray());
            const QJsonValue top = v.isObject() || v.isArray() ? v : QJsonValue(QJsonObject {});
            const QByteArray expected = documentBytes(top);
            const QByteArray actual = streamed(top);
            if (actual != expected)
                QFAIL(qPrintable(QStringLiteral("document %1 differs:\n%2\nexpected:\n%3")
                                     .arg(QString::number(i), QString::fromUtf8(actual), QString::fromUtf8(expected))));
        }
    }

    void everyCharacterEscapedAsQt()
    {
        QString all;
        for (char32_t u = 1; u < 0x10000; ++u) {
            if (!QChar::isSurrogate(u))
                all += QChar(char16_t(u));
        }
        all += QStringView(u"\U0001F600\U00020BB7");
        const QJsonObject o {{all, all}};
        QCOMPARE(streamed(o), documentBytes(o));
    }

    void emptyContainers()
    {
        const QJsonObject o {{QStringLiteral("a"), QJsonArray {}}, {QStringLiteral("b"), QJsonObject {}},
            {QStringLiteral("c"), QJsonArray {QJsonArray {}, QJsonObject {}}}};
        QCOMPARE(streamed(o), documentBytes(o));
        QCOMPARE(streamed(QJsonObject {}), documentBytes(QJsonObject {}));
        QCOMPARE(streamed(QJsonArray {}), documentBytes(QJsonArray {}));
    }

    void assessmentOfTheSampleWard()
    {
        const Model model = BuiltIn::sampleWard();
        const Assessment a = assess(model);
        QVERIFY(!a.risks.isEmpty());
        QCOMPARE(streamedAssessment(a, {}), QJsonDocument(assessmentToJson(a)).toJson(QJsonDocument::Indented));
        QCOMPARE(streamedAssessment(a, QStringLiteral("S-01")),
            QJsonDocument(assessmentToJson(a, QStringLiteral("S-01"))).toJson(QJsonDocument::Indented));
    }

    void assessmentOfAGeneratedWard()
    {
        const Assessment a = assess(Generator::generateWard(600, 7));
        QVERIFY(!a.findings.isEmpty());
        QCOMPARE(streamedAssessment(a, {}), QJsonDocument(assessmentToJson(a)).toJson(QJsonDocument::Indented));
    }

    void writeFailureIsReported()
    {
        FailingDevice device;
        QVERIFY(!writeAssessmentJson(&device, assess(BuiltIn::sampleWard())));
        QCOMPARE(device.writes, 1); // it stops writing after the first failure
    }
};

QTEST_GUILESS_MAIN(TestJsonStream)
#include "tst_jsonstream.moc"
