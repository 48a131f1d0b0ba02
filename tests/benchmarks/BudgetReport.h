// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QByteArray>
#include <QList>
#include <QSet>
#include <QTest>
#include <QtGlobal>

#include <algorithm>
#include <functional>

// QBENCHMARK prints its figure but hands it to nobody, so a benchmark that has a budget times
// the same call again (median of many runs, after one untimed run) and prints the figure beside
// its budget. It only reports: a timing is never a pass or a fail.
namespace BudgetReport {

// QTest runs a benchmark function again until its figure settles: true only on the first run of
// each function (and data row), so that each budget line prints once.
inline bool firstRun()
{
    static QSet<QByteArray> seen;
    QByteArray key = QTest::currentTestFunction();
    if (const char *tag = QTest::currentDataTag())
        key += '/' + QByteArray(tag);
    if (seen.contains(key))
        return false;
    seen.insert(key);
    return true;
}

inline double medianMs(const std::function<void()> &run, int runs)
{
    run();
    QList<double> times;
    times.reserve(runs);
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        run();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

inline const char *verdict(double value, double budget)
{
    return value <= budget ? "within budget" : "OVER BUDGET";
}

// "NAME: 0.52 ms; budget 16 ms: within budget"
inline void report(const char *name, double ms, double budgetMs)
{
    qInfo("%s: %.3f ms (median); budget %g ms: %s", name, ms, budgetMs, verdict(ms, budgetMs));
}

} // namespace BudgetReport
