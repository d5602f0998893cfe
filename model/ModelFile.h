#pragma once

// Reading and writing a model whatever its file: a `.mamori` project or a `mamori-model` JSON.
// The command line and the app go through here so both accept either wherever a model is read.

#include "InputError.h"
#include "Model.h"

namespace mamori {

enum class ModelFileKind { Project, Json };

struct LoadedModel {
    Model model;
    InputErrors errors; ///< input errors: the file is not a valid model
    ModelFileKind kind = ModelFileKind::Project;
    bool ok() const { return errors.isEmpty(); }
};

/// Loads by content: a file that starts with the SQLite header, or is named .mamori, is a project;
/// anything else is JSON.
LoadedModel loadModelFile(const QString& path);

/// The kind a file name asks for: `.mamori` is a project, anything else JSON.
ModelFileKind kindForWriting(const QString& path);

/// Why `model` cannot be saved to `path`: the first problems validate() finds, each naming the item
/// and the field in the window's words; empty when it can be saved.
QString saveRefusal(const Model& model, const QString& path);

/// Validates (saveRefusal), then writes atomically (a temporary file renamed over the target, so a
/// failure leaves an existing file as it was). Returns a sentence naming the file and what to do, or empty.
QString saveModelFile(const Model& model, const QString& path);

} // namespace mamori
