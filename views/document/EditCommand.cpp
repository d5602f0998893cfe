#include "document/EditCommand.h"

#include "JapaneseSpacing.h"
#include "document/ProjectDocument.h"

#include <QHash>

namespace mamori {

namespace {

/// True when `edits` only replace items (typing in a cell, changing a status).
bool onlyReplacements(const QList<ModelEdit>& edits)
{
    return std::all_of(edits.cbegin(), edits.cend(), [](const ModelEdit& e) { return e.op == ModelEdit::Op::Replace; });
}

/// The value each (list, position) ends with after applying `edits` in order.
QHash<std::pair<std::size_t, qsizetype>, ModelEdit::Value> finalValues(const QList<ModelEdit>& edits)
{
    QHash<std::pair<std::size_t, qsizetype>, ModelEdit::Value> out;
    for (const ModelEdit& e : edits)
        out.insert({e.entity(), e.index}, e.value);
    return out;
}

} // namespace

EditCommand::EditCommand(ProjectDocument* document, const UiText& text, EditStep redo, EditStep undo,
    std::optional<QString> context, MergeKey merge)
    : QUndoCommand(withoutSpacesBetweenJapanese(text.toString()))
    , m_document(document)
    , m_text(text)
    , m_redo(std::move(redo))
    , m_undo(std::move(undo))
    , m_context(std::move(context))
    , m_merge(merge)
{
}

void EditCommand::retranslate()
{
    setText(withoutSpacesBetweenJapanese(m_text.toString()));
}

void EditCommand::redo()
{
    m_document->applyFromCommand(m_redo, m_context);
}

void EditCommand::undo()
{
    m_document->applyFromCommand(m_undo, m_context);
}

bool EditCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const EditCommand*>(other);
    if (next->m_merge != m_merge || next->m_document != m_document || next->m_context != m_context
        || m_redo.wholeBaseline || next->m_redo.wholeBaseline)
        return false;
    m_redo.baseline.append(next->m_redo.baseline);
    m_undo.baseline = next->m_undo.baseline + m_undo.baseline; // undo the later edits first
    m_redo.view.append(next->m_redo.view);
    m_undo.view = next->m_undo.view + m_undo.view;
    m_redo.resetView = m_redo.resetView || next->m_redo.resetView;
    m_undo.resetView = m_redo.resetView;
    // Typing a value and then the old one again leaves nothing to undo. A scenario records its changes
    // from scratch, so there too the Scenario ends as it began.
    if (onlyReplacements(m_redo.baseline) && onlyReplacements(m_undo.baseline))
        setObsolete(finalValues(m_redo.baseline) == finalValues(m_undo.baseline));
    return true;
}

} // namespace mamori
