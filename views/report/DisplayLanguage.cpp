#include "DisplayLanguage.h"

#include <atomic>

namespace mamori {

namespace {
std::atomic<Language> g_language {Language::Japanese};
}

Language displayLanguage()
{
    return g_language.load();
}

void setDisplayLanguage(Language language)
{
    g_language.store(language);
}

} // namespace mamori
