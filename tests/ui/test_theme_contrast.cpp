// WCAG AA contrast of both themes (relative luminance, WCAG 2.x): body and muted text against
// the card and the window background at least 4.5:1; every colour a chart draws marks in (the
// audiences, the series cycle, good, bad and primary) at least 3:1 against the card.
#include "charts/chart_palette.h"
#include "test_registry.h"

#include <QTest>

using namespace Qt::StringLiterals;
using pvi::palette::Audience;
using pvi::palette::Theme;

namespace {

struct Named {
    QString name;
    QColor colour;
};

QString themeName(Theme theme) {
    return theme == Theme::Dark ? u"dark"_s : u"light"_s;
}

/// Every failing pair as "theme: a on b = ratio (needs min)"; the worst ratio seen.
QStringList checkPairs(Theme theme, const QList<Named>& fronts, const QList<Named>& backs,
                       double minimum, double* worst) {
    QStringList failures;
    for (const Named& front : fronts) {
        for (const Named& back : backs) {
            const double ratio = pvi::palette::contrastRatio(front.colour, back.colour);
            *worst = std::min(*worst, ratio);
            if (ratio < minimum)
                failures << u"%1: %2 %3 on %4 %5 = %6:1 (needs %7:1)"_s.arg(
                    themeName(theme), front.name, front.colour.name(), back.name,
                    back.colour.name(), QString::number(ratio, 'f', 2), QString::number(minimum));
        }
    }
    return failures;
}

} // namespace

class TestThemeContrast : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // The formula against WCAG's own reference points.
    void theRatioFollowsWcag() {
        QCOMPARE(pvi::palette::contrastRatio(Qt::black, Qt::white), 21.0);
        QCOMPARE(pvi::palette::contrastRatio(Qt::white, Qt::white), 1.0);
        // #767676 on white is the well-known lightest grey that passes AA (4.54:1).
        const double grey = pvi::palette::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white);
        QVERIFY2(grey > 4.5 && grey < 4.6, qPrintable(QString::number(grey)));
    }

    void bothThemesMeetAa_data() {
        QTest::addColumn<int>("theme");
        QTest::newRow("light") << int(Theme::Light);
        QTest::newRow("dark") << int(Theme::Dark);
    }

    void bothThemesMeetAa() {
        QFETCH(int, theme);
        const pvi::palette::ScopedTheme scoped{Theme(theme)};
        namespace p = pvi::palette;
        const QList<Named> texts = {{u"text"_s, p::text()}, {u"muted text"_s, p::mutedText()}};
        const QList<Named> backgrounds = {{u"card"_s, p::cardBackground()},
                                          {u"window"_s, p::windowBackground()}};
        QList<Named> marks = {{u"all customers"_s, p::audience(Audience::AllCustomers)},
                              {u"personalized"_s, p::audience(Audience::Personalized)},
                              {u"generic"_s, p::audience(Audience::Generic)},
                              {u"control"_s, p::audience(Audience::Control)},
                              {u"good"_s, p::good()},
                              {u"bad"_s, p::bad()},
                              {u"primary"_s, p::primary()}};
        for (int i = 0; i < int(p::colours().series.size()); ++i)
            marks.append({u"series %1"_s.arg(i), p::series(i)});
        double worstText = 21;
        double worstMark = 21;
        QStringList failures = checkPairs(Theme(theme), texts, backgrounds, 4.5, &worstText);
        failures << checkPairs(Theme(theme), marks, {{u"card"_s, p::cardBackground()}}, 3.0,
                               &worstMark);
        qInfo("%s theme: worst text contrast %.2f:1, worst mark contrast %.2f:1",
              qPrintable(themeName(Theme(theme))), worstText, worstMark);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    }

    // Each audience keeps one identity: the same hue family in both themes (within 25° of
    // hue; generic is a grey and is compared by saturation instead).
    void audiencesKeepTheirHueAcrossThemes() {
        namespace p = pvi::palette;
        for (Audience who : {Audience::AllCustomers, Audience::Personalized, Audience::Control}) {
            QColor light;
            QColor dark;
            {
                const p::ScopedTheme scoped(Theme::Light);
                light = p::audience(who);
            }
            {
                const p::ScopedTheme scoped(Theme::Dark);
                dark = p::audience(who);
            }
            int difference = std::abs(light.hslHue() - dark.hslHue());
            difference = std::min(difference, 360 - difference);
            QVERIFY2(difference <= 25, qPrintable(u"audience %1: %2 (light) and %3 (dark) differ "
                                                  "by %4° of hue"_s.arg(int(who))
                                                      .arg(light.name(), dark.name())
                                                      .arg(difference)));
        }
        const p::ScopedTheme scoped(Theme::Dark);
        QVERIFY2(p::audience(Audience::Generic).hslSaturationF() < 0.2,
                 "generic should stay a grey in the dark theme");
    }
};

PVI_TEST_CLASS(TestThemeContrast)
#include "test_theme_contrast.moc"
