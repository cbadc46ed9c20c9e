// SPDX-License-Identifier: GPL-2.0-or-later
#include "sectors/attributespec.h"

#include <QtTest>

using namespace cp::sectors;
using Type = AttributeSpec::Type;

class TestAttributeSpec : public QObject
{
    Q_OBJECT

private slots:
    void thePanelShowsEachTypeReadably_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("text");
        QTest::newRow("a number with one decimal and its unit") << int(Type::Number) << "t" << QVariant(12.345) << "en" << "12.3 t";
        QTest::newRow("an integer with its unit") << int(Type::Integer) << "人" << QVariant(120) << "zh_CN" << "120 人";
        QTest::newRow("a missing value as a dash") << int(Type::Number) << "t" << QVariant() << "en" << "—";
        QTest::newRow("a choice by its Chinese name") << int(Type::Choice) << "" << QVariant(QStringLiteral("outburst"))
                                                      << "zh_CN" << "煤与瓦斯突出矿井";
        QTest::newRow("a choice by its English name") << int(Type::Choice) << "" << QVariant(QStringLiteral("outburst"))
                                                      << "en" << "outburst mine";
        QTest::newRow("an unknown choice as its key") << int(Type::Choice) << "" << QVariant(QStringLiteral("medium_gas"))
                                                      << "en" << "medium_gas";
        QTest::newRow("a boolean as yes") << int(Type::Boolean) << "" << QVariant(true) << "en" << "yes";
        QTest::newRow("a date in the locale's short form") << int(Type::Date) << "" << QVariant(QStringLiteral("2027-03-01"))
                                                           << "en_US" << QLocale(QStringLiteral("en_US")).toString(QDate(2027, 3, 1), QLocale::ShortFormat);
        QTest::newRow("a text as given") << int(Type::Text) << "" << QVariant(QStringLiteral("1# 罐区")) << "en" << "1# 罐区";
    }

    void thePanelShowsEachTypeReadably()
    {
        QFETCH(int, type);
        QFETCH(QString, unit);
        QFETCH(QVariant, value);
        QFETCH(QString, locale);
        QFETCH(QString, text);
        AttributeSpec spec = AttributeSpec::make("x", LocalizedName::of("甲", "x"), Type(type), unit);
        if (spec.type == Type::Choice)
            spec = spec.withChoices({{QStringLiteral("outburst"), LocalizedName::of("煤与瓦斯突出矿井", "outburst mine")}});
        QCOMPARE(spec.displayText(value, QLocale(locale)), text);
    }
};

QTEST_GUILESS_MAIN(TestAttributeSpec)
#include "tst_attributespec.moc"
