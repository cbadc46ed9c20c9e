// SPDX-License-Identifier: GPL-2.0-or-later
#include "feeds/bodydecoder.h"

#include "feeds/tr.h"

#include <zlib.h>

namespace cp::feeds {

struct BodyDecoder::Inflater
{
    z_stream stream{};
    ~Inflater() { inflateEnd(&stream); }
};

BodyDecoder::BodyDecoder(qint64 limitBytes)
    : m_limit(limitBytes)
{
}

BodyDecoder::~BodyDecoder() = default;

bool BodyDecoder::start(const QByteArray &contentEncoding, QString *error)
{
    m_body.clear();
    m_inflater.reset();
    m_streamEnded = false;
    const QByteArray coding = contentEncoding.trimmed().toLower();
    if (coding.isEmpty() || coding == "identity")
        return true;
    if (coding != "gzip" && coding != "x-gzip" && coding != "deflate") {
        *error = Tr::tr("The answer's Content-Encoding \"%1\" is not gzip, deflate or identity").arg(QString::fromLatin1(coding));
        return false;
    }
    m_inflater = std::make_unique<Inflater>();
    // 15 + 32: zlib or gzip, told apart by their headers ("deflate" servers send either).
    if (inflateInit2(&m_inflater->stream, 15 + 32) != Z_OK) {
        m_inflater.reset();
        *error = Tr::tr("Cannot start decompressing the answer");
        return false;
    }
    return true;
}

bool BodyDecoder::append(const QByteArray &chunk, QString *error)
{
    if (!m_inflater)
        return take(chunk.constData(), chunk.size(), error);
    z_stream &z = m_inflater->stream;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(chunk.constData()));
    z.avail_in = static_cast<uInt>(chunk.size());
    char out[64 * 1024];
    // On while input is left, and while the last round filled the buffer: zlib may hold output
    // back from input it has already consumed.
    bool bufferFilled = false;
    while ((z.avail_in > 0 || bufferFilled) && !m_streamEnded) {
        z.next_out = reinterpret_cast<Bytef *>(out);
        z.avail_out = sizeof out;
        const int rc = inflate(&z, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR) {
            *error = Tr::tr("The compressed answer is corrupt: %1").arg(QString::fromLatin1(z.msg ? z.msg : "inflate"));
            return false;
        }
        if (!take(out, static_cast<qint64>(sizeof out - z.avail_out), error))
            return false;
        m_streamEnded = rc == Z_STREAM_END;
        bufferFilled = z.avail_out == 0;
        if (rc == Z_BUF_ERROR)
            break; // needs more input
    }
    return true;
}

bool BodyDecoder::finish(QString *error)
{
    if (m_inflater && !m_streamEnded) {
        *error = Tr::tr("The compressed answer ends before its stream does");
        return false;
    }
    return true;
}

bool BodyDecoder::take(const char *data, qint64 size, QString *error)
{
    // Checked before appending, so no more than the limit is ever held.
    if (m_body.size() + size > m_limit) {
        *error = Tr::tr("The decoded body exceeds the limit of %1 bytes").arg(m_limit);
        return false;
    }
    m_body.append(data, static_cast<int>(size));
    return true;
}

} // namespace cp::feeds
