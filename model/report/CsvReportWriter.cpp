// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "CsvReportWriter.h"

#include "ReportDocument.h"

#include <QLocale>

QString CsvReportWriter::neutralise(const QString &value)
{
    if (!value.isEmpty()) {
        const QChar first = value.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
            return QLatin1Char('\'') + value;
    }
    return value;
}

QString CsvReportWriter::field(const QString &value)
{
    const QString safe = neutralise(value);
    if (safe.contains(QLatin1Char(',')) || safe.contains(QLatin1Char('"')) || safe.contains(QLatin1Char('\n'))
        || safe.contains(QLatin1Char('\r'))) {
        QString quoted = safe;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + quoted + QLatin1Char('"');
    }
    return safe;
}

QString CsvReportWriter::row(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields)
        out << field(f);
    return out.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QString CsvReportWriter::toCsv(const ReportDocument &document)
{
    // Numbers are data here, not prose: the C locale, whatever the report language.
    const QLocale c = QLocale::c();
    auto number = [&c](double v) {
        QString s = c.toString(v, 'f', 2);
        // 82.40 -> 82.4, 9.00 -> 9: shortest exact form of a two-decimal value.
        if (s.contains(QLatin1Char('.'))) {
            while (s.endsWith(QLatin1Char('0')))
                s.chop(1);
            if (s.endsWith(QLatin1Char('.')))
                s.chop(1);
        }
        return s;
    };

    QStringList header = {QStringLiteral("area"), QStringLiteral("rank"), QStringLiteral("id"),
                          QStringLiteral("name"), QStringLiteral("score"), QStringLiteral("in_recommended_stack"),
                          QStringLiteral("departure"), QStringLiteral("source"), QStringLiteral("as_of")};
    for (const ReportDocument::LabelValue &c : document.allCriteria)
        header << c.label;
    // Then the weights the scores used: each criterion's importance in the row's area (0..10,
    // empty where the area does not rate it) and, with pairwise judgments, each compared
    // criterion's AHP weight (the same on every row).
    for (const ReportDocument::LabelValue &c : document.allCriteria)
        header << QStringLiteral("importance_") + c.label;
    for (auto it = document.pairwiseWeightById.constBegin(); it != document.pairwiseWeightById.constEnd(); ++it)
        header << QStringLiteral("pairwise_weight_") + it.key();
    QString out = row(header);
    for (const ReportDocument::AreaSection &area : document.areas) {
        for (const ReportDocument::RankingRow &r : area.ranking) {
            QStringList fields = {area.id, QString::number(r.rank), r.id, r.name, number(r.score),
                                  r.recommended ? QStringLiteral("yes") : QStringLiteral("no"), r.departure,
                                  r.sources.join(QLatin1Char(' ')), r.oldestAsOf};
            for (const ReportDocument::LabelValue &c : document.allCriteria) {
                const auto it = r.ratings.constFind(c.label);
                fields << (it == r.ratings.constEnd() ? QString() : number(*it));
            }
            for (const ReportDocument::LabelValue &c : document.allCriteria) {
                const auto it = area.result.importance.constFind(c.label);
                fields << (it == area.result.importance.constEnd() ? QString() : number(*it));
            }
            for (double weight : document.pairwiseWeightById)
                fields << QLocale::c().toString(weight, 'f', 4);
            out += row(fields);
        }
    }
    return out;
}
