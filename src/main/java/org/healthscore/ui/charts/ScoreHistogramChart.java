package org.healthscore.ui.charts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import org.healthscore.engine.Evaluation;
import org.healthscore.model.Band;

/**
 * Score distribution: one stacked bar per score bin, retained / open / churned accounts stacked, each bar in
 * its band's color (churned accounts in a dark shade of it, so they stand out). While a slider moves the same
 * bars are updated in place — new nodes per frame would keep the FX thread busy. Each band's lower edge is a
 * dashed line that can be dragged along the score axis ({@link #setOnEdgeMoved}).
 */
public final class ScoreHistogramChart extends StackedBarChart<String, Number> {
    public static final String CHURNED = "Churned";
    public static final String RETAINED = "Retained";
    public static final String OPEN = "Open (no outcome yet)";

    /** How a stack segment derives from its band's color: churned darkest, open lightest. */
    private enum Shade {
        RETAINED("%s"), OPEN("derive(%s, 45%%)"), CHURNED("derive(%s, -50%%)");

        private final String css;

        Shade(String css) {
            this.css = css;
        }
    }

    /** One stacked segment: its data point, its tooltip and the fill it has now. */
    private static final class Bar {
        final XYChart.Data<String, Number> data;
        final LazyTooltip tooltip = new LazyTooltip();
        String fill;

        Bar(String label) {
            data = new XYChart.Data<>(label, 0);
            data.nodeProperty().addListener((o, old, node) -> {
                if (node != null) {
                    Tooltip.install(node, tooltip);
                    if (fill != null) {
                        node.setStyle("-fx-bar-fill: " + fill + ";");
                    }
                }
            });
        }

        void set(int count, String newFill, Supplier<String> tip) {
            data.setYValue(count);
            tooltip.describe(tip);
            if (!newFill.equals(fill)) {
                fill = newFill;
                if (data.getNode() != null) {
                    data.getNode().setStyle("-fx-bar-fill: " + fill + ";"); // band colors come from the model
                }
            }
        }
    }

    /** Told where a band edge was dragged: band index (best first), score, and whether the drag goes on. */
    @FunctionalInterface
    public interface EdgeListener {
        void moved(int bandIndex, double score, boolean stillDragging);
    }

    private final List<Bar[]> bars = new ArrayList<>();
    private final List<BandEdgeHandle> edges = new ArrayList<>();
    /** Each band color's three shades (retained, open, churned), as CSS. */
    private final Map<String, String[]> shades = new HashMap<>();
    private double binWidth = 5;
    /** Whether the bins changed since the score axis last took its range ({@link #updateAxisRange()}). */
    private boolean binsChanged = true;
    private EdgeListener onEdgeMoved = (i, score, dragging) -> { };

    public ScoreHistogramChart() {
        super(new CategoryAxis(), new NumberAxis());
        setTitle("Score distribution");
        getXAxis().setLabel("Health score");
        getYAxis().setLabel("Accounts");
        setAnimated(false);
        setCategoryGap(2);
        getStyleClass().add("score-histogram");
        // labels the axis left out stay out until its tick marks are made anew (JavaFX 21): at a new width or type
        // (presentation mode) they are — once per change, after the layout that caused it — or labels thinned at
        // one width stayed thinned at another ("90" was missing between 85 and 95). A drag changes neither.
        CategoryAxis axis = (CategoryAxis) getXAxis();
        boolean[] pending = {false};
        Runnable relabel = () -> {
            if (!pending[0]) {
                pending[0] = true;
                javafx.application.Platform.runLater(() -> {
                    pending[0] = false;
                    axis.getCategories().setAll(List.copyOf(axis.getCategories()));
                });
            }
        };
        axis.widthProperty().addListener((o, was, now) -> {
            if (Math.abs(now.doubleValue() - was.doubleValue()) >= 0.5) {
                relabel.run();
            }
        });
        axis.tickLabelFontProperty().addListener(o -> relabel.run());
    }

    public void setOnEdgeMoved(EdgeListener listener) {
        onEdgeMoved = listener;
    }

    /** The bars for {@code h}; {@code edgeBands} (best first) are the bands whose edges are drawn and dragged. */
    public void show(Evaluation.Histogram h, List<Band> bands, List<Band> edgeBands) {
        showEdges(edgeBands);
        binWidth = h.binWidth();
        if (bars.size() != h.bins()) {
            build(h);
        }
        int tallest = 0;
        for (int b = 0; b < h.bins(); b++) {
            tallest = Math.max(tallest, h.total(b));
        }
        StickyAxis.fit((NumberAxis) getYAxis(), tallest);
        for (int b = 0; b < h.bins(); b++) {
            int band = h.band()[b];
            String[] fills = shades.computeIfAbsent(band >= 0 && band < bands.size() ? bands.get(band).color()
                    : "#888888", ScoreHistogramChart::shadesOf);
            String bandName = band >= 0 && band < bands.size() ? bands.get(band).name() : "?";
            int bin = b;
            Supplier<String> tip = () -> tooltip(h, bin, bandName);
            Bar[] stack = bars.get(b);
            stack[0].set(h.retained()[b], fills[Shade.RETAINED.ordinal()], tip);
            stack[1].set(h.unknown()[b], fills[Shade.OPEN.ordinal()], tip);
            stack[2].set(h.churned()[b], fills[Shade.CHURNED.ordinal()], tip);
        }
    }

    private static String[] shadesOf(String color) {
        String[] css = new String[Shade.values().length];
        for (Shade shade : Shade.values()) {
            css[shade.ordinal()] = String.format(Locale.ROOT, shade.css, color);
        }
        return css;
    }

    /** What a bar's tooltip says: its scores, band and accounts by outcome. */
    static String tooltip(Evaluation.Histogram h, int bin, String bandName) {
        return String.format(Locale.ROOT, "Score %.0f–%.0f (%s)%n%,d accounts: %,d retained, %,d churned, %,d open",
                bin * h.binWidth(), (bin + 1) * h.binWidth(), bandName, h.total(bin), h.retained()[bin],
                h.churned()[bin], h.unknown()[bin]);
    }

    /** The tooltip text of a bin's bar as it would show now (for tests: a tooltip writes it when shown). */
    public String tooltipOf(int bin) {
        return bars.get(bin)[0].tooltip.text();
    }

    /** One handle per band above the lowest (whose edge is always 0). */
    private void showEdges(List<Band> bands) {
        int wanted = Math.max(0, bands.size() - 1);
        while (edges.size() > wanted) {
            getPlotChildren().remove(edges.remove(edges.size() - 1));
        }
        while (edges.size() < wanted) {
            BandEdgeHandle handle = new BandEdgeHandle(edges.size());
            int index = edges.size();
            handle.grabArea().setOnMouseDragged(e -> {
                handle.dragScore = scoreAt(handle.getParent().sceneToLocal(e.getSceneX(), e.getSceneY()).getX());
                requestChartLayout();
                onEdgeMoved.moved(index, handle.dragScore, true);
            });
            handle.grabArea().setOnMouseReleased(e -> {
                if (!Double.isNaN(handle.dragScore)) {
                    double score = handle.dragScore;
                    handle.dragScore = Double.NaN;
                    onEdgeMoved.moved(index, score, false);
                }
            });
            edges.add(handle);
            getPlotChildren().add(handle);
        }
        for (int i = 0; i < wanted; i++) {
            edges.get(i).show(bands.get(i));
        }
        requestChartLayout();
    }

    /** x (plot coordinates) of a score: bins are categories, so interpolate inside the bin's slot. */
    private double xOf(double score) {
        CategoryAxis axis = (CategoryAxis) getXAxis();
        if (axis.getCategories().size() < 2) {
            return 0;
        }
        double first = axis.getDisplayPosition(axis.getCategories().get(0));
        double slot = axis.getDisplayPosition(axis.getCategories().get(1)) - first;
        return first - slot / 2 + score / binWidth * slot;
    }

    private double scoreAt(double x) {
        double zero = xOf(0);
        double slot = xOf(binWidth) - zero;
        return slot <= 0 ? 0 : Math.max(0, Math.min(100, (x - zero) / slot * binWidth));
    }

    /**
     * Bars changing height leave the axes as they are: when the score axis auto-ranged, its 20 tick labels were made
     * anew (new nodes, CSS) at every frame of a drag. Its categories change only with the bins.
     */
    @Override
    protected void updateAxisRange() {
        if (binsChanged) {
            binsChanged = false;
            super.updateAxisRange();
        }
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        double height = getYAxis().getHeight();
        for (BandEdgeHandle handle : edges) {
            handle.place(xOf(handle.score()), height);
            keepInFront(handle);
        }
    }

    /** Above the bars (made after it when the bins change); moved only then, as a move re-lays out the plot. */
    private static void keepInFront(BandEdgeHandle handle) {
        var siblings = handle.getParent().getChildrenUnmodifiable();
        for (int i = siblings.indexOf(handle) + 1; i < siblings.size(); i++) {
            if (!(siblings.get(i) instanceof BandEdgeHandle)) {
                handle.toFront();
                return;
            }
        }
    }

    private void build(Evaluation.Histogram h) {
        bars.clear();
        var retained = new XYChart.Series<String, Number>();
        retained.setName(RETAINED);
        var open = new XYChart.Series<String, Number>();
        open.setName(OPEN);
        var churned = new XYChart.Series<String, Number>();
        churned.setName(CHURNED);
        List<String> categories = new ArrayList<>();
        for (int b = 0; b < h.bins(); b++) {
            // a thin space each side: the axis leaves out labels only once they would touch, and 10 15 20 ran
            // together before that; with the spaces they thin to 10 20 30 while still apart
            String label = String.format(Locale.ROOT, "\u2009%.0f\u2009", b * h.binWidth());
            categories.add(label);
            Bar[] stack = {new Bar(label), new Bar(label), new Bar(label)};
            bars.add(stack);
            retained.getData().add(stack[0].data);
            open.getData().add(stack[1].data);
            churned.getData().add(stack[2].data);
        }
        // not auto-ranging: an auto-ranging category axis turns all its labels on their side as soon as they do not
        // all fit (the score axis read vertically on a projector); this one keeps them level and leaves out those
        // that would overlap (0, 10, 20 … instead of 0, 5, 10 …)
        StickyAxis.categories((CategoryAxis) getXAxis(), categories);
        binsChanged = true;
        getData().setAll(List.of(retained, open, churned));
    }
}
