// SPDX-License-Identifier: GPL-2.0-or-later
// A feed answer's bytes as they arrive, in the encoding the server claims: the first byte picks
// identity, gzip or deflate, the second where the body is split into two chunks. The decoder never
// holds more than its limit and refuses a corrupt or truncated stream with a reason.
#include "feeds/bodydecoder.h"

#include <QByteArray>

#include <cstdlib>

namespace {

constexpr qint64 limitBytes = 64 * 1024; // small, so inflating past it is easy to reach

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    static const QByteArray encodings[] = {QByteArray(), QByteArray("gzip"), QByteArray("deflate"), QByteArray("br")};
    const QByteArray &encoding = encodings[data[0] % 4];
    const QByteArray body(reinterpret_cast<const char *>(data + 2), static_cast<int>(size - 2));
    const int split = body.isEmpty() ? 0 : data[1] % (body.size() + 1);

    cp::feeds::BodyDecoder decoder(limitBytes);
    QString error;
    if (!decoder.start(encoding, &error)) {
        if (error.isEmpty())
            std::abort();
        return 0;
    }
    const bool ok = decoder.append(body.left(split), &error) && decoder.append(body.mid(split), &error)
                    && decoder.finish(&error);
    if (decoder.body().size() > limitBytes || (!ok && error.isEmpty()))
        std::abort();
    return 0;
}
