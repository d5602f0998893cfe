#pragma once

#include "LocalizedText.h"

namespace mamori {

/// The language names are shown in: the one of the installed translation (Japanese unless the user
/// chose English). Set once by the application at start and when the user switches.
Language displayLanguage();
void setDisplayLanguage(Language language);

} // namespace mamori
