package io.govshare.report.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import io.govshare.report.domain.RankedCalls;
import io.govshare.report.domain.Wan;

import static org.assertj.core.api.Assertions.assertThat;

class ChartRendererTest {

    /** 表4-1 of October 2023: 274 calls beside 800,008. */
    private static final long[] REGIONS = {800008, 654587, 274772, 29388, 23766, 11408, 6897, 4481, 274};

    @Test
    void labels_groupTheirDigitsAsTheAxisDoes() {
        Wan wan = new Wan(RoundingMode.HALF_UP);
        assertThat(ChartRenderer.label(800008, null)).isEqualTo("800,008");
        assertThat(ChartRenderer.label(274, null)).isEqualTo("274");
        assertThat(ChartRenderer.label(11_541_100, wan)).isEqualTo("1,154.11");
        assertThat(ChartRenderer.label(243_300, wan)).isEqualTo("24.33");
    }

    @Test
    void theSmallestBar_isStillDrawn() throws IOException {
        List<RankedCalls> rows = new ArrayList<>();
        for (int i = 0; i < REGIONS.length; i++) {
            rows.add(new RankedCalls(i + 1, "r" + i, "地区" + i, REGIONS[i]));
        }
        byte[] png = new ChartRenderer(TestFonts.fallbacks()).png(rows, null, "次");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        // the bars start on the axis: the leftmost column with bar colour crosses every bar, the 274 one too
        int column = -1;
        for (int x = 0; x < image.getWidth() && column < 0; x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                if (isBar(image.getRGB(x, y))) {
                    column = x;
                    break;
                }
            }
        }
        int bars = 0;
        boolean inBar = false;
        for (int y = 0; y < image.getHeight(); y++) {
            boolean bar = isBar(image.getRGB(column + 1, y));
            if (bar && !inBar) {
                bars++;
            }
            inBar = bar;
        }
        assertThat(bars).isEqualTo(REGIONS.length);
    }

    private static boolean isBar(int rgb) {
        int colour = ChartRenderer.BAR.getRGB();
        return Math.abs(((rgb >> 16) & 0xff) - ((colour >> 16) & 0xff)) < 24
                && Math.abs(((rgb >> 8) & 0xff) - ((colour >> 8) & 0xff)) < 24
                && Math.abs((rgb & 0xff) - (colour & 0xff)) < 24;
    }
}
