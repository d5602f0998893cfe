#pragma once

// The `mamori-model` version 1 interchange format (RISK-MODEL.md section 2), the document level:
// the bytes, the format name and version, the lists, then validate(). One item at a time is
// JsonCodec's job.
//
// May include: InputError.h, Model.h and QtCore. Its .cpp is the one place that joins the item codecs
// (JsonCodec) with validation (Validation.h, which applies scenarios): Validation, Scenarios and
// the codecs never include it.

#include "InputError.h"
#include "Model.h"

#include <QByteArray>
#include <QJsonObject>

namespace mamori::JsonFormat {

inline constexpr int kFormatVersion = 1;

struct ReadResult {
    Model model;
    InputErrors errors;
    bool ok() const { return errors.isEmpty(); }
};

/// Parses and validates a model. Checks UTF-8, JSON syntax (with line and column), the top level,
/// the format name and version, every field's type and vocabulary, then validate().
ReadResult read(const QByteArray& bytes, const QString& fileName);

/// The model as indented UTF-8 JSON, ending with a newline.
QByteArray write(const Model& model);
QJsonObject toJson(const Model& model);

/// Reads a model from an already parsed JSON object (no validate()); used for the catalogue too.
ReadResult fromJson(const QJsonObject& root, const QString& fileName);

} // namespace mamori::JsonFormat
