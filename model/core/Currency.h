// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QString>

// How current the knowledge base's facts are. Facts go stale fast in this field: a rating that
// holds "as of" a date more than StaleMonths before today is flagged wherever it is read, and a
// built-in knowledge base more than OldKbMonths old says so once.
class Currency
{
public:
    static constexpr int StaleMonths = 24;
    static constexpr int OldKbMonths = 12;

    // Today, or the date in STACKWISE_TODAY (YYYY-MM-DD), so that tests and reproducible
    // reports can fix it; setToday() overrides both (tests).
    static QDate today();
    static void setToday(const QDate &date);

    // A YYYY-MM-DD or YYYY-MM date (a month counts from its first day); invalid otherwise.
    static QDate parse(const QString &date);
    // True when `asOf` is a valid date more than StaleMonths before `today`.
    static bool isStale(const QString &asOf, const QDate &today);
    // True when the built-in knowledge base dated `kbDate` is more than OldKbMonths old.
    static bool isOldKnowledgeBase(const QString &kbDate, const QDate &today);
};
