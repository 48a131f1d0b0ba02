// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
// "Compare what matters" (issue 15) driven through its widgets, found by objectName, on the
// built-in knowledge base: where the page sits, which pairs it offers, keyboard-only judgments
// and what they do to importance, the inline fix for contradictory judgments, judgments that
// leave a criterion unlinked, a group's combined judgments, and the German and French page.
#include "AppLanguage.h"
#include "DecisionSession.h"
#include "KbLoader.h"
#include "MainWindow.h"
#include "PairwisePage.h"
#include "StackwiseWizard.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>

#include <cmath>
#include <memory>

class TestPairwisePage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    KnowledgeBase m_kb;

    std::unique_ptr<MainWindow> openAtPairwise(const Answers &answers = {})
    {
        auto window = std::make_unique<MainWindow>(m_kb, nullptr, m_dir.filePath(QStringLiteral("autosave.yaml")));
        window->setSaveChangesPrompt([](MainWindow *) { return MainWindow::SaveChoice::Discard; });
        window->setRestorePrompt([](MainWindow *, const QString &) { return false; });
        window->resize(1000, 760);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qWarning("window not exposed");
        Answers a = answers;
        if (a.project.name.isEmpty())
            a.project.name = QStringLiteral("Portal");
        window->session()->setAnswers(a);
        window->wizard()->goToPage(StackwiseWizard::Page_Pairwise);
        return window;
    }
    static PairwisePage *page(MainWindow *window)
    {
        return qobject_cast<PairwisePage *>(window->wizard()->currentPage());
    }
    static QSlider *slider(MainWindow *window, const QString &a, const QString &b)
    {
        return window->findChild<QSlider *>(QStringLiteral("pairwise_%1_%2").arg(a, b));
    }
    static QString text(MainWindow *window, const QString &name)
    {
        auto *label = window->findChild<QLabel *>(name);
        return label ? label->text() : QString();
    }
    static bool shown(MainWindow *window, const QString &name)
    {
        auto *w = window->findChild<QWidget *>(name);
        return w && w->isVisible();
    }
    static void keys(QWidget *target, Qt::Key key, int times)
    {
        target->setFocus();
        for (int i = 0; i < times; ++i)
            QTest::keyClick(target, key);
    }
    void shot(MainWindow *window, const char *name)
    {
        if (const QString shots = qEnvironmentVariable("STACKWISE_SHOT_DIR"); !shots.isEmpty()) {
            QTest::qWait(30);
            window->grab().save(shots + QLatin1Char('/') + QLatin1String(name));
        }
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("StackwiseTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_pairwisepage"));
        QVERIFY(m_dir.isValid());
        QVERIFY(AppLanguage::install(QStringLiteral("en"))); // the English plural forms, as at start
        const KbLoader::Result loaded = KbLoader::loadDefault();
        QVERIFY(loaded.ok());
        m_kb = loaded.kb;
        QSettings().clear();
    }

    void pageSitsRightBeforeResults()
    {
        auto window = openAtPairwise();
        StackwiseWizard *wizard = window->wizard();
        const QList<int> order = wizard->pageOrder();
        QCOMPARE(order.at(order.size() - 2), int(StackwiseWizard::Page_Pairwise));
        QCOMPARE(order.last(), int(StackwiseWizard::Page_Results));
        QCOMPARE(wizard->pageKey(StackwiseWizard::Page_Pairwise), QStringLiteral("pairwise"));
        QCOMPARE(wizard->pageIdForKey(QStringLiteral("pairwise")), int(StackwiseWizard::Page_Pairwise));
        QCOMPARE(wizard->currentPage()->objectName(), QStringLiteral("page_pairwise"));
        QCOMPARE(wizard->currentPage()->title(), QStringLiteral("Compare what matters"));
        // Optional: Next goes on to Results with nothing judged.
        auto *next = window->findChild<QAbstractButton *>(QStringLiteral("next_button"));
        QVERIFY(next && next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(StackwiseWizard::Page_Results));
        QVERIFY(window->session()->answers().pairwise.isEmpty());
    }

    // At most 7 criteria, the most important after the answers, and one row per pair.
    void offersThePairsOfWhatMattersMost()
    {
        Answers answers;
        answers.answers.insert(QStringLiteral("team_language"), {QStringLiteral("python")});
        auto window = openAtPairwise(answers);
        PairwisePage *p = page(window.get());
        QVERIFY(p);
        const QStringList criteria = p->criteria();
        QCOMPARE(criteria.size(), 7);
        QCOMPARE(criteria, window->session()->criteriaToCompare());
        const QList<QSlider *> sliders = p->findChildren<QSlider *>();
        QCOMPARE(sliders.size(), 21);
        for (QSlider *s : sliders) {
            QVERIFY(s->focusPolicy() & Qt::TabFocus);
            QCOMPARE(s->minimum(), -8);
            QCOMPARE(s->maximum(), 8);
            QVERIFY(!s->accessibleName().isEmpty());
        }
        QVERIFY(slider(window.get(), criteria.at(0), criteria.at(6)));
        // Tab goes from pair to pair, in row order.
        QSlider *first = slider(window.get(), criteria.at(0), criteria.at(1));
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        first->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), first);
        QTest::keyClick(first, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), slider(window.get(), criteria.at(0), criteria.at(2)));
        QCOMPARE(text(window.get(), QStringLiteral("pairwise_value_%1_%2").arg(criteria.at(0), criteria.at(1))),
                 QStringLiteral("not compared"));
        shot(window.get(), "pairwise-empty.png");
    }

    void sliderPositionsAreSaatysScale_data()
    {
        QTest::addColumn<int>("position");
        QTest::addColumn<double>("value");
        QTest::newRow("left 9x") << -8 << 9.0;
        QTest::newRow("left 3x") << -2 << 3.0;
        QTest::newRow("equal") << 0 << 1.0;
        QTest::newRow("right 2x") << 1 << 0.5;
        QTest::newRow("right 9x") << 8 << 1.0 / 9.0;
    }
    void sliderPositionsAreSaatysScale()
    {
        QFETCH(int, position);
        QFETCH(double, value);
        QCOMPARE(PairwisePage::valueAt(position), value);
        QCOMPARE(PairwisePage::positionOf(value), position);
    }

    // Keyboard only: arrows judge, Delete clears, and the weights and importance follow live.
    void keyboardJudgmentsSetImportance()
    {
        auto window = openAtPairwise();
        PairwisePage *p = page(window.get());
        QVERIFY(p);
        const QStringList c = p->criteria();
        QVERIFY(c.size() >= 3);
        QSlider *ab = slider(window.get(), c.at(0), c.at(1));
        QVERIFY(ab);
        keys(ab, Qt::Key_Left, 2); // c0 three times as important as c1
        QCOMPARE(window->session()->answers().pairwise.size(), 1);
        const PairwiseJudgment first = window->session()->answers().pairwise.first();
        QCOMPARE(first.a, c.at(0));
        QCOMPARE(first.b, c.at(1));
        QCOMPARE(first.value, 3.0);
        QVERIFY(window->session()->isModified());
        const QString name0 = m_kb.criterion(c.at(0))->name.text();
        QCOMPARE(text(window.get(), QStringLiteral("pairwise_value_%1_%2").arg(c.at(0), c.at(1))),
                 QStringLiteral("← 3×"));
        QCOMPARE(slider(window.get(), c.at(0), c.at(1))->accessibleDescription(), QStringLiteral("%1 3×").arg(name0));
        // Two criteria: weights 3/4 and 1/4, importance 10 and 10/3.
        const Evaluation &e = window->session()->evaluation();
        QVERIFY(e.pairwise);
        QVERIFY(std::abs(e.importance.value(c.at(1)) - 10.0 / 3.0) < 1e-6);
        QCOMPARE(e.importance.value(c.at(0)), 10.0);
        auto *bar = window->findChild<QProgressBar *>(QStringLiteral("pairwise_weight_%1").arg(c.at(0)));
        QVERIFY(bar);
        QCOMPARE(bar->value(), 750);
        QVERIFY(text(window.get(), QStringLiteral("pairwise_consistency")).contains(QLatin1String("always consistent")));

        QSlider *bc = slider(window.get(), c.at(1), c.at(2));
        keys(bc, Qt::Key_Right, 1); // c2 twice as important as c1
        QCOMPARE(window->session()->answers().pairwise.size(), 2);
        QCOMPARE(window->session()->answers().pairwise.last().value, 0.5);
        QVERIFY(text(window.get(), QStringLiteral("pairwise_consistency")).contains(QLatin1String("Consistency ratio")));
        // One pair of three left out: completed from the others, and said so (English plural).
        QVERIFY(text(window.get(), QStringLiteral("pairwise_consistency")).contains(QLatin1String("1 pair not compared was completed")));
        shot(window.get(), "pairwise-judged.png");
        if (auto *scroll = window->findChild<QScrollArea *>(QStringLiteral("scroll_pairwise"))) {
            scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
            shot(window.get(), "pairwise-weights.png");
        }

        keys(bc, Qt::Key_Delete, 1);
        QCOMPARE(window->session()->answers().pairwise.size(), 1);
        QCOMPARE(text(window.get(), QStringLiteral("pairwise_value_%1_%2").arg(c.at(1), c.at(2))),
                 QStringLiteral("not compared"));
        // A press and release without moving says "equal".
        QSlider *ac = slider(window.get(), c.at(0), c.at(2));
        QTest::mousePress(ac, Qt::LeftButton, {}, ac->rect().center());
        QTest::mouseRelease(ac, Qt::LeftButton, {}, ac->rect().center());
        QCOMPARE(window->session()->answers().pairwise.size(), 2);
        QCOMPARE(window->session()->answers().pairwise.last().value, 1.0);
        // Edit > Clear Answers of This Page clears the judgments here too.
        auto *clearPage = window->findChild<QAction *>(QStringLiteral("action_clear_page"));
        QVERIFY(clearPage && clearPage->isEnabled());
        clearPage->trigger();
        QVERIFY(window->session()->answers().pairwise.isEmpty());
        keys(ac, Qt::Key_Left, 1);
        QCOMPARE(window->session()->answers().pairwise.size(), 1);
        auto *clearAll = window->findChild<QPushButton *>(QStringLiteral("pairwise_clear_all"));
        QVERIFY(clearAll && clearAll->isEnabled());
        QTest::mouseClick(clearAll, Qt::LeftButton);
        QVERIFY(window->session()->answers().pairwise.isEmpty());
        QVERIFY(!window->session()->evaluation().pairwise);
    }

    // a > b, b > c and c > a, each nine times: the fix is named inline and applied in one click.
    void contradictionsShowTheFixInline()
    {
        auto window = openAtPairwise();
        const QStringList c = page(window.get())->criteria();
        keys(slider(window.get(), c.at(0), c.at(1)), Qt::Key_Home, 1);
        keys(slider(window.get(), c.at(1), c.at(2)), Qt::Key_Home, 1);
        QVERIFY(!shown(window.get(), QStringLiteral("pairwise_warning"))); // two pairs agree
        keys(slider(window.get(), c.at(0), c.at(2)), Qt::Key_End, 1);
        const std::optional<AhpResult> &before = window->session()->evaluation().pairwise;
        QVERIFY(before && before->consistencyRatio > 0.10);
        const double crBefore = before->consistencyRatio;
        QVERIFY(shown(window.get(), QStringLiteral("pairwise_warning")));
        const QString warning = text(window.get(), QStringLiteral("pairwise_warning_text"));
        const PairwiseJudgment worst = *before->mostInconsistent;
        QVERIFY2(warning.contains(m_kb.criterion(worst.a)->name.text()), qPrintable(warning));
        QVERIFY2(warning.contains(QLatin1String("contradict")), qPrintable(warning));
        shot(window.get(), "pairwise-inconsistent.png");
        window->resize(760, 600);
        shot(window.get(), "pairwise-narrow.png");
        const double suggested = before->suggested;
        auto *use = window->findChild<QPushButton *>(QStringLiteral("pairwise_use_suggestion"));
        QVERIFY(use && use->isVisible());
        QTest::mouseClick(use, Qt::LeftButton);
        bool fixed = false;
        for (const PairwiseJudgment &j : window->session()->answers().pairwise)
            if (j.a == worst.a && j.b == worst.b)
                fixed = qFuzzyCompare(j.value, suggested);
        QVERIFY(fixed);
        QVERIFY(window->session()->evaluation().pairwise->consistencyRatio < crBefore);
    }

    void unlinkedJudgmentsSayWhatToCompare()
    {
        auto window = openAtPairwise();
        const QStringList c = page(window.get())->criteria();
        QVERIFY(c.size() >= 4);
        keys(slider(window.get(), c.at(0), c.at(1)), Qt::Key_Left, 1);
        keys(slider(window.get(), c.at(2), c.at(3)), Qt::Key_Left, 1);
        QVERIFY(!window->session()->evaluation().pairwise);
        QVERIFY(!window->session()->evaluation().pairwiseProblem.isEmpty());
        QVERIFY(shown(window.get(), QStringLiteral("pairwise_unlinked")));
        const QString why = text(window.get(), QStringLiteral("pairwise_unlinked"));
        QVERIFY2(why.contains(m_kb.criterion(c.at(2))->name.text()), qPrintable(why));
        QVERIFY2(why.contains(m_kb.criterion(c.at(3))->name.text()), qPrintable(why));
        keys(slider(window.get(), c.at(1), c.at(2)), Qt::Key_Left, 1);
        QVERIFY(window->session()->evaluation().pairwise);
        QVERIFY(!shown(window.get(), QStringLiteral("pairwise_unlinked")));
    }

    // A group: the geometric mean per pair, read-only, with each member's consistency.
    void groupShowsTheCombinedJudgments()
    {
        auto window = openAtPairwise();
        const QStringList c = page(window.get())->criteria();
        auto judged = [&](const QString &author, double v01, double v12, double v02) {
            Answers a;
            a.project.name = QStringLiteral("Portal");
            a.project.author = author;
            for (const auto &[x, y, v] : {std::tuple{0, 1, v01}, std::tuple{1, 2, v12}, std::tuple{0, 2, v02}}) {
                PairwiseJudgment j;
                j.a = c.at(x);
                j.b = c.at(y);
                j.value = v;
                a.pairwise.append(j);
            }
            return a;
        };
        window->session()->setGroupMembers({{QStringLiteral("ana.yaml"), judged(QStringLiteral("Ana"), 9, 1, 9)},
                                            {QStringLiteral("ben.yaml"), judged(QStringLiteral("Ben"), 1, 1, 1)}});
        window->wizard()->goToPage(StackwiseWizard::Page_Pairwise);
        QSlider *ab = slider(window.get(), c.at(0), c.at(1));
        QVERIFY(ab);
        QVERIFY(!ab->isEnabled());
        QCOMPARE(PairwisePage::valueAt(ab->value()), 3.0); // sqrt(9 * 1)
        QVERIFY(shown(window.get(), QStringLiteral("pairwise_group_note")));
        const QString note = text(window.get(), QStringLiteral("pairwise_group_note"));
        QVERIFY2(note.contains(QLatin1String("Ana: consistency ratio")), qPrintable(note));
        QVERIFY2(note.contains(QLatin1String("Ben: consistency ratio 0")), qPrintable(note));
        QVERIFY2(note.contains(QLatin1String("Furthest apart")), qPrintable(note));
        QVERIFY(!shown(window.get(), QStringLiteral("pairwise_clear_all")));
        shot(window.get(), "pairwise-group.png");
        window->session()->setModified(false);
    }

    void pageSpeaksGermanAndFrench_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("fr") << QStringLiteral("fr");
    }
    void pageSpeaksGermanAndFrench()
    {
        QFETCH(QString, language);
        AppLanguage::install(language);
        const auto back = qScopeGuard([] { AppLanguage::install(QStringLiteral("en")); });
        auto window = openAtPairwise();
        PairwisePage *p = page(window.get());
        QVERIFY(p);
        QVERIFY2(p->title() != QStringLiteral("Compare what matters"), qPrintable(p->title()));
        const QStringList c = p->criteria();
        QVERIFY(text(window.get(), QStringLiteral("pairwise_value_%1_%2").arg(c.at(0), c.at(1))) != QStringLiteral("not compared"));
        keys(slider(window.get(), c.at(0), c.at(1)), Qt::Key_Home, 1);
        keys(slider(window.get(), c.at(1), c.at(2)), Qt::Key_Home, 1);
        keys(slider(window.get(), c.at(0), c.at(2)), Qt::Key_End, 1);
        const QString warning = text(window.get(), QStringLiteral("pairwise_warning_text"));
        QVERIFY(!warning.isEmpty());
        QVERIFY2(!warning.contains(QLatin1String("contradict")), qPrintable(warning));
        if (language == QLatin1String("de"))
            shot(window.get(), "pairwise-de.png");
        window->session()->setModified(false);
    }
};

QTEST_MAIN(TestPairwisePage)
#include "test_pairwisepage.moc"
