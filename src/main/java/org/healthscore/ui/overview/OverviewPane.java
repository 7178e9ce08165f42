package org.healthscore.ui.overview;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.healthscore.engine.Evaluation;
import org.healthscore.engine.RecomputeResult;
import org.healthscore.model.Band;
import org.healthscore.ui.charts.BandChurnChart;
import org.healthscore.ui.charts.ChartCard;
import org.healthscore.ui.charts.DecileChart;
import org.healthscore.ui.charts.RocChart;
import org.healthscore.ui.charts.ScoreHistogramChart;

/**
 * The Overview tab: headline figures with their Δ, the four charts and the band table, all redrawn from each
 * recompute result (while a slider moves too). It knows nothing of the model being edited: it shows results.
 */
public final class OverviewPane extends VBox {
    private final ScoreHistogramChart histogram = new ScoreHistogramChart();
    private final BandChurnChart bandChurn = new BandChurnChart();
    private final DecileChart deciles = new DecileChart();
    private final RocChart roc = new RocChart();
    private final HeadlineFigures figures = new HeadlineFigures();
    private final BandTable bandTable = new BandTable();
    private long tableShownAt;
    private final ChartCaptions captions = new ChartCaptions();
    private final EnlargedChart enlarged;
    /** The result on screen: what a chart saved for a slide is captioned with. */
    private RecomputeResult shown;
    /** The settled result the band table's after-overrides columns are for, and those figures (null: none). */
    private RecomputeResult afterFor;
    private Evaluation after;
    /** The overrides line in the window and, shorter, in presentation mode. */
    private String overridesText = "";
    private String overridesBrief = "";

    /**
     * @param askPngFile asks where to save a chart (given a suggested file name); empty when the user cancels
     * @param report     shows a one-line message (a chart saved, or why not)
     */
    public OverviewPane(Function<String, Optional<Path>> askPngFile, Consumer<String> report) {
        super(8);
        histogram.setId("score-histogram");
        bandChurn.setId("band-churn");
        deciles.setId("decile-chart");
        roc.setId("roc-chart");
        GridPane charts = new GridPane();
        charts.setHgap(8);
        charts.setVgap(8);
        charts.add(new ChartCard(histogram, "score-distribution.png", askPngFile,
                () -> captions.histogram(shown), report), 0, 0);
        charts.add(new ChartCard(bandChurn, "churn-per-band.png", askPngFile, () -> captions.bands(shown), report), 1, 0);
        charts.add(new ChartCard(deciles, "churn-per-decile.png", askPngFile, () -> captions.plain(shown), report), 0, 1);
        charts.add(new ChartCard(roc, "roc-curve.png", askPngFile, () -> captions.roc(shown), report), 1, 1);
        enlarged = new EnlargedChart(charts, this::showBesideCharts);
        charts.getChildren().forEach(n -> ((ChartCard) n).setOnEnlarge(() -> enlarged.toggle((ChartCard) n)));
        for (int i = 0; i < 2; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(50);
            charts.getColumnConstraints().add(c);
            RowConstraints r = new RowConstraints();
            r.setPercentHeight(50);
            r.setVgrow(Priority.ALWAYS);
            charts.getRowConstraints().add(r);
        }
        VBox.setVgrow(charts, Priority.ALWAYS);
        noMetrics.setId("no-metrics");
        noMetrics.setWrapText(true);
        noMetrics.getStyleClass().add("panel-title");
        noMetrics.setVisible(false);
        noMetrics.setManaged(false);
        drift.setId("drift-line");
        drift.getStyleClass().add("drift-line");
        drift.setWrapText(true);
        drift.setMaxWidth(Double.MAX_VALUE);
        drift.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wraps to a second line, never cut
        drift.setVisible(false);
        drift.setManaged(false);
        overrides.setId("overrides-line");
        overrides.getStyleClass().add("overrides-line");
        overrides.setWrapText(true);
        overrides.setMaxWidth(Double.MAX_VALUE);
        overrides.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        overrides.setVisible(false);
        overrides.setManaged(false);
        getChildren().addAll(noMetrics, drift, overrides, figures, charts, bandTable);
        this.charts = charts;
        setPadding(new Insets(12));
    }

    private final javafx.scene.control.Label noMetrics = new javafx.scene.control.Label(
            "This model has no metrics yet, so there is nothing to score. Add one with \u201cAdd a metric from a "
                    + "column\u2026\u201d on the left: when the workspace has outcomes its points are fitted to churn "
                    + "at once. Or build a whole model from the columns headless with calibrate (README).");
    private GridPane charts;
    private boolean presentation;
    private final javafx.scene.control.Hyperlink drift = new javafx.scene.control.Hyperlink();
    private final javafx.scene.control.Hyperlink overrides = new javafx.scene.control.Hyperlink();

    /** With no metric there is nothing to score: a sentence saying what to do instead of empty charts. */
    private void showEmpty(boolean empty) {
        enlarged.restore();
        noMetrics.setVisible(empty);
        noMetrics.setManaged(empty);
        charts.setVisible(!empty);
        charts.setManaged(!empty);
        showBesideCharts(true);
    }

    /** The headline figures and the band table, unless there is nothing to score (the table: nor in presentation). */
    private void showBesideCharts(boolean on) {
        boolean shown = on && !noMetrics.isVisible();
        figures.setVisible(shown);
        figures.setManaged(shown);
        bandTable.setVisible(shown && !presentation);
        bandTable.setManaged(shown && !presentation);
    }

    /**
     * Presentation mode: the headline figures leave the Overview for a row across the whole window (returned, for
     * the window to place; null when they come back), and the band table gives its room to the charts (the band
     * tiles hold its share, churn and ARR).
     */
    public javafx.scene.Node setPresentation(boolean on) {
        enlarged.restore();
        presentation = on;
        setOverridesLine(on ? overridesBrief : overridesText, null);
        figures.setOneRow(on);
        if (on) {
            getChildren().remove(figures);
        } else if (!getChildren().contains(figures)) {
            getChildren().add(getChildren().indexOf(charts), figures);
        }
        showBesideCharts(true);
        return on ? figures : null;
    }

    /**
     * The drift line above the headline (empty: none shown); {@code open} shows the Drift tab when it is clicked.
     */
    /**
     * The CSM overrides line under the drift line (empty: none shown), {@code open} listing the accounts, and the
     * band table's after-overrides columns for {@code result} (null {@code after}: none hold).
     */
    public void setOverrides(String text, String brief, Runnable open, RecomputeResult result, Evaluation after) {
        afterFor = after == null ? null : result;
        this.after = after;
        overridesText = text;
        overridesBrief = brief;
        bandTable.showAfter(after == null ? null : after.bandRows(), shown != result);
        setOverridesLine(presentation ? brief : text, open);
    }

    private void setOverridesLine(String text, Runnable open) {
        overrides.setText(text);
        if (open != null) {
            overrides.setOnAction(e -> open.run());
        }
        overrides.setVisible(!text.isEmpty());
        overrides.setManaged(!text.isEmpty());
    }

    public void setDriftLine(String text, Runnable open) {
        drift.setText(text);
        drift.setOnAction(e -> open.run());
        drift.setVisible(!text.isEmpty());
        drift.setManaged(!text.isEmpty());
    }

    /** Whether the workspace has ARR (the headline tiles say so when it has none). */
    public void setArrKnown(boolean known) {
        figures.setArrKnown(known);
        bandTable.setArrKnown(known);
    }

    /**
     * Shows {@code r}, with each figure's change since {@code before} (null: no Δ); {@code edgeBands} (best first)
     * are the bands whose edges the histogram draws.
     */
    public void show(RecomputeResult r, RecomputeResult before, List<Band> edgeBands) {
        shown = r;
        boolean empty = r.model().metrics().isEmpty();
        if (empty != noMetrics.isVisible()) {
            showEmpty(empty);
        }
        Evaluation e = r.evaluation();
        histogram.show(e.histogram(), r.bands(), edgeBands);
        bandChurn.show(e.bandRows());
        deciles.show(e.deciles());
        roc.show(e);
        figures.show(e, before == null ? null : before.evaluation());
        // the table is read, not watched: during a drag it follows a few times a second, and exactly on release
        long now = System.nanoTime();
        if (r.options().exact() || now - tableShownAt > 250_000_000L) {
            bandTable.show(e);
            bandTable.showAfter(after == null ? null : after.bandRows(), r != afterFor);
            tableShownAt = now;
        }
    }

    /**
     * Enlarges chart {@code index} (0 score distribution, 1 churn per band, 2 deciles, 3 ROC) to the whole tab,
     * or returns it when it is the one enlarged.
     */
    public void toggleEnlarged(int index) {
        enlarged.toggle((ChartCard) charts.getChildren().get(index));
    }

    /** The date the figures are scored as of, for the charts' captions. */
    public void setAsOf(java.time.LocalDate day) {
        captions.setAsOf(day);
    }

    public ScoreHistogramChart histogram() {
        return histogram;
    }
}
