#include "sheets/SheetImportDialog.h"

#include "DisplayLanguage.h"
#include "NumberFormat.h"
#include "SaveWhole.h"
#include "document/ProjectDocument.h"
#include "widgets/FormFields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace mamori {

using namespace sheets;

namespace {

const QString kMappingKey = QStringLiteral("sheets/mapping/");
const QString kAttribute = QStringLiteral("attribute");
const QString kIgnore = QStringLiteral("ignore");
constexpr int kPreviewRows = 50; ///< data rows the preview shows below the header (and every row with a problem)
constexpr int kRefreshDelayMs = 300; ///< typing or clicking through combos runs the import once, at the end
const QColor kProblemColor(0xff, 0xc7, 0xce); // Excel's "bad" cell: red that keeps black text readable
const QColor kHeaderColor(0xe8, 0xee, 0xf7);

bool japanese()
{
    return displayLanguage() == Language::Japanese;
}

/// A field as the user knows it: the header the exporter writes in the window's language.
QString fieldLabel(const FieldSpec& field)
{
    return QString::fromUtf8(japanese() ? field.ja : field.en);
}

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::None:
        break;
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf8Bom:
        return SheetImportDialog::tr("UTF-8 (with BOM)");
    case TextEncoding::Utf16LeBom:
        return SheetImportDialog::tr("UTF-16 (with BOM)");
    case TextEncoding::Cp932:
        return SheetImportDialog::tr("Shift_JIS (CP932)");
    }
    return {};
}

QTableWidgetItem* readOnlyItem(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

/// What a column is read as: a field's key, "attribute" or "ignore".
QString choiceOf(const SheetColumn& column, Register reg)
{
    if (column.field)
        return QString::fromLatin1(column.field->key);
    return reg == Register::Assets && !column.ignored ? kAttribute : kIgnore;
}

/// The vocabulary entries (or classification levels) a word of `field` can stand for: key → label.
QList<std::pair<QString, QString>> entriesOf(const FieldSpec& field, const Settings& settings)
{
    QList<std::pair<QString, QString>> out;
    if (field.kind == FieldKind::Level && field.dimension >= 0) {
        for (const ImpactLevel& l : settings.impactTable[field.dimension])
            out.append({l.level, l.level});
        return out;
    }
    for (const VocabularyWord& w : vocabularyWords(field.vocabulary)) {
        const QString key = QString::fromLatin1(w.key);
        out.append({key, QStringLiteral("%1 (%2)").arg(QString::fromUtf8(japanese() ? w.ja : w.en), key)});
    }
    return out;
}

bool takesVocabulary(const FieldSpec* field)
{
    return field
        && (field->kind == FieldKind::Level
            || (field->kind == FieldKind::Choice && field->vocabulary != Vocabulary::None));
}

QString registerLabel(Register reg)
{
    return registerSheetName(reg, japanese());
}

/// A field change as the summary shows it: the field's header (or the attribute's) and old → new.
QString changeText(Register reg, const FieldChange& change)
{
    QString name = change.field;
    if (name.startsWith(QLatin1Char('@')))
        name = name.mid(1);
    else if (const FieldSpec* f = fieldSpec(reg, change.field))
        name = fieldLabel(*f);
    const QString none = SheetImportDialog::tr("(empty)");
    return SheetImportDialog::tr("%1: %2 → %3")
        .arg(name, change.before.isEmpty() ? none : change.before, change.after.isEmpty() ? none : change.after);
}

QStringList registerSummaryLines(const RegisterSummary& s)
{
    QStringList lines;
    lines << SheetImportDialog::tr("%1 (sheet %2, header row %3)")
                 .arg(registerLabel(s.reg), s.sheet, QString::number(s.headerRow));
    lines << SheetImportDialog::tr("  Added: %1").arg(formatCount(int(s.added.size())))
            + (s.added.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(s.added.join(QStringLiteral(", "))));
    lines << SheetImportDialog::tr("  Updated: %1").arg(formatCount(int(s.updated.size())));
    for (const ItemUpdate& u : s.updated) {
        QStringList changes;
        for (const FieldChange& c : u.changes)
            changes << changeText(s.reg, c);
        lines << QStringLiteral("    %1: %2").arg(u.item, changes.join(QStringLiteral("; ")));
    }
    lines << SheetImportDialog::tr("  Unchanged: %1").arg(formatCount(s.unchanged));
    if (!s.missing.isEmpty()) {
        lines
            << (s.missingRemoved
                       ? SheetImportDialog::tr("  Not in the sheet, removed: %1")
                             .arg(formatCount(int(s.missing.size())))
                       : SheetImportDialog::tr("  Not in the sheet, kept: %1").arg(formatCount(int(s.missing.size()))))
                + QStringLiteral(" (%1)").arg(s.missing.join(QStringLiteral(", ")));
    }
    return lines;
}

} // namespace

SheetImportDialog::SheetImportDialog(ProjectDocument* document, Workbook workbook, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_workbook(std::move(workbook))
    , m_fileName(QFileInfo(m_workbook.path).fileName())
{
    setObjectName(QStringLiteral("sheetImportDialog"));
    setWindowTitle(tr("Import from spreadsheet: %1").arg(m_fileName));
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(kRefreshDelayMs);
    connect(m_timer, &QTimer::timeout, this, &SheetImportDialog::refresh);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(createMapping());
    split->addWidget(createResults());
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 5);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* save = buttons->addButton(tr("Save mapping…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("saveMapping"));
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setDefault(true);
    connect(save, &QPushButton::clicked, this, &SheetImportDialog::saveMapping);
    connect(m_import, &QPushButton::clicked, this, &SheetImportDialog::importNow);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("importState"));
    m_state->setWordWrap(true);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_state, 1);
    bottom->addWidget(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createOptions());
    layout->addWidget(split, 1);
    layout->addLayout(bottom);

    chooseInitialSheet();
    registerChanged();
    allRegistersToggled(); // an exported workbook starts with every register: the mapping is the exporter's
    refresh();
    const QSize available = screen() ? screen()->availableGeometry().size() : QSize(1366, 728);
    resize(QSize(1280, 720).boundedTo(available - QSize(40, 60)));
}

QWidget* SheetImportDialog::createOptions()
{
    auto* box = new QWidget(this);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    m_sheet = new QComboBox(box);
    m_sheet->setObjectName(QStringLiteral("sheet"));
    for (const Sheet& s : m_workbook.sheets)
        m_sheet->addItem(s.name);
    QLabel* sheetLabel = forms::buddyLabel(tr("&Sheet:"), m_sheet, box);
    row->addWidget(sheetLabel);
    row->addWidget(m_sheet);
    sheetLabel->setVisible(m_workbook.sheets.size() > 1);
    m_sheet->setVisible(m_workbook.sheets.size() > 1);
    for (const Sheet& s : m_workbook.sheets)
        m_exportedRegisters += registerForSheetName(s.name) ? 1 : 0;
    m_allRegisters = new QCheckBox(tr("&Every register"), box);
    m_allRegisters->setObjectName(QStringLiteral("allRegisters"));
    m_allRegisters->setToolTip(tr("Import every sheet of this workbook that holds a register, in one step"));
    m_allRegisters->setVisible(m_exportedRegisters > 1);
    m_allRegisters->setChecked(m_exportedRegisters > 1);
    row->addWidget(m_allRegisters);

    m_register = new QComboBox(box);
    m_register->setObjectName(QStringLiteral("register"));
    for (int r = 0; r < kRegisterCount; ++r)
        m_register->addItem(registerLabel(Register(r)), registerKey(Register(r)));
    m_register->setCurrentIndex(int(Register::Assets));
    row->addWidget(forms::buddyLabel(tr("&Read as:"), m_register, box));
    row->addWidget(m_register);

    m_encoding = new QLabel(tr("Encoding: %1").arg(encodingName(m_workbook.encoding)), box);
    m_encoding->setObjectName(QStringLiteral("encoding"));
    m_encoding->setVisible(m_workbook.encoding != TextEncoding::None);
    row->addWidget(m_encoding);

    m_headerRow = new QSpinBox(box);
    m_headerRow->setObjectName(QStringLiteral("headerRow"));
    m_headerRow->setRange(1, qMax(1, int(currentSheet().rows.size())));
    row->addWidget(forms::buddyLabel(tr("&Header row:"), m_headerRow, box));
    row->addWidget(m_headerRow);
    auto* detect = new QToolButton(box);
    detect->setObjectName(QStringLiteral("detectHeader"));
    detect->setText(tr("Detect"));
    detect->setToolTip(tr("Find the header row again by its column names"));
    row->addWidget(detect);

    m_scale = new QComboBox(box);
    m_scale->setObjectName(QStringLiteral("scale"));
    m_scale->addItem(tr("MIC guideline levels"), QStringLiteral("mic"));
    m_scale->addItem(tr("IPA evaluation values (0–2)"), QStringLiteral("ipa"));
    row->addWidget(forms::buddyLabel(tr("S&cale:"), m_scale, box));
    row->addWidget(m_scale);

    m_removeMissing = new QCheckBox(tr("Remove items the sheet does not list"), box);
    m_removeMissing->setObjectName(QStringLiteral("removeMissing"));
    row->addWidget(m_removeMissing);
    m_removeWarning = new QLabel(tr("⚠ They are deleted from the project, with everything that names them."), box);
    m_removeWarning->setObjectName(QStringLiteral("removeWarning"));
    m_removeWarning->setStyleSheet(QStringLiteral("color: #a00000;"));
    m_removeWarning->setWordWrap(true);
    m_removeWarning->setVisible(false);
    row->addWidget(m_removeWarning, 1);
    row->addStretch();

    connect(m_sheet, &QComboBox::currentIndexChanged, this, [this] {
        m_mapping.headerRow = 0; // another sheet has its own header
        m_headerRow->setRange(1, qMax(1, int(currentSheet().rows.size())));
        if (const std::optional<Register> reg = registerForSheetName(currentSheet().name))
            m_register->setCurrentIndex(int(*reg)); // a sheet the exporter wrote says what it holds
        scheduleRefresh();
    });
    connect(m_allRegisters, &QCheckBox::toggled, this, &SheetImportDialog::allRegistersToggled);
    connect(m_register, &QComboBox::currentIndexChanged, this, [this] {
        registerChanged();
        scheduleRefresh();
    });
    connect(m_headerRow, &QSpinBox::valueChanged, this, [this](int row) {
        m_mapping.headerRow = row;
        scheduleRefresh();
    });
    connect(detect, &QToolButton::clicked, this, [this] {
        m_mapping.headerRow = 0;
        scheduleRefresh();
    });
    connect(m_scale, &QComboBox::currentIndexChanged, this, &SheetImportDialog::scheduleRefresh);
    connect(m_removeMissing, &QCheckBox::toggled, this, [this](bool on) {
        m_removeWarning->setVisible(on);
        scheduleRefresh();
    });
    return box;
}

QWidget* SheetImportDialog::createMapping()
{
    auto* split = new QSplitter(Qt::Vertical, this);
    auto makeTable = [split](const char* name, const QStringList& headers) {
        auto* table = new QTableWidget(0, int(headers.size()), split);
        table->setObjectName(QString::fromLatin1(name));
        table->setHorizontalHeaderLabels(headers);
        table->verticalHeader()->hide();
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        table->horizontalHeader()->setStretchLastSection(true);
        table->setSelectionMode(QAbstractItemView::NoSelection);
        return table;
    };
    m_columns = makeTable("columnMapping", {tr("Column"), tr("Header"), tr("Read as")});
    m_values = makeTable("valueMapping", {tr("Field"), tr("Value in the sheet"), tr("Means")});
    split->addWidget(m_columns);
    split->addWidget(m_values);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({360, 240});
    return split;
}

QWidget* SheetImportDialog::createResults()
{
    auto* split = new QSplitter(Qt::Vertical, this);
    m_preview = new QTableWidget(split);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setWordWrap(false);
    m_preview->horizontalHeader()->setDefaultSectionSize(110);
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 6);

    m_tabs = new QTabWidget(split);
    m_problems = new QListWidget(m_tabs);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setWordWrap(true);
    connect(m_problems, &QListWidget::itemClicked, this, &SheetImportDialog::selectProblem);
    connect(m_problems, &QListWidget::itemActivated, this, &SheetImportDialog::selectProblem);
    m_summary = new QPlainTextEdit(m_tabs);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setReadOnly(true);
    m_summary->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_tabs->addTab(m_problems, QString());
    m_tabs->addTab(m_summary, tr("Summary of the merge"));
    split->addWidget(m_preview);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    m_resultsSplit = split;
    return split;
}

void SheetImportDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    if (m_shown)
        return;
    m_shown = true;
    // The preview gets the room (the splitter would share it by size hints): problems and the summary
    // are short lists that scroll.
    const int height = m_resultsSplit->height();
    m_resultsSplit->setSizes({height * 7 / 10, height - height * 7 / 10});
}

const Sheet& SheetImportDialog::currentSheet() const
{
    static const Sheet empty;
    const int i = m_sheet ? m_sheet->currentIndex() : 0;
    return i >= 0 && i < m_workbook.sheets.size() ? m_workbook.sheets[i] : empty;
}

Register SheetImportDialog::currentRegister() const
{
    return registerFromKey(m_register->currentData().toString()).value_or(Register::Assets);
}

bool SheetImportDialog::allRegisters() const
{
    return m_allRegisters && m_allRegisters->isChecked();
}

void SheetImportDialog::allRegistersToggled()
{
    // The whole workbook is read with the exporter's headers: the mapping of one sheet does not apply.
    const bool all = allRegisters();
    m_register->setEnabled(!all);
    m_columns->setEnabled(!all);
    m_values->setEnabled(!all);
    if (all) {
        if (const std::optional<Register> reg = registerForSheetName(currentSheet().name))
            m_register->setCurrentIndex(int(*reg));
    }
    scheduleRefresh();
}

void SheetImportDialog::chooseInitialSheet()
{
    // The sheet that names most columns of its register: an inventory's data sheet, not its cover.
    int best = 0;
    int bestMatched = -1;
    for (int i = 0; i < m_workbook.sheets.size(); ++i) {
        const Sheet& s = m_workbook.sheets[i];
        const Register reg = registerForSheetName(s.name).value_or(Register::Assets);
        const int matched = detectHeader(s, reg, rememberedMapping(reg)).matched;
        if (matched > bestMatched) {
            best = i;
            bestMatched = matched;
        }
    }
    QSignalBlocker blockSheet(m_sheet);
    QSignalBlocker blockRegister(m_register);
    m_sheet->setCurrentIndex(best);
    m_register->setCurrentIndex(int(registerForSheetName(currentSheet().name).value_or(Register::Assets)));
}

void SheetImportDialog::registerChanged()
{
    const SheetMapping remembered = rememberedMapping(currentRegister());
    m_mapping.columns = remembered.columns;
    m_mapping.values = remembered.values;
    if (remembered.scale) {
        QSignalBlocker block(m_scale);
        m_scale->setCurrentIndex(*remembered.scale == Scale::Ipa ? 1 : 0);
    }
}

SheetMapping SheetImportDialog::mapping() const
{
    SheetMapping m = m_mapping;
    m.reg = currentRegister();
    m.scale = m_scale->currentIndex() == 1 ? Scale::Ipa : Scale::Mic;
    return m;
}

void SheetImportDialog::scheduleRefresh()
{
    m_timer->start();
}

void SheetImportDialog::refresh()
{
    m_timer->stop();
    const SheetMapping m = mapping();
    ImportOptions options;
    options.scale = m.scale;
    options.removeMissing = m_removeMissing->isChecked();
    if (!allRegisters()) {
        options.what = m.reg;
        options.sheet = currentSheet().name;
        options.mapping = m;
    }
    m_result = importWorkbook(m_workbook, m_document->model(), options);
    showSheet();
    fillProblems();
    fillSummary();
    updateImportButton();
}

void SheetImportDialog::showSheet()
{
    const SheetMapping m = mapping();
    if (allRegisters()) {
        SheetMapping exporters; // the exporter's headers, whatever was remembered for one register
        exporters.scale = m.scale;
        m_layout = detectHeader(currentSheet(), *m.reg, exporters);
    } else {
        m_layout = detectHeader(currentSheet(), *m.reg, m);
    }
    showHeaderRow();
    fillColumns();
    fillValues();
    fillPreview();
}

void SheetImportDialog::showHeaderRow()
{
    QSignalBlocker block(m_headerRow);
    m_headerRow->setValue(m_layout.found() ? m_layout.lastRow + 1 : qMax(1, m_mapping.headerRow));
}

void SheetImportDialog::fillColumns()
{
    const Register reg = currentRegister();
    QList<std::pair<QString, QString>> choices; // key → label
    for (const FieldSpec& f : fieldSpecs(reg))
        choices.append({QString::fromLatin1(f.key), fieldLabel(f)});
    if (reg == Register::Assets)
        choices.append({kAttribute, tr("Attribute (kept as written)")});
    choices.append({kIgnore, tr("Ignore")});

    m_columns->setRowCount(0);
    m_columns->setRowCount(int(m_layout.columns.size()));
    for (int r = 0; r < m_layout.columns.size(); ++r) {
        const SheetColumn& column = m_layout.columns[r];
        m_columns->setItem(r, 0, readOnlyItem(columnLetter(column.column)));
        m_columns->setItem(r, 1, readOnlyItem(column.header));
        auto* combo = new QComboBox(m_columns);
        for (const auto& [key, label] : choices)
            combo->addItem(label, key);
        combo->setCurrentIndex(combo->findData(choiceOf(column, reg)));
        connect(combo, &QComboBox::activated, this,
            [this, combo, header = column.header] { columnChosen(header, combo->currentData().toString()); });
        m_columns->setCellWidget(r, 2, combo);
    }
}

void SheetImportDialog::columnChosen(const QString& header, const QString& choice)
{
    m_mapping.columns.insert(header, choice);
    scheduleRefresh();
}

void SheetImportDialog::fillValues()
{
    // The words to map: those of vocabulary and level columns that the importer could not read, and
    // those the user mapped already (so a mapping can be changed back).
    const Register reg = currentRegister();
    QList<std::pair<QString, QString>> words; // field key, text
    for (auto f = m_mapping.values.cbegin(); f != m_mapping.values.cend(); ++f) {
        for (auto w = f.value().cbegin(); w != f.value().cend(); ++w) {
            if (takesVocabulary(fieldSpec(reg, f.key())))
                words.append({f.key(), w.key()});
        }
    }
    for (const ProblemCell& p : m_result.problemCells) {
        for (const SheetColumn& c : m_layout.columns) {
            const QString text = currentSheet().at(p.row, p.column).text.trimmed();
            if (c.column != p.column || !takesVocabulary(c.field) || text.isEmpty())
                continue;
            const std::pair<QString, QString> word {QString::fromLatin1(c.field->key), text};
            if (!words.contains(word))
                words.append(word);
        }
    }
    m_values->setRowCount(0);
    m_values->setRowCount(int(words.size()));
    for (int r = 0; r < words.size(); ++r) {
        const auto& [key, text] = words[r];
        const FieldSpec* field = fieldSpec(reg, key);
        m_values->setItem(r, 0, readOnlyItem(fieldLabel(*field)));
        m_values->setItem(r, 1, readOnlyItem(text));
        auto* combo = new QComboBox(m_values);
        combo->addItem(tr("(choose)"), QString());
        for (const auto& [entry, label] : entriesOf(*field, m_document->model().settings))
            combo->addItem(label, entry);
        combo->setCurrentIndex(qMax(0, combo->findData(m_mapping.valueFor(key, text))));
        connect(combo, &QComboBox::activated, this,
            [this, combo, key, text] { valueChosen(key, text, combo->currentData().toString()); });
        m_values->setCellWidget(r, 2, combo);
    }
}

void SheetImportDialog::valueChosen(const QString& field, const QString& text, const QString& key)
{
    if (key.isEmpty()) {
        m_mapping.values[field].remove(text);
        if (m_mapping.values[field].isEmpty())
            m_mapping.values.remove(field);
    } else {
        m_mapping.values[field].insert(text, key);
    }
    scheduleRefresh();
}

void SheetImportDialog::fillPreview()
{
    const Sheet& sheet = currentSheet();
    // The header and the first rows below it, then every further row with a problem: all a problem
    // in the list can point at, without filling a table with ten thousand rows.
    QList<int> rows;
    const int last = qMin(int(sheet.rows.size()), qMax(0, m_layout.lastRow + 1) + kPreviewRows);
    for (int r = 0; r < last; ++r)
        rows.append(r);
    for (const ProblemCell& p : m_result.problemCells) {
        if (p.sheet == sheet.name && p.row >= last && !rows.contains(p.row))
            rows.append(p.row);
    }
    std::sort(rows.begin(), rows.end());
    int columns = 0;
    for (int r : rows)
        columns = qMax(columns, int(sheet.rows[r].size()));

    m_preview->clear();
    m_preview->setRowCount(int(rows.size()));
    m_preview->setColumnCount(columns);
    m_previewRows.clear();
    QStringList rowLabels;
    for (int i = 0; i < rows.size(); ++i) {
        m_previewRows.insert(rows[i], i);
        rowLabels << QString::number(rows[i] + 1);
        for (int c = 0; c < columns; ++c) {
            auto* item = new QTableWidgetItem(sheet.at(rows[i], c).text);
            if (rows[i] >= m_layout.firstRow && rows[i] <= m_layout.lastRow) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
                item->setBackground(kHeaderColor);
            }
            m_preview->setItem(i, c, item);
        }
    }
    m_preview->setVerticalHeaderLabels(rowLabels);
    QStringList columnLabels;
    for (int c = 0; c < columns; ++c) {
        QString label = columnLetter(c);
        for (const SheetColumn& col : m_layout.columns) {
            if (col.column == c)
                label += QLatin1Char('\n')
                    + (col.field          ? fieldLabel(*col.field)
                            : col.ignored ? tr("(ignored)")
                                          : tr("(attribute)"));
        }
        columnLabels << label;
    }
    m_preview->setHorizontalHeaderLabels(columnLabels);
    for (const ProblemCell& p : m_result.problemCells) {
        if (p.sheet != sheet.name)
            continue;
        const QString message = m_result.errors.value(p.error).what;
        const int row = m_previewRows.value(p.row, -1);
        for (int c = p.column < 0 ? 0 : p.column; row >= 0 && c <= (p.column < 0 ? columns - 1 : p.column); ++c) {
            QTableWidgetItem* item = m_preview->item(row, c);
            if (!item)
                continue;
            item->setBackground(kProblemColor);
            const QString before = item->toolTip();
            item->setToolTip(before.isEmpty() ? message : before + QLatin1Char('\n') + message);
        }
    }
}

void SheetImportDialog::fillProblems()
{
    m_problems->clear();
    for (int i = 0; i < m_result.errors.size(); ++i) {
        const InputError& e = m_result.errors[i];
        auto* item = new QListWidgetItem(InputError {QString(), e.where, e.what}.toString(), m_problems);
        for (const ProblemCell& p : m_result.problemCells) {
            if (p.error == i) {
                item->setData(Qt::UserRole, QPoint(p.column, p.row));
                item->setData(Qt::UserRole + 1, p.sheet);
            }
        }
    }
    m_tabs->setTabText(0, tr("Problems (%1)").arg(m_result.errors.size()));
    m_tabs->setCurrentIndex(m_result.errors.isEmpty() ? 1 : 0);
}

void SheetImportDialog::selectProblem(QListWidgetItem* item)
{
    const QVariant place = item ? item->data(Qt::UserRole) : QVariant();
    if (!place.isValid())
        return;
    const QPoint p = place.toPoint();
    const int sheet = m_sheet->findText(item->data(Qt::UserRole + 1).toString(), Qt::MatchExactly);
    if (sheet >= 0 && sheet != m_sheet->currentIndex()) {
        // Every register was imported: show the sheet the problem is on (its rows, its header) without
        // importing again, which would rebuild this list while its item is being clicked.
        QSignalBlocker blockSheet(m_sheet);
        QSignalBlocker blockRegister(m_register);
        m_sheet->setCurrentIndex(sheet);
        if (const std::optional<Register> reg = registerForSheetName(currentSheet().name))
            m_register->setCurrentIndex(int(*reg));
        showSheet();
    }
    const int row = m_previewRows.value(p.y(), -1);
    if (row < 0)
        return;
    if (p.x() < 0)
        m_preview->selectRow(row);
    else
        m_preview->setCurrentCell(row, p.x());
    m_preview->scrollTo(m_preview->model()->index(row, qMax(0, p.x())), QAbstractItemView::PositionAtCenter);
}

void SheetImportDialog::fillSummary()
{
    QStringList lines;
    for (const RegisterSummary& s : m_result.registers)
        lines << registerSummaryLines(s);
    if (!m_result.newOrgUnits.isEmpty()) {
        lines << tr("New org units: %1").arg(formatCount(int(m_result.newOrgUnits.size())))
                + QStringLiteral(" (%1)").arg(m_result.newOrgUnits.join(QStringLiteral(", ")));
    }
    if (!m_result.scopeUnits.isEmpty())
        lines.prepend(tr("A department's inventory: missing items are looked for only in %1.")
                          .arg(m_result.scopeUnits.join(QStringLiteral(", "))));
    if (!m_result.ok())
        lines.prepend(tr("Nothing is imported until every problem is solved. What the import would do so far:"));
    m_summary->setPlainText(lines.join(QLatin1Char('\n')));
}

void SheetImportDialog::updateImportButton()
{
    const bool changes = !m_result.edits.isEmpty();
    m_import->setEnabled(m_result.ok() && changes);
    if (!m_result.ok())
        m_state->setText(
            tr("%n problem(s): correct the sheet, or the mapping on the left.", nullptr, int(m_result.errors.size())));
    else if (!changes)
        m_state->setText(tr("Nothing to import: the project already holds what the sheet says."));
    else
        m_state->setText(tr("Ready: %1.").arg(userEdit().text.toString()));
}

UserEdit SheetImportDialog::userEdit() const
{
    int n = 0;
    for (const RegisterSummary& s : m_result.registers)
        n += int(s.added.size() + s.updated.size() + (s.missingRemoved ? s.missing.size() : 0));
    // The undo text is translated when shown (UiText), so it follows a change of language.
    UiText undo;
    if (allRegisters()) {
        UserEdit edit;
        edit.text
            = UiText::translate("mamori::SheetImportDialog", "Import %n item(s) from %1", nullptr, n).arg(m_fileName);
        edit.edits = m_result.edits;
        return edit;
    }
    switch (currentRegister()) {
    case Register::OrgUnits:
        undo = UiText::translate("mamori::SheetImportDialog", "Import %n org unit(s) from %1", nullptr, n);
        break;
    case Register::Assets:
        undo = UiText::translate("mamori::SheetImportDialog", "Import %n asset(s) from %1", nullptr, n);
        break;
    case Register::Threats:
        undo = UiText::translate("mamori::SheetImportDialog", "Import %n threat(s) from %1", nullptr, n);
        break;
    case Register::Controls:
        undo = UiText::translate("mamori::SheetImportDialog", "Import %n control(s) from %1", nullptr, n);
        break;
    case Register::Dependencies:
        undo = UiText::translate("mamori::SheetImportDialog", "Import %n dependencies from %1", nullptr, n);
        break;
    case Register::Exposures:
        undo = UiText::translate("mamori::SheetImportDialog", "Import %n exposure(s) from %1", nullptr, n);
        break;
    case Register::Plan:
        undo = UiText::translate("mamori::SheetImportDialog", "Import %n plan action(s) from %1", nullptr, n);
        break;
    }
    UserEdit edit;
    edit.text = undo.arg(m_fileName);
    edit.edits = m_result.edits;
    return edit;
}

QString SheetImportDialog::importedMessage() const
{
    int added = 0, updated = 0;
    for (const RegisterSummary& s : m_result.registers) {
        added += int(s.added.size());
        updated += int(s.updated.size());
    }
    return tr("%1: %2 added, %3 updated")
        .arg(userEdit().text.toString(), QString::number(added), QString::number(updated));
}

void SheetImportDialog::importNow()
{
    refresh(); // a change still waiting for the timer counts
    if (!m_import->isEnabled())
        return;
    const QString error = m_document->edit(userEdit());
    if (!error.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("The sheet was not imported: %1").arg(error));
        return;
    }
    remember();
    accept();
}

void SheetImportDialog::remember() const
{
    if (allRegisters())
        return; // the exporter's headers: nothing of the user's to remember
    // The header row belongs to this file; next year's may have one title row more.
    SheetMapping m = mapping();
    m.headerRow = 0;
    QSettings().setValue(kMappingKey + registerKey(*m.reg), QString::fromUtf8(mappingToJson(m)));
}

SheetMapping SheetImportDialog::rememberedMapping(Register reg)
{
    const QString json = QSettings().value(kMappingKey + registerKey(reg)).toString();
    if (json.isEmpty())
        return {};
    const MappingReadResult read = mappingFromJson(json.toUtf8(), QString());
    return read.ok() ? read.mapping : SheetMapping {};
}

void SheetImportDialog::saveMapping()
{
    const QString suggested = QFileInfo(m_workbook.path).absolutePath() + QLatin1Char('/')
        + QFileInfo(m_workbook.path).completeBaseName() + QStringLiteral("-mapping.json");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save mapping"), suggested, tr("Mapping (*.json)"));
    if (path.isEmpty())
        return;
    if (const SaveWholeResult saved = saveWhole(path, mappingToJson(mapping())); !saved.ok())
        QMessageBox::warning(this, tr("Save mapping"), tr("“%1” cannot be written: %2").arg(path, saved.error));
}

} // namespace mamori
