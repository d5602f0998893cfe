#pragma once

// Putting a completely written file in place, for every writer (the project file, the JSON model, CSV,
// the workbook, the PDF report, through saveWhole or directly): each writes a temporary file of its
// own beside the target (a unique name per save, so two saves at once never touch each other's
// file), then moves it over the target here. So a failure never leaves half a file, and of two saves
// at once the target ends as one of them, whole.
//
// Windows refuses to replace a file that another program holds open (the antivirus or the indexer
// for a moment, OneDrive while it uploads, Excel holding the CSV, Acrobat holding the PDF): the move
// is tried again for about a second before it fails, and the message names the likely cause. After
// the move the folder itself is synced (POSIX: fsync of the directory; Windows: MOVEFILE_WRITE_THROUGH),
// so a power cut right after a save cannot bring the old file back.
//
// May include: Qt Core.

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace mamori {

class FileReplace {
    Q_DECLARE_TR_FUNCTIONS(mamori::FileReplace)

public:
    /// How often, and how long apart, a move held up by another program is tried.
    static constexpr int kAttempts = 10;
    static constexpr int kPauseMs = 100;

    /// The outcome of one try at moving a file.
    struct Attempt {
        bool ok = false;
        bool inUse = false; ///< the system says another program holds the target (or the temporary file)
        QString detail; ///< the system's reason, for the message's details
    };

    /// A new, unique temporary name beside `target` for one save (in the same folder, so the move is a
    /// rename within one file system): ".ward.mamori.1a2b3c4d.saving".
    static QString temporaryPathFor(const QString& target);

    /// Syncs the file's contents to the disk (a writer that did not sync it itself: the workbook).
    /// Empty on success, else the system's reason.
    static QString syncFile(const QString& path);

    /// Moves `temp` over `target`, retrying while the target is in use, then syncs the folder. On
    /// failure `temp` is removed and the reason returned in words for the user, without the file's
    /// name (the caller's sentence names it): "it is probably open in another program …". Empty on
    /// success.
    static QString moveOver(const QString& temp, const QString& target);

    // ---- the portable pieces of moveOver, tested on every system ----

    /// Calls `attempt` until it succeeds or `attempts` tries failed, calling `pause(pauseMs)` between
    /// tries; returns the last outcome. Only failures that say "in use" are tried again.
    static Attempt retrying(const std::function<Attempt()>& attempt, const std::function<void(int)>& pause,
        int attempts = kAttempts, int pauseMs = kPauseMs);

    /// The reason a move that ended with `last` failed, in words for the user.
    static QString failureReason(const Attempt& last);
};

/// Moves `temp` over `target` (FileReplace::moveOver); kept for the writers that call it by this name.
inline QString moveOver(const QString& temp, const QString& target)
{
    return FileReplace::moveOver(temp, target);
}

} // namespace mamori
