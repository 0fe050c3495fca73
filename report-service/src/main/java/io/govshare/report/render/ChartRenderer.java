package io.govshare.report.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import jakarta.enterprise.context.ApplicationScoped;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

import io.govshare.report.domain.ExchangeFigures;
import io.govshare.report.domain.RankedCalls;
import io.govshare.report.domain.Snapshot;
import io.govshare.report.domain.Wan;

/**
 * Bar charts of the two Top-10 tables (万次) and the two region tables (次), as PNG at twice their printed size so that
 * they stay sharp on paper; drawn only for an edition with charts. Labels and axis group digits alike (800,008), and a
 * bar never shrinks below a few points, so that 274 calls beside 800,008 still show. The keys are those the template
 * writes as {@code chart:<key>}.
 */
@ApplicationScoped
public class ChartRenderer {

    static final int WIDTH = 600;
    static final int HEIGHT = 330;
    private static final int SCALE = 2;
    /** The colour of the bars. */
    static final Color BAR = new Color(0x9E, 0x1B, 0x1B);
    /** The shortest bar, in points of the printed chart. */
    static final double MINIMUM_BAR = 3;

    private final Fonts fonts;

    public ChartRenderer(Fonts fonts) {
        this.fonts = fonts;
    }

    public Map<String, byte[]> render(Snapshot snapshot) {
        ExchangeFigures x = snapshot.figures().exchange();
        Wan wan = new Wan(snapshot.edition().wanRounding());
        Map<String, byte[]> charts = new LinkedHashMap<>();
        charts.put("top-providers", png(x.topProviders(), wan, "万次"));
        charts.put("top-consumers", png(x.topConsumers(), wan, "万次"));
        charts.put("regions-provided", png(x.regionsProvided(), null, "次"));
        charts.put("regions-used", png(x.regionsUsed(), null, "次"));
        return charts;
    }

    byte[] png(List<RankedCalls> rows, Wan wan, String unit) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Map<String, String> labels = new LinkedHashMap<>();
        for (RankedCalls row : rows) {
            double value = wan == null ? row.calls() : Double.parseDouble(wan.format(row.calls()));
            data.addValue(value, unit, row.name());
            labels.put(row.name(), label(row.calls(), wan));
        }
        JFreeChart chart = chart(data, labels, unit);
        BufferedImage image = new BufferedImage(WIDTH * SCALE, HEIGHT * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(SCALE, SCALE);
            chart.draw(g, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        } finally {
            g.dispose();
        }
        return encode(image);
    }

    /** The label of a bar: calls (800,008) or 万次 (1,154.11), digits grouped as on the axis. */
    static String label(long calls, Wan wan) {
        if (wan == null) {
            return String.format(Locale.ROOT, "%,d", calls);
        }
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT))
                .format(new BigDecimal(wan.format(calls)));
    }

    /** PNG with light compression: the default level takes several times longer for a file only a little smaller. */
    private static byte[] encode(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.75f);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private JFreeChart chart(DefaultCategoryDataset data, Map<String, String> labels, String unit) {
        Font base = this.fonts.chartFont();
        CategoryAxis categories = new CategoryAxis();
        categories.setTickLabelFont(base.deriveFont(12.5f));
        categories.setCategoryMargin(0.25);
        categories.setLowerMargin(0.02);
        categories.setUpperMargin(0.02);
        NumberAxis values = new NumberAxis(unit);
        values.setNumberFormatOverride(new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        values.setLabelFont(base.deriveFont(12f));
        values.setTickLabelFont(base.deriveFont(11f));
        values.setUpperMargin(0.18);
        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, BAR);
        bars.setMaximumBarWidth(0.08);
        bars.setMinimumBarLength(MINIMUM_BAR);
        bars.setDefaultItemLabelGenerator(new CategoryItemLabelGenerator() {
            @Override
            public String generateRowLabel(CategoryDataset dataset, int row) {
                return null;
            }

            @Override
            public String generateColumnLabel(CategoryDataset dataset, int column) {
                return null;
            }

            @Override
            public String generateLabel(CategoryDataset dataset, int row, int column) {
                return labels.get((String) dataset.getColumnKey(column));
            }
        });
        bars.setDefaultItemLabelFont(base.deriveFont(12f));
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        bars.setItemLabelAnchorOffset(4);
        CategoryPlot plot = new CategoryPlot(data, categories, values, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(new Color(0xCC, 0xCC, 0xCC));
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        JFreeChart chart = new JFreeChart(null, base.deriveFont(14f), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        return chart;
    }
}
