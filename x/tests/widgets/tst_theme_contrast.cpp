// Colours that must read in the light and the dark theme: the review comparison's changed cells
// (text on the amber tint), and check boxes' frames on a view's Base (an unchecked box in a list
// or tree must be seen). Measured as WCAG contrast ratios on the palettes ThemeManager applies.
#include "app/OutlinedFusionStyle.h"
#include "app/ThemeManager.h"
#include "models/ReviewCompareModel.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QStyleOptionViewItem>
#include <QTest>
#include <cmath>

using namespace Kepler;

namespace {

double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

} // namespace

class TestThemeContrast : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        ThemeManager theme;
        theme.apply(ThemeManager::Mode::Light); // sets the console's style, as main() does
    }

    void palettes_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void changedCellsReadOnTheirTint_data() { palettes_data(); }
    void changedCellsReadOnTheirTint()
    {
        QFETCH(bool, dark);
        const QPalette palette = dark ? ThemeManager::darkPalette() : ThemeManager::lightPalette();
        QApplication::setPalette(palette);
        MiniProgramVersion live;
        live.id = 1;
        live.codeVersion = u"1.0.0"_qs;
        MiniProgramVersion next = live;
        next.id = 2;
        next.codeVersion = u"1.1.0"_qs;
        ReviewCompareModel model;
        model.setVersions(next, live);
        const QModelIndex cell = model.index(ReviewCompareModel::CodeVersion, ReviewCompareModel::Submission);
        QVERIFY(model.isChanged(ReviewCompareModel::CodeVersion));
        const QVariant background = cell.data(Qt::BackgroundRole);
        QVERIFY(background.isValid());
        const QColor fill = background.value<QBrush>().color();
        const QVariant foreground = cell.data(Qt::ForegroundRole);
        const QColor text
            = foreground.isValid() ? foreground.value<QBrush>().color() : palette.color(QPalette::Text);
        QVERIFY2(contrast(text, fill) >= 4.5,
            qPrintable(u"text %1 on %2: %3:1"_qs.arg(text.name(), fill.name()).arg(contrast(text, fill))));
        // Still marked: the tint differs from an unchanged cell's Base.
        QVERIFY2(contrast(fill, palette.color(QPalette::Base)) >= 1.15,
            qPrintable(u"tint %1 on base %2"_qs.arg(fill.name(), palette.color(QPalette::Base).name())));
    }

    void uncheckedBoxesShowOnBase_data() { palettes_data(); }
    void uncheckedBoxesShowOnBase()
    {
        QFETCH(bool, dark);
        const QPalette palette = dark ? ThemeManager::darkPalette() : ThemeManager::lightPalette();
        // An item view's unchecked check box, as the category picker's tree paints it.
        QStyleOptionViewItem option;
        option.palette = palette;
        option.rect = QRect(4, 4, 14, 14);
        option.state = QStyle::State_Enabled | QStyle::State_Off;
        option.features = QStyleOptionViewItem::HasCheckIndicator;
        QImage image(22, 22, QImage::Format_ARGB32);
        image.fill(palette.color(QPalette::Base));
        {
            QPainter painter(&image);
            QApplication::style()->drawPrimitive(QStyle::PE_IndicatorItemViewItemCheck, &option, &painter);
        }
        double best = 1;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                best = qMax(best, contrast(QColor(image.pixel(x, y)), palette.color(QPalette::Base)));
        // 3:1 is WCAG's minimum for the boundary of a control (1.4.11 non-text contrast).
        QVERIFY2(best >= 3.0,
            qPrintable(
                u"frame contrast %1:1 on base %2"_qs.arg(best).arg(palette.color(QPalette::Base).name())));
    }
};

QTEST_MAIN(TestThemeContrast)
#include "tst_theme_contrast.moc"
