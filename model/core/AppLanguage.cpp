// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "AppLanguage.h"

#include "LocalizedText.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace {
struct Installed
{
    QString language = QStringLiteral("en");
    QList<QPointer<QTranslator>> translators;
};

Installed &installed()
{
    static Installed state;
    return state;
}

QLocale::Language qtLanguage(const QString &language)
{
    if (language == QLatin1String("de"))
        return QLocale::German;
    if (language == QLatin1String("fr"))
        return QLocale::French;
    return QLocale::English;
}
} // namespace

QStringList AppLanguage::supported()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

bool AppLanguage::isSupported(const QString &language)
{
    return supported().contains(language);
}

QString AppLanguage::fromLocale(const QLocale &locale)
{
    switch (locale.language()) {
    case QLocale::German:
        return QStringLiteral("de");
    case QLocale::French:
        return QStringLiteral("fr");
    default:
        return QStringLiteral("en");
    }
}

QString AppLanguage::catalogPath(const QString &language)
{
    return QStringLiteral(":/i18n/stackwise_%1.qm").arg(language);
}

QLocale AppLanguage::localeFor(const QString &language)
{
    const QLocale system = QLocale::system();
    if (system.language() == qtLanguage(language))
        return system;
    return QLocale(qtLanguage(language));
}

bool AppLanguage::install(const QString &language)
{
    const QString wanted = language.isEmpty() ? systemLanguage() : language;
    if (!isSupported(wanted))
        return false;

    Installed &state = installed();
    for (const QPointer<QTranslator> &translator : std::as_const(state.translators)) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    state.translators.clear();

    // English is the source language: its catalogue only gives plural forms, and Qt's own
    // strings need no translation.
    if (wanted == QLatin1String("en") && QCoreApplication::instance()) {
        auto *plurals = new QTranslator(QCoreApplication::instance());
        if (plurals->load(catalogPath(wanted)) && QCoreApplication::installTranslator(plurals))
            state.translators.append(plurals);
        else
            delete plurals;
    } else if (QCoreApplication::instance()) {
        const QLocale locale(qtLanguage(wanted));
        auto load = [&state](QTranslator *translator, bool loaded) {
            if (loaded && QCoreApplication::installTranslator(translator)) {
                state.translators.append(translator);
                return;
            }
            delete translator;
        };
        auto *ours = new QTranslator(QCoreApplication::instance());
        load(ours, ours->load(catalogPath(wanted)));
        // Qt's own strings (dialog buttons, QWizard's Next/Back, file dialogs), when installed.
        auto *qt = new QTranslator(QCoreApplication::instance());
        load(qt, qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    }

    LocalizedText::setDefaultLanguage(wanted);
    QLocale::setDefault(localeFor(wanted));
    state.language = wanted;
    return true;
}

QString AppLanguage::current()
{
    return installed().language;
}
