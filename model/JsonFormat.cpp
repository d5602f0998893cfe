#include "JsonFormat.h"

#include "JsonCodec.h"
#include "JsonFieldReader.h"
#include "Validation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace mamori::JsonFormat {

namespace {

template <typename T>
using ItemParser = std::optional<T> (*)(const QJsonValue&, const JsonPointer&, const QString&, InputErrors&);

/// The document level: the format name and version, then each list read with its item codec.
class DocumentReader : public JsonFieldReader {
    Q_DECLARE_TR_FUNCTIONS(mamori::JsonReader)

public:
    using JsonFieldReader::JsonFieldReader;

    template <typename T>
    QList<T> list(const QJsonObject& o, const char* key, const JsonPointer& at, ItemParser<T> parse)
    {
        QList<T> out;
        const QJsonArray a = array(o, key, at);
        out.reserve(a.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (auto item = parse(a[i], at / key / i, file(), errors()))
                out.append(std::move(*item));
        }
        return out;
    }

    Model model(const QJsonObject& root)
    {
        Model m;
        const QJsonValue format = root.value(QLatin1StringView("format"));
        if (format.toString() != QLatin1StringView("mamori-model")) {
            error(JsonPointer() / "format", tr("this is not a Mamori model (expected \"format\": \"mamori-model\")"));
            return m;
        }
        const QJsonValue version = root.value(QLatin1StringView("version"));
        if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble()) || version.toDouble() < 1) {
            error(JsonPointer() / "version", tr("expected a whole number, the format version"));
            return m;
        }
        if (version.toDouble() > kFormatVersion) {
            error(JsonPointer() / "version",
                tr("the model is format version %1, newer than this Mamori understands (%2); "
                   "update Mamori to open it")
                    .arg(QString::number(version.toDouble()), QString::number(kFormatVersion)));
            return m;
        }
        m.name = text(root, "name", JsonPointer(), false);
        using namespace JsonCodec;
        const JsonPointer top;
        if (auto s = settingsFromJson(root.value(QLatin1StringView("settings")), top / "settings", file(), errors()))
            m.settings = *s;
        m.orgUnits = list<OrgUnit>(root, "org_units", top, orgUnitFromJson);
        m.assets = list<Asset>(root, "assets", top, assetFromJson);
        m.dependencies = list<Dependency>(root, "dependencies", top, dependencyFromJson);
        m.threats = list<Threat>(root, "threats", top, threatFromJson);
        m.exposures = list<Exposure>(root, "exposures", top, exposureFromJson);
        m.controls = list<Control>(root, "controls", top, controlFromJson);
        m.responses = list<Response>(root, "responses", top, responseFromJson);
        const QJsonValue plan = root.value(QLatin1StringView("plan"));
        if (!plan.isUndefined() && !plan.isNull() && expectObject(plan, top / "plan"))
            m.actions = list<PlanAction>(plan.toObject(), "actions", top / "plan", actionFromJson);
        m.scenarios = list<Scenario>(root, "scenarios", top, scenarioFromJson);
        m.inspections = list<Inspection>(root, "inspections", top, inspectionFromJson);
        m.auditFindings = list<AuditFinding>(root, "audit_findings", top, auditFindingFromJson);
        m.findingExceptions = list<FindingException>(root, "finding_exceptions", top, findingExceptionFromJson);
        m.reviewDecisions = list<ReviewDecision>(root, "reviews", top, reviewFromJson);
        const QJsonValue document = root.value(QLatin1StringView("document"));
        if (!document.isUndefined() && !document.isNull()) {
            if (auto d = documentFromJson(document, top / "document", file(), errors()))
                m.document = *d;
        }
        return m;
    }
};

/// Line and column (1-based) of a byte offset, for messages about the raw text.
QString lineColumn(const QByteArray& bytes, qsizetype offset)
{
    qsizetype line = 1, column = 1;
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes[i] == '\n') {
            ++line;
            column = 1;
        } else if ((bytes[i] & 0xC0) != 0x80) { // count characters, not UTF-8 continuation bytes
            ++column;
        }
    }
    return QCoreApplication::translate("mamori::JsonReader", "line %1, column %2")
        .arg(QString::number(line), QString::number(column));
}

/// The offset of the first byte that is not valid UTF-8 (RFC 3629: no overlongs, no surrogates,
/// nothing above U+10FFFF), or -1 when the whole text is valid.
qsizetype firstInvalidUtf8(const QByteArray& bytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80, high = 0xBF; // allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            low = c == 0xE0 ? 0xA0 : 0x80;
            high = c == 0xED ? 0x9F : 0xBF;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            low = c == 0xF0 ? 0x90 : 0x80;
            high = c == 0xF4 ? 0x8F : 0xBF;
        } else {
            return i;
        }
        if (i + length > n || p[i + 1] < low || p[i + 1] > high)
            return i;
        for (int k = 2; k < length; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
        }
        i += length;
    }
    return -1;
}

/// The offset of the first `\uXXXX` escape inside a string that names half of a surrogate pair without
/// its other half (RFC 8259 allows it, but it is no character: Qt would keep it as a broken string), or
/// -1. The text is valid UTF-8 and is scanned once.
qsizetype firstLoneSurrogateEscape(const QByteArray& bytes)
{
    const auto hex4 = [&](qsizetype at) -> int {
        if (at + 4 > bytes.size())
            return -1;
        bool ok = false;
        const int v = QByteArrayView(bytes).sliced(at, 4).toInt(&ok, 16);
        return ok ? v : -1;
    };
    const auto isHigh = [](int u) { return u >= 0xD800 && u <= 0xDBFF; };
    const auto isLow = [](int u) { return u >= 0xDC00 && u <= 0xDFFF; };
    bool inString = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (!inString) {
            inString = c == '"';
            continue;
        }
        if (c == '"') {
            inString = false;
        } else if (c == '\\' && i + 1 < bytes.size()) {
            if (bytes[i + 1] != 'u') {
                ++i; // \" \\ \n …
                continue;
            }
            const int u = hex4(i + 2);
            if (isLow(u))
                return i; // a low half with no high half before it (a pair is skipped whole below)
            if (isHigh(u)) {
                const bool paired
                    = i + 7 < bytes.size() && bytes[i + 6] == '\\' && bytes[i + 7] == 'u' && isLow(hex4(i + 8));
                if (!paired)
                    return i;
                i += 11; // both escapes
                continue;
            }
            i += 5;
        }
    }
    return -1;
}

/// The records of the yearly cycle, each list only when it has items: a model without them is
/// written as before they existed.
template <typename T> void insertRecords(QJsonObject& o, const char* key, const QList<T>& items)
{
    if (!items.isEmpty())
        o.insert(QLatin1StringView(key), JsonCodec::arrayToJson(items));
}

} // namespace

QJsonObject toJson(const Model& m)
{
    using namespace JsonCodec;
    QJsonObject plan {{QStringLiteral("actions"), arrayToJson(m.actions)}};
    QJsonObject o {{QStringLiteral("format"), QStringLiteral("mamori-model")},
        {QStringLiteral("version"), kFormatVersion}, {QStringLiteral("name"), JsonCodec::toJson(m.name)},
        {QStringLiteral("settings"), settingsToJson(m.settings)},
        {QStringLiteral("org_units"), arrayToJson(m.orgUnits)}, {QStringLiteral("assets"), arrayToJson(m.assets)},
        {QStringLiteral("dependencies"), arrayToJson(m.dependencies)},
        {QStringLiteral("threats"), arrayToJson(m.threats)}, {QStringLiteral("exposures"), arrayToJson(m.exposures)},
        {QStringLiteral("controls"), arrayToJson(m.controls)}, {QStringLiteral("responses"), arrayToJson(m.responses)},
        {QStringLiteral("plan"), plan}, {QStringLiteral("scenarios"), arrayToJson(m.scenarios)}};
    insertRecords(o, "inspections", m.inspections);
    insertRecords(o, "audit_findings", m.auditFindings);
    insertRecords(o, "finding_exceptions", m.findingExceptions);
    insertRecords(o, "reviews", m.reviewDecisions);
    if (!m.document.isEmpty()) // Mamori's own: a model without it is written as before
        o.insert(QStringLiteral("document"), JsonCodec::toJson(m.document));
    return o;
}

QByteArray write(const Model& model)
{
    return QJsonDocument(toJson(model)).toJson(QJsonDocument::Indented);
}

ReadResult fromJson(const QJsonObject& root, const QString& fileName)
{
    ReadResult result;
    DocumentReader reader(fileName, result.errors);
    result.model = reader.model(root);
    return result;
}

ReadResult read(const QByteArray& rawBytes, const QString& fileName)
{
    ReadResult result;
    QByteArray bytes = rawBytes;
    if (bytes.startsWith("\xEF\xBB\xBF")) // a BOM, as Windows editors write
        bytes.remove(0, 3);
    if (const qsizetype bad = firstInvalidUtf8(bytes); bad >= 0) {
        result.errors.append({fileName, lineColumn(bytes, bad),
            QCoreApplication::translate("mamori::JsonReader", "the text is not valid UTF-8")});
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt reports the offset just past the character it stumbled on.
        result.errors.append({fileName, lineColumn(bytes, qMax(0, parseError.offset - 1)),
            QCoreApplication::translate("mamori::JsonReader", "malformed JSON: %1").arg(parseError.errorString())});
        return result;
    }
    if (const qsizetype bad = firstLoneSurrogateEscape(bytes); bad >= 0) {
        result.errors.append({fileName, lineColumn(bytes, bad),
            QCoreApplication::translate("mamori::JsonReader",
                "the escape %1 is half of a surrogate pair without its other half: it is no character")
                .arg(QString::fromLatin1(bytes.mid(bad, 6)))});
        return result;
    }
    if (!doc.isObject()) {
        result.errors.append({fileName, QStringLiteral("/"),
            QCoreApplication::translate("mamori::JsonReader", "the top level must be an object")});
        return result;
    }
    result = fromJson(doc.object(), fileName);
    if (result.ok())
        result.errors = validate(result.model, fileName, Source::Json);
    return result;
}

} // namespace mamori::JsonFormat
