#pragma once

// A list of checkable items with an optional search box, for the editors and dialogs.

#include <QStringList>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace mamori {

/// Checkable items (assets, controls, asset types, tiers), each with a key, optionally with a search
/// box, a count of what is checked and "show only the checked ones" for long lists.
class CheckList : public QWidget {
    Q_OBJECT

public:
    CheckList(bool searchable, QWidget* parent = nullptr);

    /// Names the list `name`, its search box `name + "Search"` (for tests and accessibility).
    void setNames(const QString& name);
    void addItem(const QString& key, const QString& text);
    void setChecked(const QStringList& keys);
    /// The checked keys: those of `keep` that are still checked, in keep's order, then the newly
    /// checked ones in list order; so an untouched list gives `keep` back as it was.
    QStringList checkedKeys(const QStringList& keep = {}) const;
    /// Makes the list exactly as tall as its items (for short, fixed vocabularies).
    void fitToContents();
    QListWidget* list() const { return m_list; }

signals:
    void checkedChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyFilter();
    void updateCount();

    QListWidget* m_list;
    QLineEdit* m_search = nullptr;
    QCheckBox* m_onlyChecked = nullptr;
    QLabel* m_count = nullptr;
};

} // namespace mamori
