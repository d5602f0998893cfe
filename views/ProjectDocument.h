#pragma once

// One open project: the baseline model, where it is stored, and whether it has unsaved changes.
// Views read the model through the document and hear about changes from its signals.

#include "Model.h"

#include <QObject>
#include <QString>

namespace mamori {

class ProjectDocument : public QObject {
    Q_OBJECT

public:
    explicit ProjectDocument(QObject* parent = nullptr);

    const Model& model() const { return m_model; }
    /// The file the project is stored in; empty for a project that was never saved.
    QString filePath() const { return m_filePath; }
    bool isModified() const { return m_modified; }
    /// The name to show in the title bar: the model's name, else the file name, else "Untitled".
    QString displayName() const;

    /// Replaces the whole model (new, open, sample), not modified.
    void reset(Model model, const QString& filePath);
    /// Loads a .mamori or .json file; on failure the document is unchanged and the errors returned.
    QString open(const QString& path);
    /// Writes to `path` (a .mamori project unless it ends in .json); empty on success.
    QString saveAs(const QString& path);

signals:
    void modelReset();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString& path);

private:
    void setModified(bool modified);

    Model m_model;
    QString m_filePath;
    bool m_modified = false;
};

} // namespace mamori
