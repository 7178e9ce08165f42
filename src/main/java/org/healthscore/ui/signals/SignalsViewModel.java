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

/**
 * The "What dropped first" tab's state: each metric's average points, month by month before the outcome, for
 * churned and retained accounts. Computed on the tab worker while the tab is shown, a step a month, cancellable.
 */
public final class SignalsViewModel {
    /** Months before the outcome drawn. */
    public static final int MONTHS = 12;
    static final String NOTE = "Average points per metric, month by month before each account's outcome: "
            + "the signals that fall first for churners are the ones that warn.";

    private final TabFollow follow;
    private final LatestTask<List<LeadingSignals.Curve>> task;
    private final ReadOnlyObjectWrapper<List<LeadingSignals.Curve>> curves = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(NOTE);

    public SignalsViewModel(Session session, Executor worker) {
        this.task = new LatestTask<>(worker, session.fxThread());
        this.follow = new TabFollow(session, this::refresh);
    }

    public void setActive(boolean now) {
        follow.setActive(now);
    }

    public void cancel() {
        if (task.runningProperty().get()) {
            task.cancel();
            follow.invalidate();
            note.set("Cancelled; show the tab again to compute what dropped first.");
        }
    }

    private void refresh() {
        TabFollow.Key key = follow.pending();
        if (key == null) {
            return;
        }
        String needs = key.workspace().coverage().signalsNeeds();
        if (needs != null) {
            follow.computed(key);
            task.cancel();
            curves.set(List.of());
            note.set(needs);
            return;
        }
        note.set("Averaging each metric's points month by month before the outcomes…");
        task.run((cancel, progress) -> LeadingSignals.compute(key.workspace().dataset(), key.model(), MONTHS, cancel,
                progress), computed -> {
                    follow.computed(key);
                    curves.set(computed);
                    note.set(NOTE);
                }, error -> note.set("Could not compute: " + Errors.cause(error).getMessage()));
    }

    public LatestTask<?> task() {
        return task;
    }

    /** One curve pair per metric (empty while there is nothing to draw). */
    public ReadOnlyObjectProperty<List<LeadingSignals.Curve>> curvesProperty() {
        return curves.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }
}
