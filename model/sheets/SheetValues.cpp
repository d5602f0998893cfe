#include "SheetValues.h"

#include "JapaneseCalendar.h"
#include "JapaneseSpacing.h"

#include <QRegularExpression>

namespace mamori::sheets {

QString foldedText(const QString& text)
{
    static const QRegularExpression breaks(QStringLiteral("\\s*[\\r\\n]+\\s*"));
    const QString trimmed = text.trimmed();
    QString out;
    qsizetype last = 0;
    for (auto it = breaks.globalMatch(trimmed); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(trimmed).mid(last, m.capturedStart() - last);
        // Nothing next to a Japanese character (a name wrapped in its cell: 庁内\nLAN), a space
        // between Latin words.
        const QChar after = trimmed.at(m.capturedEnd());
        if (!(isJapaneseCharacter(out.back()) || isJapaneseCharacter(after)))
            out += u' ';
        last = m.capturedEnd();
    }
    out += QStringView(trimmed).mid(last);
    return out;
}

QString idText(const QString& text)
{
    return text.normalized(QString::NormalizationForm_KC).trimmed();
}

QString assetIdText(const QString& text)
{
    const QString id = idText(text);
    static const QRegularExpression digits(QStringLiteral("^\\d+$"));
    if (!digits.match(id).hasMatch())
        return id;
    return QStringLiteral("A-") + QString::number(id.toLongLong()).rightJustified(4, u'0');
}

std::optional<bool> markValue(const QString& text)
{
    static const QStringList yes = {QStringLiteral("〇"), QStringLiteral("○"), QStringLiteral("●"), QStringLiteral("◯"),
        QStringLiteral("✓"), QStringLiteral("✔"), QStringLiteral("有"), QStringLiteral("あり"), QStringLiteral("はい"),
        QStringLiteral("yes"), QStringLiteral("y"), QStringLiteral("true"), QStringLiteral("1")};
    static const QStringList no
        = {QStringLiteral("×"), QStringLiteral("✕"), QStringLiteral("✗"), QStringLiteral("無"), QStringLiteral("なし"),
            QStringLiteral("-"), QStringLiteral("―"), QStringLiteral("ー"), QStringLiteral("いいえ"),
            QStringLiteral("no"), QStringLiteral("n"), QStringLiteral("false"), QStringLiteral("0")};
    const QString key = headerKey(text);
    if (yes.contains(key))
        return true;
    if (no.contains(key))
        return false;
    return std::nullopt;
}

std::optional<double> numberValue(const Cell& cell)
{
    QString s = cell.text.normalized(QString::NormalizationForm_KC);
    static const QRegularExpression noise(QStringLiteral("[\\s,¥￥円]"));
    s.remove(noise);
    if (s.endsWith(u'%'))
        s.chop(1);
    bool ok = false;
    const double v = s.toDouble(&ok);
    if (ok)
        return v; // "50%" is 50: the field says what a percent means
    if (cell.number)
        return cell.number;
    return std::nullopt;
}

QString numberText(double value)
{
    return QString::number(value, 'g', 15);
}

QDate dateValue(const Cell& cell)
{
    if (cell.kind == Cell::Kind::Date && cell.date.isValid())
        return cell.date;
    // A date column that lost its format shows Excel's serial day number (45383 is 2024-04-01).
    if (cell.kind == Cell::Kind::Number && cell.number && *cell.number > 20000 && *cell.number < 80000)
        return QDate(1899, 12, 30).addDays(qint64(*cell.number));
    return dateFromText(cell.text);
}

QString attributeText(const Cell& cell)
{
    if (cell.kind == Cell::Kind::Date && cell.date.isValid())
        return cell.date.toString(Qt::ISODate);
    return cell.text.trimmed();
}

QStringList listItems(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[,、;\\n\\r]+"));
    QStringList out;
    for (const QString& part : text.normalized(QString::NormalizationForm_KC).split(separators)) {
        if (const QString t = part.trimmed(); !t.isEmpty())
            out.append(t);
    }
    return out;
}

} // namespace mamori::sheets
