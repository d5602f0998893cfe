#include "EditorWidgets.h"

#include "DisplayLanguage.h"
#include "ProjectDocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QVBoxLayout>

#include <cmath>

namespace mamori {

// --- NumberField ----------------------------------------------------------------------------------

NumberField::NumberField(double minimum, double maximum, bool grouped, QWidget* parent)
    : QLineEdit(parent)
    , m_minimum(minimum)
    , m_maximum(maximum)
    , m_grouped(grouped)
{
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setClearButtonEnabled(true);
    // Wide enough for "1,000,000,000" and for the placeholders that name the default, and no wider:
    // a number stretched across the dialog reads badly.
    const int digits = fontMetrics().horizontalAdvance(QStringLiteral("0000000000000000"));
    setMinimumWidth(digits);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setMaximumWidth(digits * 2);
    if (m_grouped) {
        // Amounts are re-shown with grouping once typed, so 1200000 is read as 1,200,000 at a glance.
        connect(this, &QLineEdit::editingFinished, this, [this] {
            bool ok = true;
            const std::optional<double> v = parse(text(), ok);
            if (ok && v && text() != m_initialText)
                setText(format(*v));
        });
    }
}

void NumberField::setValue(std::optional<double> value)
{
    m_initial = value;
    m_initialText = value ? format(*value) : QString();
    setText(m_initialText);
}

NumberField::Read NumberField::read(const QString& fieldName) const
{
    // Untouched: the value as it was, not a value re-read from its rounded text.
    if (text() == m_initialText)
        return {m_initial, {}};
    bool ok = true;
    const std::optional<double> v = parse(text(), ok);
    if (!ok)
        return {std::nullopt, tr("%1: “%2” is not a number.").arg(fieldName, text().trimmed())};
    if (v && (*v < m_minimum || *v > m_maximum))
        return {std::nullopt, tr("%1 must be between %2 and %3.").arg(fieldName, format(m_minimum), format(m_maximum))};
    return {v, {}};
}

QString NumberField::format(double value) const
{
    QLocale locale;
    QLocale::NumberOptions options = locale.numberOptions();
    options.setFlag(QLocale::OmitGroupSeparator, !m_grouped);
    locale.setNumberOptions(options);
    return locale.toString(value, 'f', QLocale::FloatingPointShortest);
}

std::optional<double> NumberField::parse(const QString& input, bool& ok) const
{
    ok = true;
    // NFKC turns what a Japanese input method gives (full-width digits, ，．￥) into ASCII.
    QString t = input.normalized(QString::NormalizationForm_KC).trimmed();
    const QLocale locale;
    for (const QChar c : {QChar(0x5186) /* 円 */, QChar(0x00A5) /* ¥ */, QChar(u' '), QChar(0x00A0)})
        t.remove(c);
    t.remove(locale.groupSeparator());
    if (locale.decimalPoint() != QLatin1String(","))
        t.remove(QLatin1Char(','));
    if (t.isEmpty())
        return std::nullopt;
    double v = locale.toDouble(t, &ok);
    if (!ok)
        v = QLocale::c().toDouble(t, &ok);
    if (!ok || !std::isfinite(v)) {
        ok = false;
        return std::nullopt;
    }
    return v;
}

// --- CheckList ------------------------------------------------------------------------------------

CheckList::CheckList(bool searchable, QWidget* parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    if (searchable) {
        m_search = new QLineEdit(this);
        m_search->setPlaceholderText(tr("Search by ID or name"));
        m_search->setClearButtonEnabled(true);
        layout->addWidget(m_search);
        connect(m_search, &QLineEdit::textChanged, this, &CheckList::applyFilter);
        m_search->installEventFilter(this);
    }
    layout->addWidget(m_list, 1);
    if (searchable) {
        auto* row = new QHBoxLayout;
        m_count = new QLabel(this);
        m_onlyChecked = new QCheckBox(tr("Show only checked"), this);
        row->addWidget(m_count);
        row->addStretch(1);
        row->addWidget(m_onlyChecked);
        layout->addLayout(row);
        connect(m_onlyChecked, &QCheckBox::toggled, this, &CheckList::applyFilter);
    }
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        updateCount();
        emit checkedChanged();
    });
    updateCount();
}

void CheckList::setNames(const QString& name)
{
    m_list->setObjectName(name);
    if (m_search)
        m_search->setObjectName(name + QStringLiteral("Search"));
    if (m_onlyChecked)
        m_onlyChecked->setObjectName(name + QStringLiteral("OnlyChecked"));
}

void CheckList::addItem(const QString& key, const QString& text)
{
    const QSignalBlocker blocker(m_list);
    auto* item = new QListWidgetItem(text, m_list);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Unchecked);
    item->setData(Qt::UserRole, key);
    updateCount();
}

void CheckList::setChecked(const QStringList& keys)
{
    {
        const QSignalBlocker blocker(m_list);
        for (int i = 0; i < m_list->count(); ++i) {
            QListWidgetItem* item = m_list->item(i);
            item->setCheckState(keys.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
        }
    }
    updateCount();
    applyFilter();
}

QStringList CheckList::checkedKeys(const QStringList& keep) const
{
    QStringList checked;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            checked.append(m_list->item(i)->data(Qt::UserRole).toString());
    }
    QStringList out;
    for (const QString& key : keep) {
        if (checked.contains(key))
            out.append(key);
    }
    for (const QString& key : std::as_const(checked)) {
        if (!keep.contains(key))
            out.append(key);
    }
    return out;
}

void CheckList::fitToContents()
{
    m_list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    int height = 2 * m_list->frameWidth();
    for (int i = 0; i < m_list->count(); ++i)
        height += m_list->sizeHintForRow(i);
    m_list->setFixedHeight(height);
    m_list->setMinimumWidth(m_list->sizeHintForColumn(0) + 2 * m_list->frameWidth() + 8);
}

bool CheckList::eventFilter(QObject* watched, QEvent* event)
{
    // Enter in the search box goes to the first match, where Space checks it; left alone it would
    // press the dialog's OK button and apply a half-made edit.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            for (int i = 0; i < m_list->count(); ++i) {
                if (!m_list->item(i)->isHidden()) {
                    m_list->setCurrentRow(i);
                    break;
                }
            }
            m_list->setFocus(Qt::ShortcutFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CheckList::applyFilter()
{
    const QString needle = m_search ? m_search->text().trimmed() : QString();
    const bool onlyChecked = m_onlyChecked && m_onlyChecked->isChecked();
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem* item = m_list->item(i);
        const bool match = needle.isEmpty() || item->text().contains(needle, Qt::CaseInsensitive);
        item->setHidden(!match || (onlyChecked && item->checkState() != Qt::Checked));
    }
}

void CheckList::updateCount()
{
    if (!m_count)
        return;
    int checked = 0;
    for (int i = 0; i < m_list->count(); ++i)
        checked += m_list->item(i)->checkState() == Qt::Checked;
    m_count->setText(tr("%n checked", nullptr, checked));
}

// --- ItemEditorDialog -----------------------------------------------------------------------------

ItemEditorDialog::ItemEditorDialog(ProjectDocument* document, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setSizeGripEnabled(true);
    m_error->setObjectName(QStringLiteral("errorMessage"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse); // the user may copy it into a ticket
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, QColor(0xB0, 0x00, 0x20));
    m_error->setPalette(palette);
    m_error->hide();
    m_buttons->setObjectName(QStringLiteral("buttons"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ItemEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ItemEditorDialog::reject);
}

QString ItemEditorDialog::errorMessage() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ItemEditorDialog::setBody(QWidget* body)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(body, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
}

void ItemEditorDialog::fitToContent(QSize minimum)
{
    resize(sizeHint().expandedTo(minimum));
    growToContent();
}

void ItemEditorDialog::growToContent()
{
    QLayout* l = layout();
    if (!l)
        return;
    l->activate();
    const int needed = l->hasHeightForWidth() ? l->totalHeightForWidth(width()) : l->totalSizeHint().height();
    if (height() < needed)
        resize(width(), needed);
}

void ItemEditorDialog::accept()
{
    const Change c = change();
    if (!c.error.isEmpty()) {
        showError(c.error, c.at);
        return;
    }
    const quint64 before = m_document->revision();
    const QString refused = m_document->edit(c.text, c.edits);
    if (!refused.isEmpty()) {
        showError(tr("The change was not applied: %1").arg(refused));
        return;
    }
    m_applied = m_document->revision() != before;
    QDialog::accept();
}

void ItemEditorDialog::showError(const QString& message, QWidget* at)
{
    m_error->setText(message);
    m_error->show();
    growToContent();
    if (!at)
        return;
    // A tab widget's pages sit in its internal stack: bring forward every page on the way to `at`.
    for (QWidget* w = at; w && w != this; w = w->parentWidget()) {
        QWidget* stack = w->parentWidget();
        if (auto* tabs = qobject_cast<QTabWidget*>(stack ? stack->parentWidget() : nullptr))
            tabs->setCurrentWidget(w);
    }
    at->setFocus(Qt::OtherFocusReason);
}

// --- Helpers --------------------------------------------------------------------------------------

namespace editors {

QLabel* plainLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    return label;
}

QLabel* buddyLabel(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

QLabel* hintLabel(const QString& text, QWidget* parent)
{
    QLabel* label = plainLabel(text, parent);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    label->setPalette(palette);
    return label;
}

QString editedText(const QLineEdit* edit, const QString& original)
{
    return edit->text() == original ? original : edit->text().trimmed();
}

QComboBox* orgUnitCombo(const Model& model, const QString& current, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->addItem(ItemEditorDialog::tr("(none)"), QString());
    for (const OrgUnit& unit : model.orgUnits) {
        const QString name = unit.name.text(displayLanguage());
        combo->addItem(name.isEmpty() ? unit.id : name, unit.id);
    }
    int index = combo->findData(current);
    if (index < 0) {
        combo->addItem(current, current);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
    return combo;
}

QString comboKey(const QComboBox* combo)
{
    return combo->currentData().toString();
}

QString idAndName(const QString& id, const LocalizedText& name)
{
    const QString text = name.text(displayLanguage());
    return text.isEmpty() ? id : QStringLiteral("%1  %2").arg(id, text);
}

} // namespace editors

} // namespace mamori
