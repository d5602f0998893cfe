#pragma once

// Asks for the id of a new item (Edit > Add): it proposes one, selected, so Enter takes it, and
// typing replaces it (a ward numbers its assets itself, 資産管理番号). OK hands the id to a function that
// applies it or says why not; on a refusal the reason is shown and the dialog stays open with what
// was typed.

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;

namespace mamori {

class IdDialog : public QDialog {
    Q_OBJECT

public:
    /// `apply` takes the id typed and returns why it was refused, or an empty string once applied.
    using Apply = std::function<QString(const QString& id)>;

    IdDialog(
        const QString& title, const QString& label, const QString& proposed, Apply apply, QWidget* parent = nullptr);

    QString id() const;
    /// The reason shown for the last refused OK; empty when none.
    QString errorMessage() const;

    void accept() override;

private:
    Apply m_apply;
    QLineEdit* m_id;
    QLabel* m_error;
};

} // namespace mamori
