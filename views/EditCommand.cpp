#include "EditCommand.h"

#include "ProjectDocument.h"

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

EditCommand::EditCommand(ProjectDocument* document, const QString& text, QList<ModelEdit> redo, QList<ModelEdit> undo,
                         int mergeKey)
    : QUndoCommand(text), m_document(document), m_redo(std::move(redo)), m_undo(std::move(undo)), m_mergeKey(mergeKey)
{
}

void EditCommand::redo()
{
    m_document->applyFromCommand(m_redo);
}

void EditCommand::undo()
{
    m_document->applyFromCommand(m_undo);
}

bool EditCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const EditCommand*>(other);
    if (next->m_mergeKey != m_mergeKey || next->m_document != m_document)
        return false;
    m_redo.append(next->m_redo);
    m_undo = next->m_undo + m_undo; // undo the later edits first
    // Typing a value and then the old one again leaves nothing to undo.
    if (onlyReplacements(m_redo) && onlyReplacements(m_undo))
        setObsolete(finalValues(m_redo) == finalValues(m_undo));
    return true;
}

} // namespace mamori
