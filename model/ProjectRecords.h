#pragma once

// The project file's tables for the yearly cycle's records (schema version 4): a control's
// status_by_unit, inspections with their answers, audit findings, finding exceptions and review
// decisions; and (schema version 5) the report's document control. ProjectFile.cpp creates them in its migration and
// calls these after its own tables.

#include "ProjectSql.h"

namespace mamori::ProjectFile::detail {

/// The statements that bring a version 3 file to version 4 (new tables only: nothing to convert).
QStringList migrationV3toV4();
/// The statements that bring a version 4 file to version 5 (the document control's tables, empty).
QStringList migrationV4toV5();

void writeRecords(const QSqlDatabase& db, Sql& sql, const Model& model);
/// Reads the records into `model`, whose controls are read already.
void readRecords(RowReader& reader, Model& model);

} // namespace mamori::ProjectFile::detail
