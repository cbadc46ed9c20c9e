// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace cp::feeds {

/*!
 * \brief Decodes a response body as it arrives (identity, gzip or deflate) and enforces a limit
 * on the decoded size.
 *
 * The client asks for compressed answers itself, so Qt hands over the bytes as sent and the limit
 * holds after decompression: a small gzip answer that would inflate to a gigabyte stops at the
 * limit, with no more than the limit held in memory.
 */
class BodyDecoder
{
public:
    explicit BodyDecoder(qint64 limitBytes);
    ~BodyDecoder();
    BodyDecoder(const BodyDecoder &) = delete;
    BodyDecoder &operator=(const BodyDecoder &) = delete;

    //! Begins a body sent with \a contentEncoding (the header's value); false for one not understood.
    bool start(const QByteArray &contentEncoding, QString *error);
    //! Decodes \a chunk; false with \a error when it is corrupt or the decoded body passes the limit.
    bool append(const QByteArray &chunk, QString *error);
    //! Ends the body; false when a compressed stream stopped before its end.
    bool finish(QString *error);
    const QByteArray &body() const { return m_body; }

private:
    struct Inflater;
    //! Appends \a size decoded bytes, or refuses them with \a error when the body would pass the limit.
    bool take(const char *data, qint64 size, QString *error);

    qint64 m_limit;
    QByteArray m_body;
    std::unique_ptr<Inflater> m_inflater; //!< null for identity
    bool m_streamEnded = false;
};

} // namespace cp::feeds
