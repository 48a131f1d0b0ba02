// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
// Issue 6: with German chosen, the wizard speaks German — our catalogue (:/i18n/stackwise_de.qm),
// Qt's own (QWizard's buttons) and the knowledge base. Expected texts are looked up in the
// installed catalogues, so the test follows the translators' wording instead of copying it.
#include "AppLanguage.h"
#include "KbLoader.h"
#include "LocalizedText.h"
#include "MainWindow.h"
#include "StackwiseWizard.h"

#include <QAbstractButton>
#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWizardPage>

#include <memory>

class TestLanguageUi : public QObject
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
        QVERIFY(AppLanguage::install(QStringLiteral("de")));
        const KbLoader::Result loaded = KbLoader::loadDefault({});
        QVERIFY(loaded.ok());
        m_kb = loaded.kb;
        // Built after the switch, as main() does.
        m_window = std::make_unique<MainWindow>(m_kb, nullptr, m_dir.filePath(QStringLiteral("autosave.yaml")));
        m_window->setRestorePrompt([](MainWindow *, const QString &) { return false; });
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        AppLanguage::install(QStringLiteral("en"));
    }

    void everythingSwitchedToGerman()
    {
        QCOMPARE(AppLanguage::current(), QStringLiteral("de"));
        QCOMPARE(LocalizedText::defaultLanguage(), QStringLiteral("de"));
        QCOMPARE(QLocale().language(), QLocale::German);
    }

    void visibleTextIsTranslated_data()
    {
        QTest::addColumn<QString>("objectName");
        QTest::addColumn<QByteArray>("property");
        QTest::addColumn<QByteArray>("context");
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<QString>("argument"); // filled into %1 when not empty

        QTest::newRow("welcome page title") << QStringLiteral("page_welcome") << QByteArray("title")
                                            << QByteArray("WelcomePage") << QByteArray("Welcome to Stackwise") << QString();
        QTest::newRow("Open action") << QStringLiteral("action_open") << QByteArray("text")
                                     << QByteArray("MainWindow") << QByteArray("&Open…") << QString();
        QTest::newRow("Next button (Qt's catalogue)") << QStringLiteral("next_button") << QByteArray("text")
                                                      << QByteArray("QWizard") << QByteArray("&Next >") << QString();
        QTest::newRow("Back button (Qt's catalogue)") << QStringLiteral("back_button") << QByteArray("text")
                                                      << QByteArray("QWizard") << QByteArray("< &Back") << QString();
        QTest::newRow("New action") << QStringLiteral("action_new") << QByteArray("text")
                                    << QByteArray("MainWindow") << QByteArray("&New") << QString();
        QTest::newRow("Preferences action") << QStringLiteral("action_preferences") << QByteArray("text")
                                            << QByteArray("MainWindow") << QByteArray("&Preferences…") << QString();
        QTest::newRow("project name hint") << QStringLiteral("project_name_hint") << QByteArray("text")
                                           << QByteArray("WelcomePage") << QByteArray("Enter a project name to continue.")
                                           << QString();
    }

    void visibleTextIsTranslated()
    {
        QFETCH(QString, objectName);
        QFETCH(QByteArray, property);
        QFETCH(QByteArray, context);
        QFETCH(QByteArray, source);
        QFETCH(QString, argument);
        const QObject *object = m_window->findChild<QObject *>(objectName);
        QVERIFY2(object, qPrintable(objectName));
        QString expected = QCoreApplication::translate(context.constData(), source.constData());
        if (!argument.isEmpty())
            expected = expected.arg(argument);
        QVERIFY2(expected != QString::fromUtf8(source),
                 qPrintable(QStringLiteral("\"%1\" has no German translation").arg(QString::fromUtf8(source))));
        QCOMPARE(object->property(property.constData()).toString(), expected);
    }

    void progressSubtitleIsTranslated()
    {
        StackwiseWizard *wizard = m_window->wizard();
        const QList<int> order = wizard->pageOrder();
        const QString english = QStringLiteral("Step 1 of %1").arg(order.size());
        const QString expected = QCoreApplication::translate("StackwiseWizard", "Step %1 of %2").arg(1).arg(order.size());
        QVERIFY2(expected != english, "\"Step %1 of %2\" has no German translation");
        QCOMPARE(wizard->page(order.first())->subTitle(), expected);
    }

    void menusAreTranslated()
    {
        QStringList titles;
        for (QAction *menu : m_window->menuBar()->actions())
            titles << menu->text();
        for (const char *source : {"&File", "&Edit", "&View", "&Help"}) {
            const QString expected = QCoreApplication::translate("MainWindow", source);
            QVERIFY2(expected != QLatin1String(source), source);
            QVERIFY2(titles.contains(expected), qPrintable(titles.join(QLatin1Char(' '))));
        }
    }

    void knowledgeBaseTextsAreGerman()
    {
        StackwiseWizard *wizard = m_window->wizard();
        for (const Area &area : m_kb.areas) {
            const QString german = area.name.exact(QStringLiteral("de"));
            QVERIFY2(!german.isEmpty(), qPrintable(area.id));
            const int id = wizard->pageIdForKey(area.id);
            QCOMPARE(wizard->page(id)->title(), german);
        }
        // The team page shows its questions in German (entered first: pages may build lazily).
        wizard->goToPage(StackwiseWizard::Page_Team);
        const QWizardPage *team = wizard->page(StackwiseWizard::Page_Team);
        QStringList labels;
        for (const QLabel *label : team->findChildren<QLabel *>())
            labels << label->text();
        const QList<const Question *> questions = m_kb.questionsOnPage(QStringLiteral("team"));
        QVERIFY(!questions.isEmpty());
        for (const Question *question : questions) {
            const QString german = question->text.exact(QStringLiteral("de"));
            QVERIFY2(!german.isEmpty(), qPrintable(question->id));
            bool shown = false;
            for (const QString &label : std::as_const(labels))
                shown = shown || label.contains(german) || label.contains(german.toHtmlEscaped());
            QVERIFY2(shown, qPrintable(german));
        }
    }
};

QTEST_MAIN(TestLanguageUi)
#include "test_language_ui.moc"
