// SPDX-License-Identifier: GPL-2.0-or-later
#include "feeds/feedparser.h"

#include "core/sectorcatalog.h"
#include "core/validation.h"
#include "feeds/pagescanner.h"
#include "feeds/tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

namespace cp::feeds {

namespace {

// Field names of protocol v1, built once: the parser runs for every event of every batch.
struct Fields
{
    const QString cursor = QStringLiteral("cursor");
    const QString alarms = QStringLiteral("alarms");
    const QString id = QStringLiteral("id");
    const QString enterpriseId = QStringLiteral("enterprise_id");
    const QString sensorId = QStringLiteral("sensor_id");
    const QString kind = QStringLiteral("kind");
    const QString value = QStringLiteral("value");
    const QString unit = QStringLiteral("unit");
    const QString state = QStringLiteral("state");
    const QString time = QStringLiteral("time");
    const QString message = QStringLiteral("message");
};

const Fields &fields()
{
    static const Fields f;
    return f;
}

// ISO 8601 with an explicit offset: "Z" or ±hh:mm / ±hhmm after a time of day.
bool hasUtcOffset(const QString &text)
{
    if (text.endsWith(QLatin1Char('Z')))
        return true;
    const int t = text.indexOf(QLatin1Char('T'));
    if (t < 0)
        return false;
    const int sign = std::max(text.lastIndexOf(QLatin1Char('+')), text.lastIndexOf(QLatin1Char('-')));
    return sign > t;
}

int digits(const QString &text, int from, int count)
{
    int value = 0;
    for (int i = from; i < from + count; ++i) {
        const int d = text.at(i).unicode() - '0';
        if (d < 0 || d > 9)
            return -1;
        value = value * 10 + d;
    }
    return value;
}

/*
 * The form every feed seen sends, "YYYY-MM-DDTHH:MM:SS[.fff…](Z|±HH:MM)", read by hand: it is on
 * the hot path, and QDateTime::fromString costs more than the rest of an item. Anything else goes
 * to QDateTime::fromString.
 */
QDateTime parseTime(const QString &text)
{
    const int n = static_cast<int>(text.size());
    if (n >= 20 && text.at(4) == QLatin1Char('-') && text.at(7) == QLatin1Char('-') && text.at(10) == QLatin1Char('T')
        && text.at(13) == QLatin1Char(':') && text.at(16) == QLatin1Char(':')) {
        const int year = digits(text, 0, 4), month = digits(text, 5, 2), day = digits(text, 8, 2);
        const int hour = digits(text, 11, 2), minute = digits(text, 14, 2), second = digits(text, 17, 2);
        int pos = 19;
        int ms = 0;
        if (pos < n && text.at(pos) == QLatin1Char('.')) {
            int scale = 100;
            ++pos;
            const int start = pos;
            while (pos < n && text.at(pos).isDigit()) {
                ms += (text.at(pos).unicode() - '0') * scale;
                scale /= 10;
                ++pos;
            }
            if (pos == start)
                return {};
        }
        int offset = -1;
        if (pos == n - 1 && text.at(pos) == QLatin1Char('Z')) {
            offset = 0;
        } else if (pos == n - 6 && (text.at(pos) == QLatin1Char('+') || text.at(pos) == QLatin1Char('-'))
                   && text.at(pos + 3) == QLatin1Char(':')) {
            const int h = digits(text, pos + 1, 2), m = digits(text, pos + 4, 2);
            if (h >= 0 && m >= 0 && h <= 14 && m < 60)
                offset = (text.at(pos) == QLatin1Char('-') ? -1 : 1) * (h * 3600 + m * 60);
        }
        const QDate date(year, month, day);
        const QTime time(hour, minute, second, ms);
        if (offset != -1 && date.isValid() && time.isValid()) {
            // Kept in UTC: a UTC QDateTime needs no heap allocation, one with an offset does.
            constexpr qint64 unixEpochJulianDay = 2440588;
            const qint64 seconds = (date.toJulianDay() - unixEpochJulianDay) * 86400 + time.msecsSinceStartOfDay() / 1000 - offset;
            return QDateTime::fromMSecsSinceEpoch(seconds * 1000 + ms, Qt::UTC);
        }
    }
    if (!hasUtcOffset(text))
        return {};
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

class ItemReader
{
public:
    ItemReader(const QJsonObject &o, int index, ParsedBody &out)
        : m_o(o), m_index(index), m_out(out)
    {
    }

    bool text(const QString &field, QString &target, bool required = true)
    {
        const auto it = m_o.constFind(field);
        if (it == m_o.constEnd() || it->isNull()) {
            if (!required)
                return true;
            return reject(field, Tr::tr("is missing"));
        }
        if (!it->isString())
            return reject(field, Tr::tr("must be a JSON string"));
        target = it->toString();
        return true;
    }

    bool reject(const QString &field, const QString &reason)
    {
        core::QuarantinedItem item;
        item.index = m_index;
        item.eventId = m_id;
        item.field = field;
        item.reason = reason;
        m_out.quarantined.append(item);
        return false;
    }

    void setId(const QString &id) { m_id = id; }
    const QJsonObject &object() const { return m_o; }

private:
    const QJsonObject &m_o;
    int m_index;
    ParsedBody &m_out;
    QString m_id;
};

bool readItem(const QJsonObject &o, int index, ParsedBody &out, const core::Validator &validator)
{
    const Fields &f = fields();
    ItemReader r(o, index, out);
    core::AlarmEvent e;
    if (!r.text(f.id, e.id))
        return false;
    r.setId(e.id);
    if (!r.text(f.enterpriseId, e.enterpriseId) || !r.text(f.sensorId, e.sensorId) || !r.text(f.kind, e.kind)
        || !r.text(f.unit, e.unit) || !r.text(f.message, e.message, false))
        return false;

    const auto value = o.constFind(f.value);
    if (value == o.constEnd())
        return r.reject(f.value, Tr::tr("is missing"));
    if (!value->isDouble())
        return r.reject(f.value, Tr::tr("must be a JSON number"));
    e.value = value->toDouble();

    QString state;
    if (!r.text(f.state, state))
        return false;
    if (state == QLatin1String("active"))
        e.active = true;
    else if (state == QLatin1String("cleared"))
        e.active = false;
    else
        return r.reject(f.state, Tr::tr("must be \"active\" or \"cleared\", not \"%1\"").arg(state));

    QString time;
    if (!r.text(f.time, time))
        return false;
    e.time = parseTime(time);
    if (!e.time.isValid())
        return r.reject(f.time, Tr::tr("must be an ISO 8601 time with a UTC offset, not \"%1\"").arg(time));

    const core::ValidationErrors errors = validator.validate(e);
    if (!errors.isEmpty()) {
        const core::ValidationError &first = errors.first();
        return r.reject(first.field.section(QLatin1Char('.'), -1), first.message);
    }
    out.events.append(std::move(e));
    return true;
}

//! The bytes of item \a index of a scanned page.
QByteArray itemBytes(const QByteArray &body, const PageLayout &layout, int index)
{
    const PageLayout::Range &r = layout.items.at(index);
    return body.mid(r.begin, r.end - r.begin);
}

//! An item that does not parse at all still often shows its id: worth keeping with the bytes.
QString readableId(const QByteArray &raw)
{
    static const QRegularExpression id(QStringLiteral("\"id\"\\s*:\\s*\"([^\"\\\\]{1,200})\""));
    return id.match(QString::fromUtf8(raw)).captured(1);
}

void quarantineWhole(int index, const QByteArray &raw, const QString &reason, ParsedBody &out)
{
    core::QuarantinedItem item;
    item.index = index;
    item.eventId = readableId(raw);
    item.raw = raw.left(maxQuarantinedBytes);
    item.reason = reason;
    out.quarantined.append(item);
}

const core::Validator &validator()
{
    static const core::SectorCatalog noSectors; // alarm rules do not look at sectors
    static const core::Validator v(noSectors);
    return v;
}

//! The page item by item, when JSON refused it as a whole.
ParsedBody parseItemByItem(const QByteArray &body, const PageLayout &layout)
{
    ParsedBody out;
    out.cursor = layout.cursor;
    out.events.reserve(layout.items.size());
    for (int i = 0; i < layout.items.size(); ++i) {
        const QByteArray raw = itemBytes(body, layout, i);
        QJsonParseError error;
        const QJsonDocument item = QJsonDocument::fromJson(raw, &error);
        if (error.error != QJsonParseError::NoError)
            quarantineWhole(i, raw, Tr::tr("is not valid JSON: %1 at byte %2 of the item").arg(error.errorString()).arg(error.offset), out);
        else if (!item.isObject())
            quarantineWhole(i, raw, Tr::tr("is not a JSON object"), out);
        else if (!readItem(item.object(), i, out, validator()))
            out.quarantined.last().raw = raw.left(maxQuarantinedBytes);
    }
    out.ok = true;
    return out;
}

} // namespace

QString describeQuarantined(const core::QuarantinedItem &item)
{
    const QString where = item.eventId.isEmpty() ? QStringLiteral("alarms[%1]").arg(item.index)
                                                 : QStringLiteral("alarms[%1] (id %2)").arg(item.index).arg(item.eventId);
    return where + QLatin1Char(' ') + (item.field.isEmpty() ? QString() : item.field + QStringLiteral(": ")) + item.reason;
}

ParsedBody parseAlarmsBody(const QByteArray &body)
{
    ParsedBody out;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        const PageLayout layout = scanPage(body);
        if (layout.ok)
            return parseItemByItem(body, layout);
        out.error = Tr::tr("The body is not valid JSON: %1 at byte %2").arg(error.errorString()).arg(error.offset);
        return out;
    }
    if (!doc.isObject()) {
        out.error = Tr::tr("The body is not a JSON object");
        return out;
    }
    const QJsonObject root = doc.object();
    const Fields &f = fields();
    const auto cursor = root.constFind(f.cursor);
    if (cursor == root.constEnd() || !cursor->isString()) {
        out.error = Tr::tr("The body has no string \"cursor\"");
        return out;
    }
    const auto items = root.constFind(f.alarms);
    if (items == root.constEnd() || !items->isArray()) {
        out.error = Tr::tr("The body has no array \"alarms\"");
        return out;
    }
    out.cursor = cursor->toString();
    const QJsonArray array = items->toArray();
    out.events.reserve(array.size());
    for (int i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        if (!item.isObject()) {
            ItemReader(QJsonObject(), i, out).reject(QString(), Tr::tr("is not a JSON object"));
            continue;
        }
        readItem(item.toObject(), i, out, validator());
    }
    // Refused items are rare: only then are the page's bytes scanned for theirs.
    if (!out.quarantined.isEmpty()) {
        const PageLayout layout = scanPage(body);
        for (core::QuarantinedItem &q : out.quarantined)
            if (layout.ok && q.index < layout.items.size())
                q.raw = itemBytes(body, layout, q.index).left(maxQuarantinedBytes);
    }
    out.ok = true;
    return out;
}

} // namespace cp::feeds
