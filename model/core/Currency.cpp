// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "Currency.h"

namespace {
QDate &overrideDate()
{
    static QDate date;
    return date;
}
} // namespace

QDate Currency::today()
{
    if (overrideDate().isValid())
        return overrideDate();
    const QDate fixed = QDate::fromString(qEnvironmentVariable("STACKWISE_TODAY"), Qt::ISODate);
    return fixed.isValid() ? fixed : QDate::currentDate();
}

void Currency::setToday(const QDate &date)
{
    overrideDate() = date;
}

QDate Currency::parse(const QString &date)
{
    if (date.size() == 7)
        return QDate::fromString(date + QStringLiteral("-01"), Qt::ISODate);
    return date.size() == 10 ? QDate::fromString(date, Qt::ISODate) : QDate();
}

bool Currency::isStale(const QString &asOf, const QDate &today)
{
    const QDate date = parse(asOf);
    return date.isValid() && date < today.addMonths(-StaleMonths);
}

bool Currency::isOldKnowledgeBase(const QString &kbDate, const QDate &today)
{
    const QDate date = parse(kbDate);
    return date.isValid() && date < today.addMonths(-OldKbMonths);
}
