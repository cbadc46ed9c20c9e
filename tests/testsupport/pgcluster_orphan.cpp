// SPDX-License-Identifier: GPL-2.0-or-later
// A test program that dies without cleaning up: it starts a PgCluster, says where, and aborts, so
// tst_testsupport_pgcluster can see the watchdog stop the server and remove its folder.
#include "pgcluster.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    cp::test::PgCluster cluster;
    QString error;
    if (!cluster.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("%d %s\n", cluster.port(), qPrintable(cluster.folder()));
    std::fflush(stdout);
    std::abort();
}
