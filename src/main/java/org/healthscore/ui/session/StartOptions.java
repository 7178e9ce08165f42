package org.healthscore.ui.session;

import org.healthscore.engine.AccountFilter;
import org.healthscore.engine.EvaluationOptions;

/** How the window evaluates a model at first (the drag rehearsal evaluates the same way). */
public final class StartOptions {
    /** Histogram bins shown: 20 bins of 5 points line up with the default band edges 40/60/80. */
    public static final int HISTOGRAM_BINS = 20;
    /** Every account, exact figures, "at risk" below 60. */
    public static final EvaluationOptions OPTIONS = new EvaluationOptions(HISTOGRAM_BINS, AccountFilter.ALL, true, 60);

    private StartOptions() {
    }
}
