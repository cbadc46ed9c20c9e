// SPDX-License-Identifier: GPL-2.0-or-later
// commandpost-admin: the IT staff's command. `commandpost-admin COMMAND [options]`; COMMAND is
// status, db or follow (more come with the issues that need them). Exit codes: 0 done, 2 bad arguments or input,
// 1 anything else.
#include "dbcommand.h"
#include "statuscommand.h"
#include "tr.h"

#include "core/translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>

namespace {

QLocale localeOf(const QStringList &arguments)
{
    const int at = static_cast<int>(arguments.indexOf(QStringLiteral("--lang")));
    return at >= 0 && at + 1 < arguments.size() ? QLocale(arguments.at(at + 1)) : QLocale::system();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("commandpost-admin"));
    const QStringList arguments = QCoreApplication::arguments();
    const QLocale locale = localeOf(arguments);
    QLocale::setDefault(locale);
    cp::core::installTranslations(app, locale);
    QTextStream out(stdout);
    QTextStream err(stderr);
    using cp::admin::Tr;
    const QString usage = Tr::tr("usage: commandpost-admin status --data FILE [--json] [--lang zh_CN|en]\n"
                                 "       commandpost-admin db init|migrate|import FILE.gpkg|export FILE.gpkg --db ADDRESS\n"
                                 "       commandpost-admin follow --db ADDRESS [--since SEQ] [--once]");
    const QString command = arguments.value(1);
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h")) {
        (command.isEmpty() ? err : out) << usage << '\n';
        return command.isEmpty() ? 2 : 0;
    }
    // The command's own parser sees the program name first, then its options.
    QStringList rest = arguments;
    rest.removeAt(1);
    if (command == QLatin1String("status"))
        return cp::admin::runStatus(rest, out, err);
    if (command == QLatin1String("db"))
        return cp::admin::runDb(rest, out, err);
    if (command == QLatin1String("follow"))
        return cp::admin::runFollow(rest, out, err);
    err << "commandpost-admin: " << Tr::tr("unknown command \"%1\"").arg(command) << '\n' << usage << '\n';
    return 2;
}
