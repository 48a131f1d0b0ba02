// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
// Issue 6, accessibility: every input of the window has an accessible name and description, the
// Tab key walks the welcome form in reading order, every menu action has a keyboard path, and
// the window stays legible under a dark palette. STACKWISE_SCREENSHOT_DIR=DIR saves a grab of
// every page under the dark palette for a person to look at.
#include "AppLanguage.h"
#include "KbLoader.h"
#include "MainWindow.h"
#include "SvgIconEngine.h"
#include "StackwiseWizard.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStandardPaths>
#include <QScopeGuard>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

#include <cmath>
#include <memory>

namespace {
const QString SourceDir = QStringLiteral(STACKWISE_SOURCE_DIR);

bool isInput(const QWidget *w)
{
    // Scroll bars and headers belong to their view; a line edit's clear button to the line edit;
    // explicitly hidden widgets (QWizard's unused Finish and Commit buttons) are not shown at all.
    if (qobject_cast<const QScrollBar *>(w) || qobject_cast<const QTabBar *>(w)
        || qobject_cast<const QHeaderView *>(w) || w->inherits("QLineEditIconButton") || w->isHidden())
        return false;
    // Parts of a composite input (a combo box's line edit or popup, a spin box's editor).
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget())
        if (qobject_cast<const QComboBox *>(p) || qobject_cast<const QAbstractSpinBox *>(p)
            || qobject_cast<const QAbstractItemView *>(p) || qobject_cast<const QTabBar *>(p))
            return false;
    if (w->inherits("QComboBoxPrivateContainer") || w->windowType() == Qt::Popup)
        return false;
    return qobject_cast<const QLineEdit *>(w) || qobject_cast<const QPlainTextEdit *>(w)
        || qobject_cast<const QTextEdit *>(w) || qobject_cast<const QComboBox *>(w)
        || qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QAbstractSlider *>(w)
        || qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QAbstractItemView *>(w);
}

// The letter after a single '&' ("&&" is a literal ampersand), lower-cased; null if none.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

QString describe(const QWidget *w)
{
    return QStringLiteral("%1 \"%2\" (parent %3)")
        .arg(QLatin1String(w->metaObject()->className()), w->objectName(),
             w->parentWidget() ? w->parentWidget()->objectName() : QString());
}

// WCAG relative luminance and contrast ratio.
double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}
double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));
    p.setColor(QPalette::Dark, QColor(0x20, 0x20, 0x20));
    p.setColor(QPalette::Light, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}
} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    KnowledgeBase m_kb;
    std::unique_ptr<MainWindow> m_window;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const KbLoader::Result loaded = KbLoader::loadDefault({});
        QVERIFY(loaded.ok());
        m_kb = loaded.kb;
        m_window = std::make_unique<MainWindow>(m_kb, nullptr, m_dir.filePath(QStringLiteral("autosave.yaml")));
        m_window->setRestorePrompt([](MainWindow *, const QString &) { return false; });
        m_window->setSaveChangesPrompt([](MainWindow *) { return MainWindow::SaveChoice::Discard; });
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        // Answers fill the results, so their views hold rows and charts.
        QVERIFY(m_window->openFile(SourceDir + QStringLiteral("/resources/examples/realtime-react-team.yaml")));
        // Pages may build their contents when first entered: visit each once.
        StackwiseWizard *wizard = m_window->wizard();
        for (int id : wizard->pageOrder())
            wizard->goToPage(id);
        wizard->goToPage(StackwiseWizard::Page_Welcome);
    }

    void cleanupTestCase()
    {
        m_window.reset();
    }

    void everyInputHasAnAccessibleNameAndDescription()
    {
        QStringList missing;
        int inputs = 0;
        for (QWidget *w : m_window->findChildren<QWidget *>()) {
            if (!isInput(w))
                continue;
            ++inputs;
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
            QVERIFY(iface);
            if (iface->text(QAccessible::Name).trimmed().isEmpty())
                missing << QStringLiteral("no name: ") + describe(w);
            if (iface->text(QAccessible::Description).trimmed().isEmpty())
                missing << QStringLiteral("no description: ") + describe(w);
        }
        QVERIFY(inputs > 50); // every page's inputs, not an empty window
        for (const QString &line : std::as_const(missing))
            qWarning("%s", qPrintable(line));
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 inputs lack a name or description").arg(missing.size())));
    }

    void welcomeFormTabOrderFollowsReading()
    {
        m_window->wizard()->goToPage(StackwiseWizard::Page_Welcome);
        const QStringList expected = {QStringLiteral("project_name"), QStringLiteral("project_author"),
                                      QStringLiteral("project_notes"), QStringLiteral("open_file_button"),
                                      QStringLiteral("open_group_button")};
        QWidget *first = m_window->findChild<QWidget *>(expected.first());
        QVERIFY(first);
        first->setFocus(Qt::TabFocusReason);
        QStringList seen;
        QWidget *w = first;
        for (int i = 0; i < 40 && seen.size() < expected.size(); ++i) {
            if (expected.contains(w->objectName()) && !seen.contains(w->objectName()))
                seen << w->objectName();
            w = w->nextInFocusChain();
        }
        QCOMPARE(seen, expected);
    }

    // Alt+letter must do one thing on each screen: two visible mnemonics with the same letter
    // make Qt only cycle the focus between them (Alt+N on "Project &name" and "&Next >" never
    // pressed Next). Checked on every page and every results tab, in every language, with the
    // menu bar and the wizard's buttons, which are always there.
    void mnemonicsAreUniqueOnEveryScreen_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : AppLanguage::supported())
            QTest::newRow(qPrintable(language)) << language;
    }

    void mnemonicsAreUniqueOnEveryScreen()
    {
        QFETCH(QString, language);
        QVERIFY(AppLanguage::install(language));
        const auto restore = qScopeGuard([] { AppLanguage::install(QStringLiteral("en")); });
        // The texts are set when widgets are built: a new window in the new language.
        MainWindow window(m_kb, nullptr, m_dir.filePath(QStringLiteral("autosave-%1.yaml").arg(language)));
        window.setRestorePrompt([](MainWindow *, const QString &) { return false; });
        window.setSaveChangesPrompt([](MainWindow *) { return MainWindow::SaveChoice::Discard; });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(SourceDir + QStringLiteral("/resources/examples/realtime-react-team.yaml")));
        StackwiseWizard *wizard = window.wizard();
        QStringList clashes;
        int screens = 0;
        auto check = [&](const QString &screen) {
            ++screens;
            QMap<QChar, QStringList> owners;
            auto add = [&](const QString &text) {
                const QChar key = mnemonicOf(text);
                if (!key.isNull())
                    owners[key].append(text);
            };
            for (QAction *a : window.menuBar()->actions())
                add(a->text());
            for (QWidget *w : window.findChildren<QWidget *>()) {
                if (!w->isVisible())
                    continue;
                if (auto *button = qobject_cast<QAbstractButton *>(w); button && button->isEnabled())
                    add(button->text());
                else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy() && label->buddy()->isEnabled())
                    add(label->text());
                else if (auto *tabs = qobject_cast<QTabBar *>(w))
                    for (int i = 0; i < tabs->count(); ++i)
                        if (tabs->isTabVisible(i) && tabs->isTabEnabled(i))
                            add(tabs->tabText(i));
            }
            for (auto it = owners.cbegin(); it != owners.cend(); ++it)
                if (it->size() > 1)
                    clashes << QStringLiteral("%1, Alt+%2: %3").arg(screen, it.key(), it->join(QStringLiteral(" | ")));
        };
        for (int id : wizard->pageOrder()) {
            wizard->goToPage(id);
            QApplication::processEvents();
            if (id != StackwiseWizard::Page_Results) {
                check(wizard->pageKey(id));
                continue;
            }
            auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("resultsTabs"));
            QVERIFY(tabs);
            for (int i = 0; i < tabs->count(); ++i) {
                if (!tabs->isTabVisible(i))
                    continue;
                tabs->setCurrentIndex(i);
                QApplication::processEvents();
                check(QStringLiteral("results/") + tabs->tabText(i));
            }
        }
        QVERIFY(screens >= 12);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    }

    void everyMenuActionHasAKeyboardPath()
    {
        // Menus open with Alt+mnemonic; an item is reachable by its own mnemonic or a shortcut.
        for (QAction *menuAction : m_window->menuBar()->actions()) {
            QVERIFY2(menuAction->text().contains(QLatin1Char('&')), qPrintable(menuAction->text()));
            QMenu *menu = menuAction->menu();
            QVERIFY(menu);
            for (QAction *a : menu->actions()) {
                if (a->isSeparator())
                    continue;
                QVERIFY2(a->text().contains(QLatin1Char('&')) || !a->shortcut().isEmpty(),
                         qPrintable(a->text()));
            }
        }
        QVERIFY(m_window->findChild<QAction *>(QStringLiteral("action_preferences")));
    }

    void darkPaletteKeepsTextLegible()
    {
        const QPalette original = QApplication::palette();
        QApplication::setPalette(darkPalette());
        const QString shots = qEnvironmentVariable("STACKWISE_SCREENSHOT_DIR");
        StackwiseWizard *wizard = m_window->wizard();
        QStringList weak;
        for (int id : wizard->pageOrder()) {
            wizard->goToPage(id);
            QCoreApplication::processEvents();
            const QPixmap grab = m_window->grab();
            QVERIFY(!grab.isNull());
            if (!shots.isEmpty()) {
                QDir().mkpath(shots);
                grab.save(QDir(shots).filePath(QStringLiteral("dark-%1.png").arg(wizard->pageKey(id))));
            }
            for (const QLabel *label : wizard->page(id)->findChildren<QLabel *>()) {
                // Disabled text (questions of a pinned area) is exempt, as in WCAG 1.4.3.
                if (!label->isVisible() || !label->isEnabled() || label->text().isEmpty() || label->styleSheet().contains(QLatin1String("color")))
                    continue;
                const QPalette &p = label->palette();
                const QColor fg = p.color(label->foregroundRole());
                const QColor bg = p.color(label->backgroundRole());
                if (contrast(fg, bg) < 4.5)
                    weak << QStringLiteral("%1 (%2): %3 on %4").arg(label->text().left(40), label->objectName(),
                                                                    fg.name(), bg.name());
            }
        }
        QApplication::setPalette(original);
        QVERIFY2(weak.isEmpty(), qPrintable(weak.join(QLatin1Char('\n'))));
    }

    void windowIconIsScalable()
    {
        // The window's SVG icon renders crisply at any size and device pixel ratio, without
        // Qt's icon-engine plugin: drawn, not blank, and the same picture as the plugin draws.
        const QIcon icon(new SvgIconEngine(QStringLiteral(":/icons/stackwise.svg")));
        QVERIFY(!icon.isNull());
        const QPixmap big = icon.pixmap(QSize(64, 64), 2.0);
        QCOMPARE(big.deviceIndependentSize().toSize(), QSize(64, 64));
        QCOMPARE(big.size(), QSize(128, 128));
        const QImage image = big.toImage().convertToFormat(QImage::Format_ARGB32);
        int opaque = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                opaque += qAlpha(image.pixel(x, y)) == 255;
        QVERIFY2(opaque > image.width() * image.height() / 4, qPrintable(QString::number(opaque)));
        const QImage plugin = QIcon(QStringLiteral(":/icons/stackwise.svg")).pixmap(QSize(128, 128)).toImage()
                                  .convertToFormat(QImage::Format_ARGB32);
        QCOMPARE(icon.pixmap(QSize(128, 128)).toImage().convertToFormat(QImage::Format_ARGB32), plugin);
        QVERIFY(!icon.pixmap(QSize(16, 16), QIcon::Disabled).isNull());
        QVERIFY(QIcon(new SvgIconEngine(QStringLiteral(":/icons/missing.svg"))).isNull());
    }

    // The window icon is set right after the first frame (MainWindow::loadIcons), not before:
    // once the window has painted, every window of the application carries it.
    void windowIconArrivesAfterTheFirstFrame()
    {
        QApplication::setWindowIcon(QIcon());
        const KbLoader::Result kb = KbLoader::loadDefault();
        QVERIFY(kb.ok());
        QTemporaryDir dir;
        MainWindow window(kb.kb, nullptr, dir.filePath(QStringLiteral("autosave.stackwise.yaml")));
        QVERIFY(QApplication::windowIcon().isNull());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(!QApplication::windowIcon().isNull());
        QVERIFY(!window.windowIcon().pixmap(QSize(32, 32)).isNull());
    }

    // The actions' themed icons are looked up when a menu first opens, not at start; then every
    // menu's actions have them, the File menu's and the Edit menu's alike.
    void menuIconsArriveWhenAMenuFirstOpens()
    {
        QTemporaryDir themes;
        QVERIFY(themes.isValid());
        const QString theme = themes.filePath(QStringLiteral("probe"));
        QVERIFY(QDir().mkpath(theme + QStringLiteral("/16x16/actions")));
        QFile index(theme + QStringLiteral("/index.theme"));
        QVERIFY(index.open(QIODevice::WriteOnly));
        index.write("[Icon Theme]\nName=probe\nDirectories=16x16/actions\n\n"
                    "[16x16/actions]\nSize=16\nType=Fixed\n");
        index.close();
        QImage image(16, 16, QImage::Format_ARGB32);
        image.fill(Qt::darkGreen);
        for (const char *name : {"document-new", "preferences-system"})
            QVERIFY(image.save(theme + QStringLiteral("/16x16/actions/%1.png").arg(QLatin1String(name))));
        const QStringList paths = QIcon::themeSearchPaths();
        const QString name = QIcon::themeName();
        const auto restore = qScopeGuard([&] {
            QIcon::setThemeSearchPaths(paths);
            QIcon::setThemeName(name);
        });
        QIcon::setThemeSearchPaths({themes.path()});
        QIcon::setThemeName(QStringLiteral("probe"));

        const KbLoader::Result kb = KbLoader::loadDefault();
        QVERIFY(kb.ok());
        QTemporaryDir dir;
        MainWindow window(kb.kb, nullptr, dir.filePath(QStringLiteral("autosave.stackwise.yaml")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *newAction = window.findChild<QAction *>(QStringLiteral("action_new"));
        auto *preferences = window.findChild<QAction *>(QStringLiteral("action_preferences"));
        QVERIFY(newAction && preferences);
        QTest::qWait(50); // the window icon's turn after the first frame has come and gone
        QVERIFY(newAction->icon().isNull());
        QVERIFY(preferences->icon().isNull());

        QMenu *file = window.menuBar()->actions().constFirst()->menu();
        QVERIFY(file);
        file->popup(window.mapToGlobal(QPoint(0, 0)));
        QTRY_VERIFY(file->isVisible());
        file->close();
        QVERIFY(!newAction->icon().isNull());
        QVERIFY(!preferences->icon().isNull());
        QCOMPARE(newAction->icon().name(), QStringLiteral("document-new"));
    }
};

QTEST_MAIN(TestAccessibility)
#include "test_accessibility.moc"
