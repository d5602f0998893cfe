#pragma once

// The translation context of the sheet readers' messages, shared by their .cpp files so that a
// message reads the same whichever reader gives it.

#include <QCoreApplication>

namespace mamori::sheets {

struct SheetTr {
    Q_DECLARE_TR_FUNCTIONS(mamori::sheets)
};

} // namespace mamori::sheets
