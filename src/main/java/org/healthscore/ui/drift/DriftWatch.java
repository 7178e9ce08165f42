package org.healthscore.ui.drift;

import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.healthscore.engine.drift.DriftCheck;
import org.healthscore.model.HealthModel;
import org.healthscore.ui.common.LatestTask;
import org.healthscore.ui.session.LoadedWorkspace;
import org.healthscore.ui.session.Session;

/**
 * The headline's drift line: after each settled edit (and when a workspace opens), whether the latest data has
 * shifted against half a year before it — the score, or a metric that weighs 10 % or more, above PSI 0.25. Empty
 * when nothing has. Computed in the background, the latest request winning.
 */
public final class DriftWatch {
    private final Session session;
    private final LatestTask<DriftCheck> task;
    private final ReadOnlyStringWrapper line = new ReadOnlyStringWrapper("");
    private HealthModel checkedModel;
    private LoadedWorkspace checkedWorkspace;

    public DriftWatch(Session session, Executor worker) {
        this.session = session;
        this.task = new LatestTask<>(worker, session.fxThread());
        session.design().resultProperty().addListener((o, was, r) -> {
            if (r != null && r.settled()) {
                check(r.model());
            } else if (r != null && task.runningProperty().get()) {
                // a drag goes on: a check for an earlier edit (seconds at a million accounts) gives its core back
                // to the drag; the drag's settled edit is checked again
                task.cancel();
                checkedModel = null;
            }
        });
    }

    private void check(HealthModel model) {
        LoadedWorkspace w = session.workspace().workspaceProperty().get();
        if (w == null || model.metrics().isEmpty()) {
            line.set("");
            return;
        }
        // a name, a note or a colour changes nothing the drift depends on
        HealthModel scoring = model.withProperties("-", "", "", "");
        if (w == checkedWorkspace && scoring.equals(checkedModel)) {
            return;
        }
        int[] span = w.observationSpan();
        if (span == null || span[1] - span[0] < DriftViewModel.DEFAULT_DAYS) {
            line.set(""); // not half a year of history: nothing to compare the latest data with
            return;
        }
        checkedModel = scoring;
        checkedWorkspace = w;
        int to = span[1];
        int from = to - DriftViewModel.DEFAULT_DAYS;
        try {
            task.run((cancel, progress) -> DriftCheck.run(w.dataset(), model, from, to, null, cancel),
                    d -> line.set(lineOf(d)), error -> line.set(""));
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            // the window closed while a last result arrived: nothing left to tell
        }
    }

    /** "Drift: …" naming what shifted and since when, or empty. */
    static String lineOf(DriftCheck d) {
        if (d.shifted().isEmpty()) {
            return "";
        }
        return String.format(Locale.ROOT, "Drift: %s shifted between %s and %s (PSI above 0.25) — see the Drift tab "
                + "before trusting the bands on the latest data.", String.join(", ", d.shifted()),
                LocalDate.ofEpochDay(d.fromDay()), LocalDate.ofEpochDay(d.toDay()));
    }

    /** The drift line, or empty when the latest data has not shifted. */
    public ReadOnlyStringProperty lineProperty() {
        return line.getReadOnlyProperty();
    }
}
