// SPDX-License-Identifier: GPL-2.0-or-later
// The wall's board: the open incidents newest first with their level's colour and teams, the open
// shelters with occupancy (amber when nearly full, "full" in red), the incident on the map marked.
#include "ui/wallincidentboard.h"

#include "dispatch/incidentsession.h"
#include "ui/incidentlistmodel.h"

#include <QLabel>
#include <QTableWidget>
#include <QtTest>

#include <algorithm>
#include <utility>

using namespace cp;
using Board = ui::WallIncidentBoard;

namespace {

const QString duty = QStringLiteral("duty1");
const QDateTime t0(QDate(2026, 12, 6), QTime(19, 0), Qt::UTC);

core::Team team(const QString &id)
{
    core::Team t;
    t.id = id;
    t.name = id;
    t.position = {116.1, 35.8};
    return t;
}

core::Shelter shelter(const QString &id, int capacity)
{
    core::Shelter s;
    s.id = id;
    s.name = QStringLiteral("避难场所 %1").arg(id);
    s.capacity = capacity;
    return s;
}

QString open(dispatch::IncidentSession &session, const QString &title, core::ResponseLevel level, const QDateTime &at)
{
    core::Incident draft;
    draft.title = title;
    draft.position = {116.09, 35.80};
    draft.responseLevel = level;
    QString error;
    const std::optional<core::Incident> opened = session.open(draft, duty, at, &error);
    return opened ? opened->id : error;
}

} // namespace

class TestWallIncidentBoard : public QObject
{
    Q_OBJECT

private slots:
    void showsOpenIncidentsAndShelterOccupancy()
    {
        dispatch::IncidentSession session(nullptr);
        session.setResources({team(QStringLiteral("T1")), team(QStringLiteral("T2"))}, {},
                             {shelter(QStringLiteral("S1"), 100), shelter(QStringLiteral("S2"), 20), shelter(QStringLiteral("S3"), 50)});
        const QString leak = open(session, QStringLiteral("氯气泄漏"), core::ResponseLevel::II, t0);
        const QString fire = open(session, QStringLiteral("仓库火灾"), core::ResponseLevel::III, t0.addSecs(1800));
        const QString closed = open(session, QStringLiteral("已结案"), core::ResponseLevel::IV, t0.addSecs(60));
        QString error;
        QVERIFY2(session.close(closed, QStringLiteral("done"), duty, t0.addSecs(120), &error), qPrintable(error));
        const auto order = session.dispatchTeam(leak, QStringLiteral("T1"), 600, duty, t0.addSecs(60), &error);
        QVERIFY2(order, qPrintable(error));
        QVERIFY(session.advanceOrder(order->id, core::DispatchStatus::EnRoute, duty, t0.addSecs(90), &error));
        QVERIFY(session.advanceOrder(order->id, core::DispatchStatus::OnScene, duty, t0.addSecs(700), &error));
        QVERIFY(session.dispatchTeam(fire, QStringLiteral("T2"), 600, duty, t0.addSecs(1900), &error));
        for (const auto &[id, people] : {std::pair{QStringLiteral("S1"), 45}, std::pair{QStringLiteral("S2"), 19}, std::pair{QStringLiteral("S3"), 50}}) {
            QVERIFY2(session.openShelter(id, leak, duty, t0.addSecs(800), &error), qPrintable(error));
            QVERIFY2(session.registerShelterMovement(id, dispatch::ShelterMovementKind::Arrival, {people, 0, 0, 0}, duty,
                                                     t0.addSecs(900), &error),
                     qPrintable(error));
        }

        Board board;
        board.show(session, t0.addSecs(3 * 3600));
        QTableWidget *incidents = board.incidents();
        QCOMPARE(incidents->rowCount(), 2); // the closed one is not on the wall
        QCOMPARE(incidents->item(0, Board::Title)->text(), QStringLiteral("仓库火灾"));
        QCOMPARE(incidents->item(0, Board::EnRoute)->text(), QStringLiteral("1"));
        QCOMPARE(incidents->item(0, Board::OnScene)->text(), QStringLiteral("0"));
        QCOMPARE(incidents->item(1, Board::OnScene)->text(), QStringLiteral("1"));
        QCOMPARE(incidents->item(1, Board::Elapsed)->text(), QStringLiteral("3 h 0 min"));
        QCOMPARE(incidents->item(1, Board::Level)->text(), core::displayName(core::ResponseLevel::II));
        QCOMPARE(incidents->item(1, Board::Level)->background().color(), ui::responseLevelColor(core::ResponseLevel::II));

        QTableWidget *shelters = board.shelters();
        QCOMPARE(shelters->rowCount(), 3);
        QCOMPARE(shelters->item(0, Board::People)->text(), QStringLiteral("45 / 100"));
        QCOMPARE(shelters->item(0, Board::Occupancy)->text(), QStringLiteral("45 %"));
        QCOMPARE(shelters->item(1, Board::Occupancy)->text(), QStringLiteral("95 %"));
        QCOMPARE(shelters->item(1, Board::Occupancy)->foreground().color(), QColor(0xff, 0xb0, 0x20));
        QCOMPARE(shelters->item(2, Board::Occupancy)->text(), QStringLiteral("full"));
        QCOMPARE(shelters->item(2, Board::Occupancy)->foreground().color(), QColor(0xe5, 0x1c, 0x23));
        const QList<QLabel *> titles = board.findChildren<QLabel *>();
        QVERIFY(std::any_of(titles.cbegin(), titles.cend(), [](const QLabel *l) {
            return l->text() == QStringLiteral("Open shelters: 3, people sheltered: 114");
        }));

        board.setHighlighted(leak);
        QVERIFY(incidents->item(1, Board::Title)->font().bold());
        QVERIFY(!incidents->item(0, Board::Title)->font().bold());
        board.setHighlighted(QString());
        QVERIFY(!incidents->item(1, Board::Title)->font().bold());
    }
};

QTEST_MAIN(TestWallIncidentBoard)
#include "tst_wallincidentboard.moc"
