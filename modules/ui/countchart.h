// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QWidget>

namespace cp::ui {

//! One bar: a translated label, a count and its colour.
struct CountBar
{
    QString label;
    int count = 0;
    QColor color;

    friend bool operator==(const CountBar &a, const CountBar &b)
    {
        return a.label == b.label && a.count == b.count && a.color == b.color;
    }
};

/*!
 * \brief A titled horizontal bar chart of counts (Qt Charts), for the wall's panels: enterprises by
 * risk grade, teams by status, alarms by sector over 24 h.
 */
class CountChart : public QWidget
{
    Q_OBJECT

public:
    //! \a emptyText is shown instead of the bars while there are none.
    CountChart(const QString &title, const QString &emptyText, bool dark, QWidget *parent = nullptr);

    //! Redraws with \a bars; the same bars as shown already change nothing.
    void setBars(const QList<CountBar> &bars);
    QList<CountBar> bars() const { return m_bars; }

private:
    QString m_title;
    QString m_emptyText;
    bool m_dark;
    QList<CountBar> m_bars;
    class Chart;
    Chart *m_chart = nullptr;
};

} // namespace cp::ui
