// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
// Preferences (issue 6): stored in QSettings, shown and edited by PreferencesDialog, and used by
// their readers — the autosave switch by AutosaveManager, the page size by printing and export.
#include "AutosaveManager.h"
#include "DecisionSession.h"
#include "PdfReportWriter.h"
#include "Preferences.h"
#include "PreferencesDialog.h"
#include "WizardTestKb.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestPreferences : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        QSettings().clear();
    }

    void defaultsWithNothingStored()
    {
        const Preferences p = Preferences::load();
        QVERIFY(p.language.isEmpty());
        QCOMPARE(p.exportFormat, QStringLiteral("pdf"));
        QVERIFY(p.exportFolder.isEmpty());
        QVERIFY(p.pageSize.isEmpty());
        QVERIFY(p.autosave);
        QVERIFY(p.effectivePageSize().isEquivalentTo(PdfReportWriter::defaultPageSize()));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("pageSize");
        QTest::addColumn<bool>("autosave");
        QTest::newRow("German, Markdown, A4, no autosave")
            << QStringLiteral("de") << QStringLiteral("md") << QStringLiteral("/tmp/reports") << QStringLiteral("A4") << false;
        QTest::newRow("French, HTML, Letter, autosave")
            << QStringLiteral("fr") << QStringLiteral("html") << QString() << QStringLiteral("Letter") << true;
        QTest::newRow("system language, CSV, automatic size")
            << QString() << QStringLiteral("csv") << QString() << QString() << true;
    }

    void roundTrip()
    {
        QFETCH(QString, language);
        QFETCH(QString, format);
        QFETCH(QString, folder);
        QFETCH(QString, pageSize);
        QFETCH(bool, autosave);
        Preferences p;
        p.language = language;
        p.exportFormat = format;
        p.exportFolder = folder;
        p.pageSize = pageSize;
        p.autosave = autosave;
        p.save();
        QCOMPARE(Preferences::load(), p);

        // The dialog shows exactly what it is given and hands back the same when left alone.
        PreferencesDialog dialog(p);
        QCOMPARE(dialog.preferences(), p);
        if (!pageSize.isEmpty())
            QVERIFY(p.effectivePageSize().isEquivalentTo(PdfReportWriter::pageSizeFromName(pageSize)));
    }

    void unknownStoredValuesFallBack_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("unsupported language") << QStringLiteral("preferences/language") << QStringLiteral("xx");
        QTest::newRow("unknown format") << QStringLiteral("preferences/exportFormat") << QStringLiteral("docx");
        QTest::newRow("unknown page size") << QStringLiteral("preferences/pageSize") << QStringLiteral("A3");
    }

    void unknownStoredValuesFallBack()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QSettings().setValue(key, value);
        const Preferences p = Preferences::load();
        QVERIFY(p.language.isEmpty());
        QCOMPARE(p.exportFormat, QStringLiteral("pdf"));
        QVERIFY(p.pageSize.isEmpty());
    }

    void dialogEditsEveryChoice()
    {
        PreferencesDialog dialog(Preferences::load());
        auto *language = dialog.findChild<QComboBox *>(QStringLiteral("preferences_language"));
        auto *format = dialog.findChild<QComboBox *>(QStringLiteral("preferences_format"));
        auto *folder = dialog.findChild<QLineEdit *>(QStringLiteral("preferences_folder"));
        auto *pageSize = dialog.findChild<QComboBox *>(QStringLiteral("preferences_page_size"));
        auto *autosave = dialog.findChild<QCheckBox *>(QStringLiteral("preferences_autosave"));
        QVERIFY(language && format && folder && pageSize && autosave);
        // Every input can be told apart by a screen reader.
        for (const QWidget *w : std::initializer_list<const QWidget *>{language, format, folder, pageSize, autosave})
            QVERIFY2(!w->accessibleName().isEmpty() || !w->accessibleDescription().isEmpty(), qPrintable(w->objectName()));
        // The language note says when a change applies.
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("preferences_language_note")));

        language->setCurrentIndex(language->findData(QStringLiteral("fr")));
        format->setCurrentIndex(format->findData(QStringLiteral("json")));
        folder->setText(QStringLiteral("/srv/decisions"));
        pageSize->setCurrentIndex(pageSize->findData(QStringLiteral("Letter")));
        autosave->setChecked(false);
        const Preferences p = dialog.preferences();
        QCOMPARE(p.language, QStringLiteral("fr"));
        QCOMPARE(p.exportFormat, QStringLiteral("json"));
        QCOMPARE(p.exportFolder, QStringLiteral("/srv/decisions"));
        QCOMPARE(p.pageSize, QStringLiteral("Letter"));
        QVERIFY(!p.autosave);
    }

    void autosaveOffWritesNothing_data()
    {
        QTest::addColumn<bool>("enabled");
        QTest::newRow("autosave on writes a copy") << true;
        QTest::newRow("autosave off writes none") << false;
    }

    void autosaveOffWritesNothing()
    {
        QFETCH(bool, enabled);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("autosave.yaml"));
        DecisionSession session(WizardTestKb::make());
        AutosaveManager autosave(&session, path);
        autosave.setEnabled(enabled);
        QCOMPARE(autosave.isEnabled(), enabled);
        session.setProject({QStringLiteral("Preferences test"), {}, {}});
        session.setModified(true);
        autosave.flush();
        QTest::qWait(AutosaveManager::DebounceMs * 2);
        QCOMPARE(QFile::exists(path), enabled);
    }
};

QTEST_MAIN(TestPreferences)
#include "test_preferences.moc"
