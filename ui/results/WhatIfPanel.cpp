// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "WhatIfPanel.h"

#include "DecisionSession.h"
#include "ResultsText.h"
#include "WrappedLabel.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>
#include <QVBoxLayout>

WhatIfPanel::WhatIfPanel(DecisionSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *intro = new WrappedLabel(tr("Move a slider to see what happens if a criterion mattered more or less. "
                                "Every result updates at once; your answers stay as they are."), this);
    intro->setWordWrap(true);
    auto *reset = new QPushButton(tr("Reset to &my answers"), this);
    reset->setObjectName(QStringLiteral("resetWeights"));
    reset->setAccessibleDescription(tr("Return every importance to what your answers give"));
    connect(reset, &QPushButton::clicked, m_session, &DecisionSession::resetWeights);

    auto *grid = new QWidget;
    auto *layout = new QGridLayout(grid);
    layout->setColumnStretch(1, 1);
    layout->setHorizontalSpacing(fontMetrics().height());
    const KnowledgeBase &kb = m_session->knowledgeBase();
    int row = 0;
    for (const Criterion &c : kb.criteria) {
        auto *name = new QLabel(c.name.text(), grid);
        name->setToolTip(c.description.text());
        auto *slider = new QSlider(Qt::Horizontal, grid);
        slider->setObjectName(QStringLiteral("weight_%1").arg(c.id));
        slider->setAccessibleName(tr("Importance of %1").arg(c.name.text()));
        slider->setAccessibleDescription(tr("From 0 (does not matter) to 10 (matters most). %1")
                                             .arg(c.description.text()));
        slider->setRange(0, 10);
        slider->setPageStep(2);
        slider->setTickPosition(QSlider::TicksBelow);
        slider->setTickInterval(1);
        slider->setMinimumWidth(fontMetrics().averageCharWidth() * 20);
        name->setBuddy(slider);
        auto *value = new QLabel(grid);
        value->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("10.0")));
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        // Where the importance comes from, small, on its own line under the slider.
        auto *source = new WrappedLabel(grid);
        source->setWordWrap(true);
        QFont small = source->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        source->setFont(small);
        layout->addWidget(name, row, 0);
        layout->addWidget(slider, row, 1);
        layout->addWidget(value, row, 2);
        layout->addWidget(source, row + 1, 1, 1, 2);
        layout->setRowMinimumHeight(row + 2, fontMetrics().height() / 2);
        m_sliders.insert(c.id, slider);
        m_values.insert(c.id, value);
        m_sources.insert(c.id, source);
        connect(slider, &QSlider::valueChanged, this, [this, id = c.id](int v) { sliderMoved(id, v); });
        row += 3;
    }
    layout->setRowStretch(row, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(grid);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *top = new QHBoxLayout;
    top->addWidget(intro, 1);
    top->addWidget(reset, 0, Qt::AlignTop);
    auto *main = new QVBoxLayout(this);
    main->addLayout(top);
    main->addWidget(scroll, 1);

    connect(m_session, &DecisionSession::evaluationChanged, this, &WhatIfPanel::refresh);
    refresh();
}

void WhatIfPanel::sliderMoved(const QString &criterionId, int value)
{
    if (m_refreshing)
        return;
    QMap<QString, double> weights = m_session->answers().weights;
    weights.insert(criterionId, value);
    m_session->setWeights(weights);
}

void WhatIfPanel::refresh()
{
    const KnowledgeBase &kb = m_session->knowledgeBase();
    const Evaluation &evaluation = m_session->evaluation();
    m_refreshing = true;
    for (auto it = m_sliders.cbegin(); it != m_sliders.cend(); ++it) {
        const double importance = evaluation.importance.value(it.key());
        it.value()->setValue(qRound(importance));
        m_values.value(it.key())->setText(ResultsText::number(importance));
        QString source;
        for (const AreaResult &area : evaluation.areas)
            if (area.importanceSource.contains(it.key())) {
                source = area.importanceSource.value(it.key());
                break;
            }
        const bool overridden = m_session->answers().weights.contains(it.key());
        if (overridden)
            source = QStringLiteral("weights");
        QLabel *label = m_sources.value(it.key());
        label->setText(ResultsText::importanceSource(kb, source));
        QFont font = m_values.value(it.key())->font();
        font.setBold(overridden);
        m_values.value(it.key())->setFont(font);
        // Small text in the normal colour: a dimmed role is unreadable in some dark palettes.
        QFont sourceFont = label->font();
        sourceFont.setItalic(!overridden);
        label->setFont(sourceFont);
    }
    m_refreshing = false;
}
