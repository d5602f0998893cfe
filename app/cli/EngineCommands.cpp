#include "CliCommand.h"

namespace mamori::cli {

std::vector<Command> engineCommands()
{
    return {};
}

} // namespace mamori::cli
