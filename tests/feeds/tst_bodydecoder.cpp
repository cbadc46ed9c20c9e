// SPDX-License-Identifier: GPL-2.0-or-later
// BodyDecoder on bodies from tests/fuzz/bodydecoder: the limit holds for what is kept, not only for
// what is reported; and a body that inflates far beyond its bytes decodes whole from one chunk (the
// decoder calls inflate again while it fills the buffer, as zlib's manual asks).
#include "feeds/bodydecoder.h"

#include <QtTest>

#include <zlib.h>

using cp::feeds::BodyDecoder;

namespace {

QByteArray deflated(const QByteArray &plain)
{
    uLongf size = compressBound(static_cast<uLong>(plain.size()));
    QByteArray out(static_cast<int>(size), Qt::Uninitialized);
    if (compress2(reinterpret_cast<Bytef *>(out.data()), &size, reinterpret_cast<const Bytef *>(plain.constData()),
                  static_cast<uLong>(plain.size()), 9)
        != Z_OK)
        return {};
    out.resize(static_cast<int>(size));
    return out;
}

} // namespace

class TestBodyDecoder : public QObject
{
    Q_OBJECT

private slots:
    void neverHoldsMoreThanTheLimit_data()
    {
        QTest::addColumn<QByteArray>("encoding");
        QTest::addColumn<QByteArray>("sent");
        const QByteArray plain(300 * 1024, 'x');
        QTest::newRow("identity in one chunk") << QByteArray() << plain;
        QTest::newRow("deflate, a small answer that inflates past the limit") << QByteArray("deflate") << deflated(plain);
    }

    void neverHoldsMoreThanTheLimit()
    {
        QFETCH(QByteArray, encoding);
        QFETCH(QByteArray, sent);
        constexpr qint64 limit = 100 * 1000; // not a multiple of the inflater's 64 KiB rounds
        BodyDecoder decoder(limit);
        QString error;
        QVERIFY(decoder.start(encoding, &error));
        QVERIFY(!decoder.append(sent, &error));
        QVERIFY2(error.contains(QStringLiteral("exceeds the limit of 100000 bytes")), qPrintable(error));
        QVERIFY2(decoder.body().size() <= limit, qPrintable(QString::number(decoder.body().size())));
    }

    void aBodyThatInflatesFarDecodesWholeFromOneChunk_data()
    {
        QTest::addColumn<int>("size");
        for (const int size : {65536, 65536 * 3 + 1, 1000000, 1 << 21, 3000017})
            QTest::newRow(qPrintable(QString::number(size))) << size;
    }

    void aBodyThatInflatesFarDecodesWholeFromOneChunk()
    {
        QFETCH(int, size);
        QByteArray plain(size, ' ');
        plain.replace(0, 9, "{\"a\":[]}\n");
        BodyDecoder decoder(16 * 1024 * 1024);
        QString error;
        QVERIFY(decoder.start("deflate", &error));
        QVERIFY2(decoder.append(deflated(plain), &error), qPrintable(error));
        QVERIFY2(decoder.finish(&error), qPrintable(error));
        QCOMPARE(decoder.body().size(), plain.size());
        QVERIFY(decoder.body() == plain);
    }
};

QTEST_GUILESS_MAIN(TestBodyDecoder)
#include "tst_bodydecoder.moc"
