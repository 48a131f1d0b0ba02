// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QMap>
#include <QWidget>

class DecisionSession;
class QLabel;
class QSlider;

// What-if: one slider (0–10) per criterion showing its current importance. Moving one sets a
// what-if weight on the session, which re-evaluates everything at once; "Reset to my answers"
// returns to the weights the answers gave.
class WhatIfPanel : public QWidget
{
    Q_OBJECT
public:
    explicit WhatIfPanel(DecisionSession *session, QWidget *parent = nullptr);

    QSlider *slider(const QString &criterionId) const { return m_sliders.value(criterionId); }

private:
    void sliderMoved(const QString &criterionId, int value);
    void refresh();

    DecisionSession *m_session;
    QMap<QString, QSlider *> m_sliders;
    QMap<QString, QLabel *> m_values;
    QMap<QString, QLabel *> m_sources;
    bool m_refreshing = false;
};
