package org.healthscore.ui.signals;

import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.healthscore.engine.LeadingSignals;
import org.healthscore.ui.common.Errors;
import org.healthscore.ui.common.LatestTask;
import org.healthscore.ui.session.Session;
import org.healthscore.ui.session.TabFollow;
import org.healthscore.ui.session.TabWork;

/**
 * The "What dropped first" tab's state: each metric's average points, month by month before the outcome, for
 * churned and retained accounts. Computed on the tab worker while the tab is shown, a step a month, cancellable.
 */
public final class SignalsViewModel {
    /** Months before the outcome drawn. */
    public static final int MONTHS = 12;
    static final String NOTE = "Average points per metric, month by month before each account's outcome: "
            + "the signals that fall first for churners are the ones that warn.";

    private final TabWork<List<LeadingSignals.Curve>> work;
    private final ReadOnlyObjectWrapper<List<LeadingSignals.Curve>> curves = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(NOTE);

    public SignalsViewModel(Session session, Executor worker) {
        this.work = new TabWork<>(session, worker, this::refresh);
    }

    public void setActive(boolean now) {
        work.setActive(now);
    }

    public void cancel() {
        if (work.cancel()) {
            note.set("Cancelled; show the tab again to compute what dropped first.");
        }
    }

    private void refresh(TabFollow.Key key) {
        String needs = key.workspace().coverage().signalsNeeds();
        if (needs != null) {
            work.nothingFor(key);
            curves.set(List.of());
            note.set(needs);
            return;
        }
        note.set("Averaging each metric's points month by month before the outcomes…");
        work.run(key, (cancel, progress) -> LeadingSignals.compute(key.workspace().dataset(), key.model(), MONTHS,
                cancel, progress), computed -> {
                    curves.set(computed);
                    note.set(NOTE);
                }, error -> note.set("Could not compute: " + Errors.cause(error).getMessage()));
    }

    public LatestTask<?> task() {
        return work.task();
    }

    /** One curve pair per metric (empty while there is nothing to draw). */
    public ReadOnlyObjectProperty<List<LeadingSignals.Curve>> curvesProperty() {
        return curves.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }
}
