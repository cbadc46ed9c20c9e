// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/alarmtone.h"

#include <QtEndian>

#include <algorithm>
#include <cmath>

namespace cp::ui {

namespace {
constexpr int sampleRate = 22050;
constexpr double pi = 3.14159265358979323846;

void put32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}
void put16(QByteArray &out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}
} // namespace

QByteArray alarmToneWav()
{
    // Four 150 ms beeps alternating high and low, then 400 ms of silence: 1 s per loop.
    QByteArray samples;
    const int beep = sampleRate * 150 / 1000;
    for (int i = 0; i < 4; ++i) {
        const double frequency = i % 2 == 0 ? 880.0 : 660.0;
        for (int n = 0; n < beep; ++n) {
            const int fade = std::min({n, beep - 1 - n, 200}); // 9 ms ramps: no clicks
            const double amplitude = 0.5 * 32767 * fade / 200.0;
            put16(samples, static_cast<quint16>(static_cast<qint16>(amplitude * std::sin(2 * pi * frequency * n / sampleRate))));
        }
    }
    samples.append(QByteArray(sampleRate * 400 / 1000 * 2, '\0'));

    QByteArray wav;
    wav.append("RIFF", 4);
    put32(wav, static_cast<quint32>(36 + samples.size()));
    wav.append("WAVEfmt ", 8);
    put32(wav, 16);          // PCM format chunk size
    put16(wav, 1);           // PCM
    put16(wav, 1);           // mono
    put32(wav, sampleRate);
    put32(wav, sampleRate * 2); // bytes per second
    put16(wav, 2);           // block align
    put16(wav, 16);          // bits per sample
    wav.append("data", 4);
    put32(wav, static_cast<quint32>(samples.size()));
    wav.append(samples);
    return wav;
}

} // namespace cp::ui
