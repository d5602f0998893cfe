#pragma once

// A number input that may be left blank, for the editors and dialogs.
//
// Invariant: a field the user did not touch reads back exactly the value it was given (the same
// double), so an editor opened and confirmed without changes changes nothing.

#include <QLineEdit>

#include <optional>

namespace mamori {

/// A number that may be blank (then the field's default applies; the placeholder says which).
/// Shown in the locale's form; accepts full-width digits, and for amounts grouping commas and 円/¥.
class NumberField : public QLineEdit {
    Q_OBJECT

public:
    /// `grouped`: an amount of yen, shown with digit grouping (1,200,000).
    NumberField(double minimum, double maximum, bool grouped, QWidget* parent = nullptr);

    void setValue(std::optional<double> value);

    /// What was typed: nothing for blank, or an error message naming `fieldName`.
    struct Read {
        std::optional<double> value;
        QString error;
    };
    Read read(const QString& fieldName) const;

private:
    QString format(double value) const;
    std::optional<double> parse(const QString& text, bool& ok) const;

    double m_minimum;
    double m_maximum;
    bool m_grouped;
    std::optional<double> m_initial;
    QString m_initialText;
};

} // namespace mamori
