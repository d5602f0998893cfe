#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace mamori {

/// Preferences of the application (not of a project): the interface language, how the Japanese
/// window writes dates and how often unsaved work is copied for recovery. Stored in QSettings; the
/// language and the dates apply at once.
class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    static int autosaveSeconds();

private:
    void accept() override;

    QComboBox* m_language;
    QString m_shownLanguage; ///< the language of the window when the dialog opened
    QComboBox* m_dateStyle;
    QSpinBox* m_autosave;
};

} // namespace mamori
