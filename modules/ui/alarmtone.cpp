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

//! Beeps alternating high and low, then silence: together one second, so every tone loops alike.
struct Phrase
{
    int beeps;
    int beepMs;
    double high;
    double low;
    int silenceMs;
};

Phrase phraseOf(ToneUrgency urgency)
{
    return urgency == ToneUrgency::Urgent ? Phrase{8, 100, 1320.0, 990.0, 200} : Phrase{4, 150, 880.0, 660.0, 400};
}
} // namespace

QByteArray alarmToneWav(ToneUrgency urgency)
{
    const Phrase phrase = phraseOf(urgency);
    QByteArray samples;
    const int beep = sampleRate * phrase.beepMs / 1000;
    for (int i = 0; i < phrase.beeps; ++i) {
        const double frequency = i % 2 == 0 ? phrase.high : phrase.low;
        for (int n = 0; n < beep; ++n) {
            const int fade = std::min({n, beep - 1 - n, 200}); // 9 ms ramps: no clicks
            const double amplitude = 0.5 * 32767 * fade / 200.0;
            put16(samples, static_cast<quint16>(static_cast<qint16>(amplitude * std::sin(2 * pi * frequency * n / sampleRate))));
        }
    }
    samples.append(QByteArray(sampleRate * phrase.silenceMs / 1000 * 2, '\0'));

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
