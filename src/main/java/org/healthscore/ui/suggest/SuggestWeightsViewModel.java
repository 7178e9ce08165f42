package org.healthscore.ui.suggest;

import java.util.Set;
import org.healthscore.engine.calibration.WeightCalibrator;
import org.healthscore.engine.calibration.WeightSuggestion;
import org.healthscore.model.HealthModel;
import org.healthscore.ui.common.LatestTask;
import org.healthscore.ui.session.Session;

/**
 * Suggest weights: fits the current metrics' weights to churn (cross-validated, on the workspace thread, latest
 * request wins, cancellable) for a floor and a pull the user sets, and previews a choice on every chart as one
 * undo step, replacing an earlier preview.
 */
public final class SuggestWeightsViewModel {
    static final int FOLDS = 5;

    private final Session session;
    private final HealthModel before;
    private final double headlineAuc;
    private final LatestTask<WeightSuggestion> task;
    /** The model previewed on the charts (one undo step), or null. */
    private HealthModel previewed;

    public SuggestWeightsViewModel(Session session) {
        this.session = session;
        this.before = session.design().modelProperty().get();
        this.headlineAuc = session.design().resultProperty().get().evaluation().auc();
        this.task = new LatestTask<>(session.background(), session.fxThread());
    }

    /** Whether there is anything to fit: a model with metrics and its scores. */
    public static boolean canSuggest(Session session) {
        var shown = session.design().resultProperty().get();
        return shown != null && shown.settled() && !session.design().modelProperty().get().metrics().isEmpty();
    }

    /** Fits for {@code reg}; {@code then} gets the suggestion, {@code failed} the reason (neither if superseded). */
    public void fit(WeightCalibrator.Regularization reg, java.util.function.Consumer<WeightSuggestion> then,
                    java.util.function.Consumer<Throwable> failed) {
        var scores = session.design().resultProperty().get().scores();
        task.run((cancel, progress) -> WeightSuggestion.fit(scores, FOLDS, reg, cancel,
                progress::done), then, failed);
    }

    public void cancel() {
        task.cancel();
    }

    /** Shows {@code suggestion}'s weights (the default and the ticked segments') on every chart. */
    public void preview(WeightSuggestion suggestion, Set<Integer> segments) {
        undoPreview();
        previewed = suggestion.applyTo(before, segments);
        session.design().setModel(previewed);
    }

    /** The model with {@code suggestion}'s weights (the default and the ticked segments'): what a scenario saves. */
    public HealthModel suggested(WeightSuggestion suggestion, Set<Integer> segments) {
        return suggestion.applyTo(before, segments);
    }

    /** Whether the charts show exactly this choice now. */
    public boolean previews(WeightSuggestion suggestion, Set<Integer> segments) {
        return previewed != null && previewed.equals(suggestion.applyTo(before, segments));
    }

    /** Takes the preview back (the model as before the dialog). */
    public void undoPreview() {
        if (previewed != null && previewed.equals(session.design().modelProperty().get())) {
            session.design().undo();
        }
        previewed = null;
    }

    public HealthModel before() {
        return before;
    }

    /** The headline AUC on the Overview when the dialog opened, to read the fit's figures against. */
    public double headlineAuc() {
        return headlineAuc;
    }

    public LatestTask<WeightSuggestion> task() {
        return task;
    }
}
