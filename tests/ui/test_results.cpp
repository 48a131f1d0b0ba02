// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
// The Results page and its models: what-if, comparison (sort/filter), side by side, breakdown,
// stacks, sensitivity and group views, on a small knowledge base built here.
#include "BreakdownModel.h"
#include "BreakdownView.h"
#include "ComparisonTableModel.h"
#include "ComparisonView.h"
#include "DecisionSession.h"
#include "DisagreementModel.h"
#include "RankingModel.h"
#include "ResultsPage.h"
#include "StarterDialog.h"
#include "SensitivityView.h"
#include "SideBySideModel.h"
#include "SideBySideView.h"
#include "StackTableModel.h"
#include "WhatIfPanel.h"

#include "AnswersFile.h"
#include "KbLoader.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QStyle>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QTabWidget>
#include <QFont>
#include <QTest>

#include <algorithm>
#include <memory>

namespace {
LocalizedText t(const char *text)
{
    return LocalizedText(QString::fromUtf8(text));
}

Candidate candidate(const char *id, const char *area, const char *name,
                    const QList<std::pair<const char *, double>> &ratings)
{
    Candidate c;
    c.id = QString::fromUtf8(id);
    c.area = QString::fromUtf8(area);
    c.name = t(name);
    c.summary = t("A summary.");
    c.pros = {t("Fast to start.")};
    c.cons = {t("Small community."), t("Few jobs.")};
    for (const auto &[criterion, score] : ratings) {
        Rating rating;
        rating.score = score;
        rating.why = LocalizedText(QStringLiteral("%1 rates %2 on %3").arg(c.id).arg(score).arg(QString::fromUtf8(criterion)));
        c.ratings.insert(QString::fromUtf8(criterion), rating);
    }
    return c;
}

Area area(const char *id, const char *name, int order)
{
    Area a;
    a.id = QString::fromUtf8(id);
    a.name = t(name);
    a.order = order;
    return a;
}

Criterion criterion(const char *id, const char *name, double baseline)
{
    Criterion c;
    c.id = QString::fromUtf8(id);
    c.name = t(name);
    c.description = t("What it measures.");
    c.areas = {QStringLiteral("frontend"), QStringLiteral("backend")};
    c.baseline = baseline;
    return c;
}

Option option(const char *id, const char *label, Effect::Kind kind, const char *target, double amount,
              const char *why)
{
    Option o;
    o.id = QString::fromUtf8(id);
    o.label = t(label);
    Effect e;
    e.kind = kind;
    e.target = QString::fromUtf8(target);
    e.amount = amount;
    e.why = t(why);
    o.effects = {e};
    return o;
}

// Two areas. In the frontend, Alpha is fast and Beta has the larger ecosystem; with the baselines
// ecosystem weighs more, so Beta leads, and raising "speed" far enough hands the lead to Alpha.
KnowledgeBase smallKb()
{
    KnowledgeBase kb;
    kb.meta = {QStringLiteral("test"), QStringLiteral("2026-01-01")};
    kb.areas = {area("frontend", "Frontend", 1), area("backend", "Backend", 2)};
    kb.criteria = {criterion("speed", "Speed", 4.0), criterion("ecosystem", "Ecosystem", 7.0),
                   criterion("docs", "Documentation", 5.0)};
    kb.candidates = {candidate("alpha", "frontend", "Alpha", {{"speed", 9}, {"ecosystem", 3}, {"docs", 6}}),
                     candidate("beta", "frontend", "Beta", {{"speed", 3}, {"ecosystem", 9}, {"docs", 6}}),
                     candidate("gamma", "frontend", "Gamma", {{"speed", 5}, {"ecosystem", 5}, {"docs", 4}}),
                     candidate("node", "backend", "Node", {{"speed", 6}, {"ecosystem", 8}, {"docs", 7}}),
                     candidate("django", "backend", "Django", {{"speed", 5}, {"ecosystem", 7}, {"docs", 9}})};
    Question q;
    q.id = QStringLiteral("perf");
    q.page = QStringLiteral("team");
    q.text = t("How much does raw speed matter?");
    q.options = {option("much", "A lot", Effect::Kind::Importance, "speed", 3.0, "Speed matters."),
                 option("little", "Hardly", Effect::Kind::Nudge, "django", 5.0, "Calm pace suits Django.")};
    kb.questions = {q};
    Synergy synergy;
    synergy.a = QStringLiteral("alpha");
    synergy.b = QStringLiteral("node");
    synergy.points = 3.0;
    synergy.why = t("Alpha and Node share tooling.");
    kb.synergies = {synergy};
    Constraint c;
    c.id = QStringLiteral("beta_not_django");
    c.when = QStringLiteral("beta");
    c.kind = Constraint::Kind::Forbids;
    c.area = QStringLiteral("backend");
    c.candidates = {QStringLiteral("django")};
    c.why = t("Beta cannot talk to Django.");
    kb.constraints = {c};
    kb.reindex();
    return kb;
}

QString leaderOf(const QAbstractItemModel &model)
{
    return model.data(model.index(0, RankingModel::CandidateColumn), RankingModel::CandidateIdRole).toString();
}

double ratingOf(const KnowledgeBase &kb, const QString &candidate, const QString &criterion)
{
    return kb.candidate(candidate)->ratings.value(criterion).score;
}
} // namespace

class TestResults : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void everyModelPassesTheTester();
    void whatIfSliderChangesTheRanking();
    void rankingTablesBoldTheBestRowAndAlignNumbers_data();
    void rankingTablesBoldTheBestRowAndAlignNumbers();
    void resetReturnsToTheAnswers();
    void comparisonHasCandidateColumnsAndCriterionRows();
    void comparisonSortsColumnsByRow_data();
    void comparisonSortsColumnsByRow();
    void comparisonFiltersCriteriaByName_data();
    void comparisonFiltersCriteriaByName();
    void sideBySideHighlightsBestOfDifferingRows();
    void sideBySideComparesStacks();
    void breakdownSumsToTheScore_data();
    void breakdownSumsToTheScore();
    void stackTableHasAColumnPerArea();
    void pinConflictIsExplained();
    void groupTabShowsMembers();
    void resultsPageShowsRecommendedStack();
    void screenshots();

private:
    std::unique_ptr<DecisionSession> m_session;
};

void TestResults::init()
{
    m_session = std::make_unique<DecisionSession>(smallKb());
}

void TestResults::cleanup()
{
    m_session.reset();
}

void TestResults::everyModelPassesTheTester()
{
    RankingModel ranking(m_session.get(), QStringLiteral("frontend"));
    ComparisonTableModel comparison(m_session.get(), QStringLiteral("frontend"));
    StackTableModel stacks(m_session.get());
    SideBySideModel sideBySide(m_session.get());
    BreakdownModel breakdown(m_session.get());
    DisagreementModel disagreements(m_session.get());
    ComparisonView view(m_session.get());
    QList<QAbstractItemModel *> models{&ranking, &comparison, &stacks, &sideBySide, &breakdown,
                                       &disagreements, view.displayModel()};
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    for (QAbstractItemModel *m : models)
        testers.push_back(std::make_unique<QAbstractItemModelTester>(m, QAbstractItemModelTester::FailureReportingMode::QtTest));

    sideBySide.setCandidates(QStringLiteral("frontend"), {QStringLiteral("alpha"), QStringLiteral("beta")});
    breakdown.setCandidate(QStringLiteral("backend"), QStringLiteral("node"));
    view.sortByRow(1, Qt::AscendingOrder);
    view.setFilterText(QStringLiteral("spe"));
    m_session->setAnswer(QStringLiteral("perf"), {QStringLiteral("much")});
    m_session->setWeights({{QStringLiteral("docs"), 10.0}});
    sideBySide.setStacks({0, 1});
    comparison.setAreaId(QStringLiteral("backend"));
    ranking.setAreaId(QStringLiteral("backend"));
    m_session->setGroupMembers({{QStringLiteral("a.yaml"), Answers{}}, {QStringLiteral("b.yaml"), Answers{}}});
    QVERIFY(ranking.rowCount() > 0);
    QVERIFY(stacks.rowCount() > 0);
}

void TestResults::rankingTablesBoldTheBestRowAndAlignNumbers_data()
{
    QTest::addColumn<bool>("stacks");      // the best stacks table, else one area's ranking
    QTest::addColumn<QList<int>>("numeric"); // the columns that hold numbers
    QTest::newRow("area ranking") << false << QList<int>{RankingModel::RankColumn, RankingModel::ScoreColumn};
    QTest::newRow("best stacks") << true << QList<int>{0, -1}; // -1: the score column
}

void TestResults::rankingTablesBoldTheBestRowAndAlignNumbers()
{
    QFETCH(bool, stacks);
    QFETCH(QList<int>, numeric);
    RankingModel ranking(m_session.get(), QStringLiteral("frontend"));
    StackTableModel stackTable(m_session.get());
    QAbstractItemModel *model = stacks ? static_cast<QAbstractItemModel *>(&stackTable) : &ranking;
    if (stacks)
        numeric.replace(1, stackTable.scoreColumn());
    QVERIFY(model->rowCount() >= 2);
    for (int row = 0; row < 2; ++row)
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            const QVariant font = model->data(index, Qt::FontRole);
            QCOMPARE(font.isValid() && font.value<QFont>().bold(), row == 0);
            const QVariant align = model->data(index, Qt::TextAlignmentRole);
            QCOMPARE(align.isValid(), numeric.contains(column));
            if (align.isValid())
                QVERIFY(align.value<Qt::Alignment>() & Qt::AlignRight);
        }
}

void TestResults::whatIfSliderChangesTheRanking()
{
    WhatIfPanel panel(m_session.get());
    RankingModel ranking(m_session.get(), QStringLiteral("frontend"));
    QAbstractItemModelTester tester(&ranking, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const KnowledgeBase &kb = m_session->knowledgeBase();

    QSlider *speed = panel.findChild<QSlider *>(QStringLiteral("weight_speed"));
    QVERIFY(speed);
    QCOMPARE(speed->value(), qRound(m_session->evaluation().importance.value(QStringLiteral("speed"))));
    const QString before = leaderOf(ranking);
    // The leader before the change is the one with the better ecosystem, which weighs more.
    QVERIFY(ratingOf(kb, before, QStringLiteral("ecosystem")) > ratingOf(kb, before, QStringLiteral("speed")));

    speed->setFocus();
    speed->setValue(speed->maximum());
    QCOMPARE(m_session->answers().weights.value(QStringLiteral("speed")), double(speed->maximum()));
    const QString after = leaderOf(ranking);
    QVERIFY2(after != before, qPrintable(after));
    QVERIFY(ratingOf(kb, after, QStringLiteral("speed")) > ratingOf(kb, after, QStringLiteral("ecosystem")));
    QCOMPARE(after, m_session->evaluation().area(QStringLiteral("frontend"))->ranking.constFirst().candidate);
}

void TestResults::resetReturnsToTheAnswers()
{
    Answers answers;
    answers.answers.insert(QStringLiteral("perf"), {QStringLiteral("much")});
    m_session->setAnswers(answers);
    WhatIfPanel panel(m_session.get());
    QSlider *speed = panel.findChild<QSlider *>(QStringLiteral("weight_speed"));
    const int answered = speed->value();
    speed->setValue(0);
    QCOMPARE(speed->value(), 0);
    QVERIFY(m_session->answers().weights.contains(QStringLiteral("speed")));

    auto *reset = panel.findChild<QPushButton *>(QStringLiteral("resetWeights"));
    QVERIFY(reset);
    QTest::mouseClick(reset, Qt::LeftButton);
    QVERIFY(m_session->answers().weights.isEmpty());
    QCOMPARE(speed->value(), answered);
}

void TestResults::comparisonHasCandidateColumnsAndCriterionRows()
{
    ComparisonTableModel model(m_session.get(), QStringLiteral("frontend"));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const KnowledgeBase &kb = m_session->knowledgeBase();
    const auto criteria = kb.criteriaOf(QStringLiteral("frontend"));
    const AreaResult *area = m_session->evaluation().area(QStringLiteral("frontend"));

    QCOMPARE(model.columnCount(), int(kb.candidatesOf(QStringLiteral("frontend")).size()));
    QCOMPARE(model.rowCount(), int(criteria.size()) + 3);
    QCOMPARE(model.rowKind(0), ComparisonTableModel::ScoreRow);
    QCOMPARE(model.rowKind(model.rowCount() - 2), ComparisonTableModel::ProsRow);
    QCOMPARE(model.rowKind(model.rowCount() - 1), ComparisonTableModel::ConsRow);
    for (int column = 0; column < model.columnCount(); ++column) {
        // Columns follow the ranking and carry the candidate's name.
        const QString id = area->ranking.at(column).candidate;
        QCOMPARE(model.candidateAt(column), id);
        QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), kb.candidate(id)->name.text());
        QCOMPARE(model.data(model.index(0, column), ComparisonTableModel::SortRole).toDouble(),
                 area->ranking.at(column).score);
        for (int row = 1; row <= criteria.size(); ++row) {
            const Rating rating = kb.candidate(id)->ratings.value(criteria.at(row - 1)->id);
            QCOMPARE(model.criterionAt(row), criteria.at(row - 1)->id);
            QCOMPARE(model.data(model.index(row, column), ComparisonTableModel::SortRole).toDouble(), rating.score);
            QCOMPARE(model.data(model.index(row, column), Qt::ToolTipRole).toString(), rating.why.text());
        }
        const QString cons = model.data(model.index(model.rowCount() - 1, column)).toString();
        for (const LocalizedText &con : kb.candidate(id)->cons)
            QVERIFY(cons.contains(con.text()));
    }
}

void TestResults::comparisonSortsColumnsByRow_data()
{
    QTest::addColumn<QString>("criterion");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::newRow("speed, highest first") << QStringLiteral("speed") << Qt::DescendingOrder;
    QTest::newRow("speed, lowest first") << QStringLiteral("speed") << Qt::AscendingOrder;
    QTest::newRow("ecosystem, highest first") << QStringLiteral("ecosystem") << Qt::DescendingOrder;
    QTest::newRow("score, lowest first") << QString() << Qt::AscendingOrder;
}

void TestResults::comparisonSortsColumnsByRow()
{
    QFETCH(QString, criterion);
    QFETCH(Qt::SortOrder, order);
    ComparisonView view(m_session.get());
    view.setAreaId(QStringLiteral("frontend"));
    QAbstractItemModelTester tester(view.displayModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const ComparisonTableModel *source = view.sourceModel();
    int sourceRow = 0; // the score row, unless a criterion is named
    for (int row = 0; row < source->rowCount(); ++row)
        if (!criterion.isEmpty() && source->criterionAt(row) == criterion)
            sourceRow = row;
    view.sortByRow(sourceRow, order);

    const QAbstractItemModel *shown = view.displayModel();
    QCOMPARE(shown->columnCount(), source->columnCount());
    QCOMPARE(shown->rowCount(), source->rowCount());
    QList<double> values;
    for (int column = 0; column < shown->columnCount(); ++column)
        values.append(shown->data(shown->index(sourceRow, column), ComparisonTableModel::SortRole).toDouble());
    if (order == Qt::DescendingOrder)
        QVERIFY(std::is_sorted(values.crbegin(), values.crend()));
    else
        QVERIFY(std::is_sorted(values.cbegin(), values.cend()));
    // The values are not all equal, so the order is a real reordering.
    QVERIFY(values.constFirst() != values.constLast());

    // Sorting survives a re-evaluation.
    m_session->setWeights({{QStringLiteral("docs"), 9.0}});
    values.clear();
    for (int column = 0; column < shown->columnCount(); ++column)
        values.append(shown->data(shown->index(sourceRow, column), ComparisonTableModel::SortRole).toDouble());
    QVERIFY(order == Qt::DescendingOrder ? std::is_sorted(values.crbegin(), values.crend())
                                         : std::is_sorted(values.cbegin(), values.cend()));
}

void TestResults::comparisonFiltersCriteriaByName_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("criteria");
    QTest::newRow("empty keeps all") << QString()
                                     << QStringList{QStringLiteral("speed"), QStringLiteral("ecosystem"),
                                                    QStringLiteral("docs")};
    QTest::newRow("case-insensitive part") << QStringLiteral("ECO") << QStringList{QStringLiteral("ecosystem")};
    QTest::newRow("no match keeps score, pros, cons") << QStringLiteral("zzz") << QStringList{};
}

void TestResults::comparisonFiltersCriteriaByName()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, criteria);
    ComparisonView view(m_session.get());
    view.setAreaId(QStringLiteral("frontend"));
    view.setFilterText(filter);
    const QAbstractItemModel *shown = view.displayModel();
    QCOMPARE(shown->rowCount(), int(criteria.size()) + 3);
    QStringList shownCriteria;
    for (int row = 0; row < shown->rowCount(); ++row) {
        const QString id = shown->headerData(row, Qt::Vertical, ComparisonTableModel::CriterionIdRole).toString();
        if (!id.isEmpty())
            shownCriteria.append(id);
    }
    QCOMPARE(shownCriteria, criteria);
    QCOMPARE(shown->headerData(0, Qt::Vertical, ComparisonTableModel::RowKindRole).toInt(),
             int(ComparisonTableModel::ScoreRow));
}

void TestResults::sideBySideHighlightsBestOfDifferingRows()
{
    SideBySideView view(m_session.get());
    SideBySideModel *model = view.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QStringList picked{QStringLiteral("alpha"), QStringLiteral("beta")};
    view.compareCandidates(QStringLiteral("frontend"), picked);
    QCOMPARE(model->columnCount(), 2);
    const KnowledgeBase &kb = m_session->knowledgeBase();

    int numericRows = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QVariant v0 = model->data(model->index(row, 0), SideBySideModel::ValueRole);
        if (!v0.isValid())
            continue;
        ++numericRows;
        const double a = v0.toDouble();
        const double b = model->data(model->index(row, 1), SideBySideModel::ValueRole).toDouble();
        const bool best0 = model->data(model->index(row, 0), SideBySideModel::IsBestRole).toBool();
        const bool best1 = model->data(model->index(row, 1), SideBySideModel::IsBestRole).toBool();
        QCOMPARE(model->data(model->index(row, 0), SideBySideModel::DiffersRole).toBool(), a != b);
        QCOMPARE(best0, a > b);
        QCOMPARE(best1, b > a);
        // Highlighted cells are bold and tinted; the others are plain.
        QCOMPARE(model->data(model->index(row, 0), Qt::BackgroundRole).isValid(), best0);
        QCOMPARE(model->data(model->index(row, 1), Qt::FontRole).isValid(), best1);
    }
    // Score plus every criterion of the area.
    QCOMPARE(numericRows, 1 + int(kb.criteriaOf(QStringLiteral("frontend")).size()));

    // Equal documentation ratings (6 and 6): that row differs nowhere and highlights nothing.
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->headerData(row, Qt::Vertical).toString().startsWith(kb.criterion(QStringLiteral("docs"))->name.text())) {
            QVERIFY(!model->data(model->index(row, 0), SideBySideModel::DiffersRole).toBool());
            QVERIFY(!model->data(model->index(row, 0), SideBySideModel::IsBestRole).toBool());
            QVERIFY(!model->data(model->index(row, 1), SideBySideModel::IsBestRole).toBool());
        }
}

void TestResults::sideBySideComparesStacks()
{
    SideBySideView view(m_session.get());
    SideBySideModel *model = view.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Evaluation &evaluation = m_session->evaluation();
    QVERIFY(evaluation.stacks.size() >= 3);
    view.compareStacks({0, 2});
    QCOMPARE(model->mode(), SideBySideModel::Mode::Stacks);
    QCOMPARE(model->columnCount(), 2);
    // Row 0 is the stack score; the best stack holds the highest one, and is highlighted.
    QCOMPARE(model->data(model->index(0, 0), SideBySideModel::ValueRole).toDouble(), evaluation.stacks.at(0).score);
    QCOMPARE(model->data(model->index(0, 1), SideBySideModel::ValueRole).toDouble(), evaluation.stacks.at(2).score);
    QCOMPARE(model->data(model->index(0, 0), SideBySideModel::IsBestRole).toBool(),
             evaluation.stacks.at(0).score > evaluation.stacks.at(2).score);
    // One row per area, after the score.
    const QStringList areas = m_session->knowledgeBase().areaIds();
    for (int i = 0; i < areas.size(); ++i)
        QCOMPARE(model->headerData(1 + i, Qt::Vertical).toString(),
                 m_session->knowledgeBase().area(areas.at(i))->name.text());
}

void TestResults::breakdownSumsToTheScore_data()
{
    QTest::addColumn<QString>("area");
    QTest::addColumn<QString>("candidate");
    QTest::addColumn<bool>("nudged");
    const std::initializer_list<std::pair<const char *, const char *>> cases{
        {"frontend", "alpha"}, {"frontend", "gamma"}, {"backend", "node"}, {"backend", "django"}};
    for (const auto &[area, id] : cases) {
        QTest::addRow("%s without answers", id) << QString::fromUtf8(area) << QString::fromUtf8(id) << false;
        QTest::addRow("%s nudged by an answer", id) << QString::fromUtf8(area) << QString::fromUtf8(id) << true;
    }
}

void TestResults::breakdownSumsToTheScore()
{
    QFETCH(QString, area);
    QFETCH(QString, candidate);
    QFETCH(bool, nudged);
    if (nudged)
        m_session->setAnswer(QStringLiteral("perf"), {QStringLiteral("little")});
    BreakdownView view(m_session.get());
    BreakdownModel *model = view.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.showCandidate(area, candidate);
    QCOMPARE(model->candidateId(), candidate);
    QVERIFY(model->hasScore());
    QVERIFY(model->rowCount() >= int(m_session->knowledgeBase().criteriaOf(area).size()));

    double sum = 0;
    bool sawNudge = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        sum += model->data(model->index(row, BreakdownModel::PointsColumn), BreakdownModel::PointsRole).toDouble();
        sawNudge = sawNudge
            || model->data(model->index(row, 0), BreakdownModel::KindRole).toInt() == int(Contribution::Kind::Nudge);
        QVERIFY(!model->data(model->index(row, BreakdownModel::SourceColumn)).toString().isEmpty());
    }
    QVERIFY2(qAbs(sum - model->score()) < 0.01, qPrintable(QStringLiteral("%1 vs %2").arg(sum).arg(model->score())));
    const AreaResult *result = m_session->evaluation().area(area);
    const auto it = std::find_if(result->ranking.cbegin(), result->ranking.cend(),
                                 [&](const CandidateScore &cs) { return cs.candidate == candidate; });
    QCOMPARE(model->score(), it->score);
    QCOMPARE(sawNudge, nudged && candidate == QLatin1String("django"));
}

void TestResults::stackTableHasAColumnPerArea()
{
    StackTableModel model(m_session.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const KnowledgeBase &kb = m_session->knowledgeBase();
    const Evaluation &evaluation = m_session->evaluation();
    QCOMPARE(model.columnCount(), int(kb.areas.size()) + 3);
    QCOMPARE(model.rowCount(), int(evaluation.stacks.size()));
    for (const Area &area : kb.areas) {
        const int column = model.areaColumn(area.id);
        QVERIFY(column > 0);
        QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), area.name.text());
        QCOMPARE(model.data(model.index(0, column), StackTableModel::CandidateIdRole).toString(),
                 evaluation.stacks.at(0).choice.value(area.id));
    }
    QCOMPARE(model.data(model.index(0, model.scoreColumn()), StackTableModel::ScoreRole).toDouble(),
             evaluation.stacks.at(0).score);
    // The Alpha + Node synergy is listed wherever both are in the stack.
    for (int row = 0; row < model.rowCount(); ++row) {
        const StackResult &s = evaluation.stacks.at(row);
        const bool both = s.choice.value(QStringLiteral("frontend")) == QLatin1String("alpha")
            && s.choice.value(QStringLiteral("backend")) == QLatin1String("node");
        QCOMPARE(model.data(model.index(row, model.synergyColumn())).toString().contains(QLatin1String("Alpha")), both);
    }
}

void TestResults::pinConflictIsExplained()
{
    SensitivityView view(m_session.get());
    m_session->setPin(QStringLiteral("frontend"), QStringLiteral("beta"));
    m_session->setPin(QStringLiteral("backend"), QStringLiteral("django"));
    const Evaluation &evaluation = m_session->evaluation();
    QVERIFY(!evaluation.conflicts.isEmpty());
    const QString text = view.plainText();
    for (const PinConflict &conflict : evaluation.conflicts)
        QVERIFY2(text.contains(conflict.why), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("Beta cannot talk to Django.")));
    // The banner follows the evaluation's fragile flags, whatever they are.
    bool fragile = false;
    for (const AreaResult &a : evaluation.areas)
        fragile = fragile || a.fragile;
    QCOMPARE(view.isWarningShown(), fragile);
}

void TestResults::groupTabShowsMembers()
{
    ResultsPage page(m_session.get());
    QVERIFY(!page.tabs()->isTabVisible(ResultsPage::GroupTab));
    Answers alice, bob;
    alice.project.author = QStringLiteral("Alice");
    alice.answers.insert(QStringLiteral("perf"), {QStringLiteral("much")});
    bob.answers.insert(QStringLiteral("perf"), {QStringLiteral("little")});
    m_session->setGroupMembers({{QStringLiteral("alice.yaml"), alice}, {QStringLiteral("bob.yaml"), bob}});
    QVERIFY(page.tabs()->isTabVisible(ResultsPage::GroupTab));
    // A tab's views are built when it is first shown.
    QVERIFY(!page.findChild<DisagreementModel *>());
    page.show();
    page.tabs()->setCurrentIndex(ResultsPage::GroupTab);
    auto *model = page.findChild<DisagreementModel *>();
    QVERIFY(model);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const GroupInfo group = *m_session->evaluation().group;
    QCOMPARE(model->columnCount(), 1 + int(group.members.size()));
    QCOMPARE(model->rowCount(), int(group.disagreements.size()));
    QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), group.members.at(0).name);
}

void TestResults::resultsPageShowsRecommendedStack()
{
    ResultsPage page(m_session.get());
    page.resize(1280, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.tabs()->count(), 8);
    const KnowledgeBase &kb = m_session->knowledgeBase();
    auto expectBest = [&] {
        const StackResult &best = m_session->evaluation().stacks.constFirst();
        for (const QString &area : kb.areaIds())
            QVERIFY(page.headline().contains(kb.candidate(best.choice.value(area))->name.text()));
    };
    expectBest();
    m_session->setWeights({{QStringLiteral("speed"), 10.0}});
    expectBest();
    for (int i = 0; i < page.tabs()->count(); ++i) {
        page.tabs()->setCurrentIndex(i);
        QVERIFY(!page.tabs()->currentWidget()->grab().isNull());
    }
}

// Not a check: with STACKWISE_SHOT_DIR set, grabs the results page and each tab with the default
// knowledge base and an example answers file (STACKWISE_SHOT_ANSWERS: another one;
// STACKWISE_SHOT_DARK=1: with a dark palette), so
// people can look at them.
void TestResults::screenshots()
{
    const QString dir = qEnvironmentVariable("STACKWISE_SHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set STACKWISE_SHOT_DIR to write screenshots");
    const KbLoader::Result loaded = KbLoader::loadDirectories({KbLoader::builtinDir()});
    QVERIFY(loaded.ok());
    DecisionSession session(loaded.kb);
    Diagnostics diagnostics;
    // STACKWISE_SHOT_ANSWERS: another answers file to show.
    const QString answersPath = qEnvironmentVariableIsSet("STACKWISE_SHOT_ANSWERS")
        ? qEnvironmentVariable("STACKWISE_SHOT_ANSWERS")
        : QStringLiteral(":/examples/realtime-react-team.yaml");
    const auto answers = AnswersFile::load(answersPath, loaded.kb, &diagnostics);
    QVERIFY(answers);
    session.setAnswers(*answers);
    const bool dark = qEnvironmentVariableIntValue("STACKWISE_SHOT_DARK") == 1;
    if (dark) {
        QPalette palette;
        palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        palette.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
        palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        palette.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        palette.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
        palette.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
        palette.setColor(QPalette::HighlightedText, Qt::white);
        palette.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
        palette.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
        palette.setColor(QPalette::ToolTipText, QColor(0xe8, 0xe8, 0xe8));
        QApplication::setPalette(palette);
    }
    const QString suffix = dark ? QStringLiteral("-dark")
        : qEnvironmentVariableIsSet("QT_SCALE_FACTOR") ? QStringLiteral("-x%1").arg(qEnvironmentVariable("QT_SCALE_FACTOR"))
                                                      : QString();
    ResultsPage page(&session);
    page.resize(1280, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QDir().mkpath(dir);
    const QStringList names{QStringLiteral("overview"), QStringLiteral("rankings"), QStringLiteral("compare"),
                            QStringLiteral("sidebyside"), QStringLiteral("breakdown"), QStringLiteral("sensitivity"),
                            QStringLiteral("whatif"), QStringLiteral("group")};
    for (int i = 0; i < page.tabs()->count(); ++i) {
        if (!page.tabs()->isTabVisible(i))
            continue;
        page.tabs()->setCurrentIndex(i);
        QTest::qWait(20);
        QVERIFY(page.grab().save(QStringLiteral("%1/results-%2%3.png").arg(dir, names.at(i), suffix)));
    }
    // File > Starter Folder… for the same decision.
    StarterDialog starter(session.evaluation(), loaded.kb, {}, QStringLiteral("/home/lead/field-portal-starter"));
    starter.show();
    QVERIFY(QTest::qWaitForWindowExposed(&starter));
    QVERIFY(starter.grab().save(QStringLiteral("%1/starter-dialog%2.png").arg(dir, suffix)));
    QApplication::setPalette(QApplication::style()->standardPalette());
}

QTEST_MAIN(TestResults)
#include "test_results.moc"
