#include "widgets/NumberField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QVBoxLayout>
#include <cmath>

namespace mamori {

NumberField::NumberField(double minimum, double maximum, bool grouped, QWidget* parent)
    : QLineEdit(parent)
    , m_minimum(minimum)
    , m_maximum(maximum)
    , m_grouped(grouped)
{
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setClearButtonEnabled(true);
    // Wide enough for "1,000,000,000" and for the placeholders that name the default, and no wider:
    // a number stretched across the dialog reads badly.
    const int digits = fontMetrics().horizontalAdvance(QStringLiteral("0000000000000000"));
    setMinimumWidth(digits);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setMaximumWidth(digits * 2);
    if (m_grouped) {
        // Amounts are re-shown with grouping once typed, so 1200000 is read as 1,200,000 at a glance.
        connect(this, &QLineEdit::editingFinished, this, [this] {
            bool ok = true;
            const std::optional<double> v = parse(text(), ok);
            if (ok && v && text() != m_initialText)
                setText(format(*v));
        });
    }
}

void NumberField::setValue(std::optional<double> value)
{
    m_initial = value;
    m_initialText = value ? format(*value) : QString();
    setText(m_initialText);
}

NumberField::Read NumberField::read(const QString& fieldName) const
{
    // Untouched: the value as it was, not a value re-read from its rounded text.
    if (text() == m_initialText)
        return {m_initial, {}};
    bool ok = true;
    const std::optional<double> v = parse(text(), ok);
    if (!ok)
        return {std::nullopt, tr("%1: “%2” is not a number.").arg(fieldName, text().trimmed())};
    if (v && (*v < m_minimum || *v > m_maximum))
        return {std::nullopt, tr("%1 must be between %2 and %3.").arg(fieldName, format(m_minimum), format(m_maximum))};
    return {v, {}};
}

QString NumberField::format(double value) const
{
    QLocale locale;
    QLocale::NumberOptions options = locale.numberOptions();
    options.setFlag(QLocale::OmitGroupSeparator, !m_grouped);
    locale.setNumberOptions(options);
    return locale.toString(value, 'f', QLocale::FloatingPointShortest);
}

std::optional<double> NumberField::parse(const QString& input, bool& ok) const
{
    ok = true;
    // NFKC turns what a Japanese input method gives (full-width digits, ，．￥) into ASCII.
    QString t = input.normalized(QString::NormalizationForm_KC).trimmed();
    const QLocale locale;
    for (const QChar c : {QChar(0x5186) /* 円 */, QChar(0x00A5) /* ¥ */, QChar(u' '), QChar(0x00A0)})
        t.remove(c);
    t.remove(locale.groupSeparator());
    if (locale.decimalPoint() != QLatin1String(","))
        t.remove(QLatin1Char(','));
    if (t.isEmpty())
        return std::nullopt;
    double v = locale.toDouble(t, &ok);
    if (!ok)
        v = QLocale::c().toDouble(t, &ok);
    if (!ok || !std::isfinite(v)) {
        ok = false;
        return std::nullopt;
    }
    return v;
}

} // namespace mamori
