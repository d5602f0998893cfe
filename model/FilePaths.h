#pragma once

// Comparing file names the way the system does (issue 17, Windows 3): Windows compares names without
// regard to case, so "WARD.MAMORI" is the project "ward.mamori", is recognised as a project and takes
// the same lock. Every comparison of paths and of the `.mamori` extension goes through here.
//
// May include: Qt Core.

#include <QString>

namespace mamori::FilePaths {

/// How this system compares file names: without regard to case on Windows, exactly elsewhere.
Qt::CaseSensitivity systemCaseSensitivity();

/// What two paths are compared by: absolute and cleaned (links resolved when the file exists), and
/// case-folded when names are compared without regard to case.
QString comparisonKey(const QString& path, Qt::CaseSensitivity cs = systemCaseSensitivity());

/// True when `a` and `b` name the same file.
bool samePath(const QString& a, const QString& b, Qt::CaseSensitivity cs = systemCaseSensitivity());

/// True when `path` names a project file: it ends in ".mamori" in any case (on every system, since a
/// file copied from Windows keeps its upper-case name).
bool isProjectPath(const QString& path);

} // namespace mamori::FilePaths
