// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "planfigures.h"

#include "planning/layerplan.h"

#include <qgsvectorlayer.h>

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QgsMapCanvas;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTabWidget;

namespace cp::storage {
class Store;
}

namespace cp::ui {
class CountChart;
}

namespace cp::app {

/*!
 * \brief The planning view of the desk (issue 7): where shelters should go, on the open data set.
 *
 * The demand is the data set's `demand_points`, the candidates its `shelters` and `towns` (as
 * `commandpost-plan --demo`), the road costs its `roads`. The plan runs on a worker thread with a
 * progress bar and Cancel; its sites and assignment lines are added to the project as memory layers,
 * its summary, travel bands and site loads shown in the view, and its key figures beside the previous run's.
 * It plans on a GeoPackage or on the shared database alike; an adopted plan's shelters are written to
 * the seat's store, and the other seats on the shared database redraw them from its change log.
 */
class PlanningView : public QWidget
{
    Q_OBJECT

public:
    //! \a canvas shows the plan layers; it must outlive the view.
    explicit PlanningView(QgsMapCanvas *canvas, QWidget *parent = nullptr);
    //! Cancels a running plan and waits for its thread.
    ~PlanningView() override;

    /*!
     * Plans on the county layers of \a layerSource from now on: a GeoPackage path, or "PG:conninfo" for
     * the shared database (DataSetAddress::gdalPath()). An adopted plan is written through \a store
     * (not owned, may be nullptr: adoption is then refused), the seat's one store of that data set.
     */
    void setDataSet(const QString &layerSource, storage::Store *store);
    //! Sets the model and p in the form, as `--plan MODEL:P` asks.
    void setModel(planning::PlacementModel model, int p);
    //! The settings the form holds, on the current data set.
    planning::LayerPlanSettings settings() const;

    //! Starts the plan of the form; false (and the reason shown) when one is running or there is no data set.
    bool run();
    //! Asks the running plan to stop; it ends with its best solution so far.
    void cancel();
    bool isRunning() const;

    /*!
     * \brief Adopts the last plan: its new sites enter the data set's registry as planned shelters.
     *
     * Returns the number added (0 when all were adopted already), or -1 with a translated \a error.
     * The shelters layer of the project is reloaded so they show at once.
     */
    int adoptPlan(QString *error);

    //! Prints the last plan's report (map, summary, bands, comparison) to \a pdfPath; false with a translated \a error.
    bool exportReport(const QString &pdfPath, QString *error);

    //! The figures of the last plan and of the one before; empty before any.
    const QList<PlanFigures> &history() const { return m_history; }
    //! The plan layers in the project (sites, assignments); nullptr before a plan.
    QgsVectorLayer *sitesLayer() const { return m_sitesLayer; }
    QgsVectorLayer *assignmentsLayer() const { return m_assignmentsLayer; }

signals:
    //! Emitted when a run ends: \a ok with a plan shown, else with \a message saying why.
    void finished(bool ok, const QString &message);

private:
    struct Outcome
    {
        std::optional<planning::LayerPlan> plan;
        QString error;
    };
    void updateForm();
    void showProgress(const planning::SolveProgress &progress);
    void finish();
    void showPlan(const planning::LayerPlan &plan, const planning::LayerPlanSettings &settings);
    void showLayers(const planning::LayerPlan &plan);
    void showComparison();
    void removeLayers();

    QgsMapCanvas *m_canvas = nullptr;
    QString m_layerSource;
    storage::Store *m_store = nullptr;
    QComboBox *m_model = nullptr;
    QSpinBox *m_p = nullptr;
    QDoubleSpinBox *m_limit = nullptr;
    QComboBox *m_cost = nullptr;
    QComboBox *m_solver = nullptr;
    QDoubleSpinBox *m_timeLimit = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_adopt = nullptr;
    QPushButton *m_report = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_summary = nullptr;
    ui::CountChart *m_bands = nullptr;
    ui::CountChart *m_loads = nullptr;
    QTableWidget *m_comparison = nullptr;
    QTabWidget *m_tabs = nullptr;

    planning::LayerPlanSettings m_running;
    std::shared_ptr<planning::SolveControl> m_control;
    QFutureWatcher<Outcome> m_watcher;
    QList<PlanFigures> m_history; //!< newest first, at most two
    std::optional<planning::LayerPlan> m_lastPlan;
    QString m_reportTitle;
    QStringList m_summaryLines;                   //!< the summary as plain text, for the report
    QList<std::pair<QString, double>> m_bandRows; //!< band label, people
    QPointer<QgsVectorLayer> m_sitesLayer;
    QPointer<QgsVectorLayer> m_assignmentsLayer;
};

} // namespace cp::app
