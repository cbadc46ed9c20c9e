// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/countchart.h"

#include "ui/chartscompat.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

namespace cp::ui {

class CountChart::Chart : public QChartView
{
public:
    using QChartView::QChartView;
};

CountChart::CountChart(const QString &title, const QString &emptyText, bool dark, QWidget *parent)
    : QWidget(parent), m_title(title), m_emptyText(emptyText), m_dark(dark)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_chart = new Chart(this);
    m_chart->setRenderHint(QPainter::Antialiasing);
    layout->addWidget(m_chart);
    setBars({});
}

void CountChart::setBars(const QList<CountBar> &bars)
{
    // The wall feeds this up to ten times a second; rebuilding an unchanged chart would only flicker.
    if (m_chart->chart() && bars == m_bars && !m_bars.isEmpty())
        return;
    m_bars = bars;
    auto *chart = new QChart();
    chart->setTitle(bars.isEmpty() ? QStringLiteral("%1<br><span style='font-weight:normal'>%2</span>").arg(m_title, m_emptyText) : m_title);
    chart->setTheme(m_dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    QFont titleFont = chart->titleFont();
    titleFont.setPixelSize(m_dark ? 26 : 14);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    if (m_dark)
        chart->setBackgroundBrush(QColor(0x17, 0x1f, 0x2a));

    // One bar set per bar, so each can carry its own colour.
    auto *series = new QHorizontalStackedBarSeries();
    QStringList labels;
    int maximum = 1;
    for (int i = 0; i < bars.size(); ++i) {
        auto *set = new QBarSet(bars.at(i).label);
        for (int j = 0; j < bars.size(); ++j)
            *set << (i == j ? bars.at(i).count : 0);
        set->setColor(bars.at(i).color);
        set->setBorderColor(bars.at(i).color);
        series->append(set);
        labels << QStringLiteral("%1  %2").arg(bars.at(i).label).arg(bars.at(i).count);
        maximum = std::max(maximum, bars.at(i).count);
    }
    series->setBarWidth(0.7);
    if (bars.isEmpty()) {
        delete series; // no axes either: an empty chart says so in its title
        QChart *old = m_chart->chart();
        m_chart->setChart(chart);
        delete old;
        return;
    }
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis();
    categories->append(labels);
    QFont axisFont = categories->labelsFont();
    axisFont.setPixelSize(m_dark ? 22 : 12);
    categories->setLabelsFont(axisFont);
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    auto *values = new QValueAxis();
    values->setRange(0, maximum * 1.1);
    values->setLabelFormat(QStringLiteral("%d"));
    values->applyNiceNumbers();
    values->setLabelsFont(axisFont);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);

    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

} // namespace cp::ui
