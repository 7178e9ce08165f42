package org.healthscore.ui.metric;

import java.util.concurrent.CompletableFuture;
import org.healthscore.model.Direction;
import org.healthscore.model.Metric;
import org.healthscore.model.MissingPolicy;
import org.healthscore.model.Normalization;
import org.healthscore.ui.session.Session;

/**
 * The metric editor's work: turning what its controls say (direction, normalization kind and key numbers as
 * typed, missing policy, staleness) into an edit of the metric, with a message for what cannot be read, and the
 * metric's profile (spread of values, AUC, IV) computed off the FX thread.
 */
public final class MetricEditorViewModel {
    /** What the editor's controls hold, as the user left them (numbers as typed). */
    public record Controls(Direction direction, String kind, String low, String high, String atRisk,
                           MissingPolicy missing, int stalenessDays) {
    }

    private final Session session;
    private final MetricCommands metrics;

    public MetricEditorViewModel(Session session, MetricCommands metrics) {
        this.session = session;
        this.metrics = metrics;
    }

    public Session session() {
        return session;
    }

    public MetricCommands metrics() {
        return metrics;
    }

    /**
     * Applies the controls to {@code shown} (live while {@code stillDragging}); a number that cannot be read or a
     * low not below high is told on the status line and changes nothing. Percentile bins are computed from the
     * workspace's values. Returns the metric as edited, or {@code shown} when nothing changed.
     */
    public Metric apply(Metric shown, Controls c, boolean stillDragging) {
        try {
            Normalization n = normalization(shown, c);
            if (n == null) {
                return shown;
            }
            Metric changed = shown.withDirection(c.direction()).withNormalization(n).withMissing(c.missing());
            changed = new Metric(changed.key(), changed.label(), changed.source(), changed.direction(),
                    changed.normalization(), changed.missing(), c.stalenessDays(), changed.weight());
            if (!changed.equals(shown)) {
                metrics.editMetric(changed, stillDragging);
            }
            return changed;
        } catch (NumberFormatException e) {
            session.status().notify("Type a number for low, high and the 0-points value.");
            return shown;
        }
    }

    /** The normalization the controls describe; null when there is nothing to apply now. */
    private Normalization normalization(Metric shown, Controls c) {
        if (NormalizationChoice.CATEGORIES.equals(c.kind()) || NormalizationChoice.BINS.equals(c.kind())) {
            return shown.normalization(); // edited in the category fields / defined in the model file
        }
        if (NormalizationChoice.PERCENTILES.equals(c.kind())) {
            metrics.percentileBins(shown.key(), 5);
            return null;
        }
        double lo = Double.parseDouble(c.low().trim());
        double hi = Double.parseDouble(c.high().trim());
        if (!(lo < hi)) {
            session.status().notify("Low must be below high.");
            return null;
        }
        return NormalizationChoice.numeric(c.kind(), lo, hi, c.atRisk(), c.direction() == Direction.HIGHER_IS_BETTER);
    }

    /**
     * The selected metric's profile on the settled figures on screen (in a segment view, that segment's accounts);
     * null during a live preview or without one.
     */
    public CompletableFuture<MetricProfile> profile() {
        var r = session.design().resultProperty().get();
        String key = session.selectedMetricProperty().get();
        if (r == null || !r.settled() || key == null || r.model().indexOf(key) < 0) {
            return CompletableFuture.completedFuture(null);
        }
        return session.onWorkspace(w -> MetricProfile.of(r.scores(), key,
                r.options().filter().mask(r.scores().frame().accounts())));
    }
}
