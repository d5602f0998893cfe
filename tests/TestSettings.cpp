// Linked into every test program (mamori_add_test): its settings go to an INI file in a temporary
// folder of its own, made when the application object is, before the first test runs. Never the
// registry (QSettings' native format on Windows), never the user's real settings, and nothing left
// over from an earlier run.

#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>

namespace {

void keepSettingsInATemporaryFolder()
{
    static QTemporaryDir folder; // removed when the program ends
    if (!folder.isValid())
        qFatal("cannot make a temporary folder for the settings: %s", qPrintable(folder.errorString()));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    for (const QSettings::Scope scope : {QSettings::UserScope, QSettings::SystemScope})
        QSettings::setPath(QSettings::IniFormat, scope, folder.path());
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(keepSettingsInATemporaryFolder)
