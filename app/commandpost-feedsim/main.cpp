// SPDX-License-Identifier: GPL-2.0-or-later
// commandpost-feedsim: the alarm feed simulator (docs/feed-api.md). Exit 0 done, 2 bad arguments
// or input, 1 anything else (DESIGN.md).
#include "simoptions.h"
#include "simserver.h"
#include "tr.h"

#include "core/translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("commandpost-feedsim"));
    cp::core::installTranslations(app, QLocale());
    using namespace cp::feedsim;
    QTextStream err(stderr);
    SimOptions options;
    bool helpShown = false;
    if (const QString error = parseOptions(QCoreApplication::arguments(), options, &helpShown); !error.isEmpty()) {
        err << "commandpost-feedsim: " << error << "\n";
        return 2;
    }
    if (helpShown)
        return 0;

    QString error;
    const QList<SimEnterprise> enterprises = options.dataFile.isEmpty()
                                                 ? syntheticEnterprises(options.enterprises, options.seed)
                                                 : loadEnterprises(options.dataFile, &error);
    if (enterprises.isEmpty()) {
        err << "commandpost-feedsim: --data " << error << "\n";
        return 2;
    }
    SimServer server(options, enterprises);
    if (!server.openLog(&error) || !server.configureTls(&error)) {
        err << "commandpost-feedsim: " << error << "\n";
        return 2;
    }
    if (!server.listen(&error)) {
        err << "commandpost-feedsim: " << error << "\n";
        return 1;
    }
    QTextStream(stdout) << "listening on 127.0.0.1:" << server.port() << Qt::endl;
    return QCoreApplication::exec();
}
