// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
// WrappedLabel caches its size hints; it must still answer exactly what a word-wrapped QLabel
// answers, after its text, its font or its style change.
#include "WrappedLabel.h"

#include "KbLoader.h"

#include <QLineEdit>
#include <QTest>

namespace {
const QString Short = QStringLiteral("Two words");
const QString Paragraph = QStringLiteral(
    "Answer a few questions about your team and your product, one page per part of the stack. "
    "Stackwise ranks the candidates of every area and the best whole stacks, and explains each score.");

// A plain word-wrapped QLabel with the same text and font: the reference answers.
struct Reference
{
    QLabel label;
    explicit Reference(const QLabel &like)
    {
        label.setWordWrap(true);
        label.setText(like.text());
        label.setFont(like.font());
    }
};
} // namespace

class TestWrappedLabel : public QObject
{
    Q_OBJECT
private slots:
    void answersLikeQLabel_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("width");
        QTest::newRow("short text, wide") << Short << 600;
        QTest::newRow("paragraph, wide") << Paragraph << 600;
        QTest::newRow("paragraph, narrow") << Paragraph << 120;
        QTest::newRow("paragraph, one word per line") << Paragraph << 10;
        QTest::newRow("empty") << QString() << 200;
    }

    void answersLikeQLabel()
    {
        QFETCH(QString, text);
        QFETCH(int, width);
        WrappedLabel label(text);
        QVERIFY(label.wordWrap());
        Reference reference(label);
        for (int round = 0; round < 2; ++round) { // the second round answers from the cache
            QCOMPARE(label.heightForWidth(width), reference.label.heightForWidth(width));
            QCOMPARE(label.sizeHint(), reference.label.sizeHint());
            QCOMPARE(label.minimumSizeHint(), reference.label.minimumSizeHint());
        }
    }

    void followsNewText()
    {
        WrappedLabel label(Short);
        const int shortHeight = label.heightForWidth(120);
        const QSize shortHint = label.sizeHint();
        label.setText(Paragraph);
        Reference reference(label);
        QCOMPARE(label.heightForWidth(120), reference.label.heightForWidth(120));
        QVERIFY(label.heightForWidth(120) > shortHeight);
        QCOMPARE(label.sizeHint(), reference.label.sizeHint());
        QVERIFY(label.sizeHint() != shortHint);
    }

    void followsNewFont()
    {
        WrappedLabel label(Paragraph);
        const int before = label.heightForWidth(300);
        QFont big = label.font();
        big.setPointSizeF(big.pointSizeF() * 2);
        label.setFont(big);
        Reference reference(label);
        QCOMPARE(label.heightForWidth(300), reference.label.heightForWidth(300));
        QVERIFY(label.heightForWidth(300) > before);
        QCOMPARE(label.minimumSizeHint(), reference.label.minimumSizeHint());
    }

    void followsContentsMargins()
    {
        WrappedLabel label(Paragraph);
        const int before = label.heightForWidth(300);
        label.setContentsMargins(0, 20, 0, 20);
        QLabel reference;
        reference.setWordWrap(true);
        reference.setText(Paragraph);
        reference.setContentsMargins(0, 20, 0, 20);
        QCOMPARE(label.heightForWidth(300), reference.heightForWidth(300));
        QCOMPARE(label.heightForWidth(300), before + 40);
    }

    // The cached answers are QLabel's for every question, help and candidate text of the built-in
    // knowledge base, plus awkward ones, at widths from 0 to 800, in the default font and a bold,
    // larger one: more widths than the cache holds, so entries are replaced as a page's layout
    // replaces them.
    void agreesWithQLabelOnRealTexts()
    {
        const KbLoader::Result loaded = KbLoader::loadDefault();
        QVERIFY(loaded.ok());
        QStringList texts{QStringLiteral("A\nB, then a much longer second line that has to wrap somewhere"),
                          QStringLiteral("Fish & chips, 50% off & more"), QStringLiteral("Supercalifragilisticexpialidocious"),
                          QStringLiteral("trailing spaces   "), QStringLiteral("  leading spaces"),
                          QStringLiteral("Größe, Übergänge und Ärger: évidemment, ça dépend"),
                          QStringLiteral("中文文本没有空格也要换行中文文本没有空格也要换行")};
        for (const Question &q : loaded.kb.questions)
            texts << q.text.text() << q.help.text();
        for (const Candidate &c : loaded.kb.candidates)
            texts << c.summary.text();
        texts.removeAll(QString());
        QFont bold;
        bold.setBold(true);
        bold.setPointSizeF(bold.pointSizeF() * 1.25);
        int compared = 0;
        for (const QFont &font : {QFont(), bold}) {
            for (const QString &text : std::as_const(texts)) {
                WrappedLabel label(text);
                label.setFont(font);
                Reference reference(label);
                QCOMPARE(label.sizeHint(), reference.label.sizeHint());
                QCOMPARE(label.minimumSizeHint(), reference.label.minimumSizeHint());
                for (int width = 0; width <= 800; width += 5) {
                    if (label.heightForWidth(width) != reference.label.heightForWidth(width))
                        QFAIL(qPrintable(QStringLiteral("width %1, \"%2\": %3 against QLabel's %4")
                                             .arg(width).arg(text.left(40)).arg(label.heightForWidth(width))
                                             .arg(reference.label.heightForWidth(width))));
                    ++compared;
                }
            }
        }
        QVERIFY(compared > 10000);
    }

    // Where the label leaves measuring to QLabel (rich text, selection, mnemonics, tabs,
    // margins, indents, justification) and where it measures itself, the same answers as a
    // QLabel set up alike.
    void answersLikeQLabelSetUpAlike_data()
    {
        QTest::addColumn<int>("setup");
        QTest::newRow("plain") << 0;
        QTest::newRow("rich text") << 1;
        QTest::newRow("selectable") << 2;
        QTest::newRow("buddy and mnemonic") << 3;
        QTest::newRow("tab") << 4;
        QTest::newRow("margin") << 5;
        QTest::newRow("frame with its default indent") << 6;
        QTest::newRow("indent") << 7;
        QTest::newRow("justified") << 8;
        QTest::newRow("minimum width") << 9;
        QTest::newRow("carriage return and line feed") << 10;
    }
    void answersLikeQLabelSetUpAlike()
    {
        QFETCH(int, setup);
        QLineEdit buddy;
        auto apply = [&](QLabel &l) {
            l.setWordWrap(true);
            QString text = Paragraph;
            switch (setup) {
            case 1: text = QStringLiteral("<b>Bold</b> and ") + Paragraph; break;
            case 2: l.setTextInteractionFlags(Qt::TextSelectableByMouse); break;
            case 3: text = QStringLiteral("&Project ") + Paragraph; l.setBuddy(&buddy); break;
            case 4: text = QStringLiteral("Tab\tstops ") + Paragraph; break;
            case 5: l.setMargin(7); break;
            case 6: l.setFrameShape(QFrame::Box); break;
            case 7: l.setIndent(12); break;
            case 8: l.setAlignment(Qt::AlignJustify); break;
            case 9: l.setMinimumWidth(260); break;
            case 10: text = QStringLiteral("First line\r\nsecond ") + Paragraph; break;
            }
            l.setText(text);
        };
        WrappedLabel label;
        apply(label);
        QLabel reference;
        apply(reference);
        QCOMPARE(label.sizeHint(), reference.sizeHint());
        QCOMPARE(label.minimumSizeHint(), reference.minimumSizeHint());
        for (int width = 0; width <= 700; width += 7)
            QCOMPARE(label.heightForWidth(width), reference.heightForWidth(width));
    }

    // More widths than the cache holds: every answer is still right, none is stale.
    void manyWidths()
    {
        WrappedLabel label(Paragraph);
        Reference reference(label);
        for (int round = 0; round < 3; ++round)
            for (int width = 40; width <= 640; width += 40)
                QCOMPARE(label.heightForWidth(width), reference.label.heightForWidth(width));
    }
};

QTEST_MAIN(TestWrappedLabel)
#include "test_wrappedlabel.moc"
