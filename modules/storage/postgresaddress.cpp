// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/postgresaddress.h"

#include "storage/tr.h"

#include <QRegularExpression>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace cp::storage {

namespace {

//! A conninfo value, quoted as libpq wants it ('…' with \ and ' escaped).
QString quoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

bool isUri(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"));
}

std::optional<PostgresAddress> fromUri(const QString &text, QString *error)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        *error = Tr::tr("--db %1: not a valid PostgreSQL URI: %2").arg(text, url.errorString());
        return std::nullopt;
    }
    if (!url.password().isEmpty()) {
        *error = Tr::tr("--db: the address holds a password, which every user sees on the command line; "
                        "put it in ~/.pgpass (or PGPASSFILE) instead");
        return std::nullopt;
    }
    QStringList pairs;
    if (!url.host().isEmpty())
        pairs.append(QStringLiteral("host=") + quoted(url.host()));
    if (url.port() > 0)
        pairs.append(QStringLiteral("port=%1").arg(url.port()));
    const QString database = url.path().mid(1);
    if (!database.isEmpty())
        pairs.append(QStringLiteral("dbname=") + quoted(database));
    if (!url.userName().isEmpty())
        pairs.append(QStringLiteral("user=") + quoted(url.userName()));
    const QList<QPair<QString, QString>> items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        if (item.first == QLatin1String("password")) {
            *error = Tr::tr("--db: the address holds a password, which every user sees on the command line; "
                            "put it in ~/.pgpass (or PGPASSFILE) instead");
            return std::nullopt;
        }
        pairs.append(item.first + QLatin1Char('=') + quoted(item.second));
    }
    // The label never carries what the user did not type, and never a password (refused above).
    return PostgresAddress{pairs.join(QLatin1Char(' ')), text};
}

} // namespace

bool PostgresAddress::looksLikePostgres(const QString &text)
{
    return isUri(text) || text.contains(QLatin1Char('=')) || text.startsWith(QLatin1String("service:"));
}

std::optional<PostgresAddress> PostgresAddress::parse(const QString &text, QString *error)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        message = Tr::tr("--db: no database named");
        return std::nullopt;
    }
    if (isUri(trimmed))
        return fromUri(trimmed, &message);
    if (trimmed.contains(QLatin1Char('='))) {
        static const QRegularExpression password(QStringLiteral("(^|\\s)password\\s*="));
        if (password.match(trimmed).hasMatch()) {
            message = Tr::tr("--db: the address holds a password, which every user sees on the command line; "
                             "put it in ~/.pgpass (or PGPASSFILE) instead");
            return std::nullopt;
        }
        return PostgresAddress{trimmed, trimmed};
    }
    // "service:NAME" (or a bare NAME where a database is expected): an entry of pg_service.conf.
    const QString service = trimmed.startsWith(QLatin1String("service:")) ? trimmed.mid(8) : trimmed;
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9_.-]+$"));
    if (!name.match(service).hasMatch()) {
        message = Tr::tr("--db %1: neither a postgresql:// URI, a conninfo (host=… dbname=…) nor a service name").arg(text);
        return std::nullopt;
    }
    return PostgresAddress{QStringLiteral("service=") + service, trimmed};
}

} // namespace cp::storage
