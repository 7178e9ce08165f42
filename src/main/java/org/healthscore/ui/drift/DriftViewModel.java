package org.healthscore.ui.drift;

import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.healthscore.engine.drift.DriftCheck;
import org.healthscore.engine.drift.Psi;
import org.healthscore.ui.common.Errors;
import org.healthscore.ui.common.LatestTask;
import org.healthscore.ui.session.Session;
import org.healthscore.ui.session.TabFollow;
import org.healthscore.ui.session.TabWork;

/**
 * The Drift tab's state: population stability of the score and of each metric between two as-of dates (by
 * default half a year before the window's date, and that date), for all accounts or one segment. Computed on the
 * tab worker while the tab is shown, with Cancel.
 */
public final class DriftViewModel {
    /** Days before the window's date the reference defaults to. */
    public static final int DEFAULT_DAYS = 180;

    private final Session session;
    private final TabWork<DriftCheck> work;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<String> segment = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<DriftCheck> shown = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final DriftWatch watch;

    /**
     * @param worker      where the tab computes
     * @param watchWorker where the headline's drift line is checked after each settled edit (not the tab's worker:
     *                    the line is checked while the tab is hidden, and must not hold up the other tabs)
     */
    public DriftViewModel(Session session, Executor worker, Executor watchWorker) {
        this.session = session;
        this.work = new TabWork<>(session, worker, this::refresh);
        this.watch = new DriftWatch(session, watchWorker);
        session.workspace().workspaceProperty().addListener((o, was, now) -> {
            if (now != null && (was == null || was.asOf().asOfDay() != now.asOf().asOfDay())) {
                to.set(now.asOfDate());
                from.set(now.asOfDate().minusDays(DEFAULT_DAYS));
            }
        });
        from.addListener((o, a, b) -> work.settingChanged());
        to.addListener((o, a, b) -> work.settingChanged());
        segment.addListener((o, a, b) -> work.settingChanged());
    }

    public void setActive(boolean now) {
        work.setActive(now);
    }

    public void cancel() {
        if (work.cancel()) {
            summary.set("Drift cancelled; change a date or show the tab again to run it.");
        }
    }

    private void refresh(TabFollow.Key key) {
        LocalDate a = from.get();
        LocalDate b = to.get();
        if (a == null || b == null || !a.isBefore(b)) {
            work.nothingFor(key);
            shown.set(null);
            summary.set(a == null || b == null ? "Choose the two dates to compare."
                    : "The reference date (" + a + ") must be before the date compared with it (" + b + ").");
            return;
        }
        String seg = segment.get();
        summary.set("Scoring the customers of " + a + " and of " + b + "…");
        work.run(key, (cancel, progress) -> DriftCheck.run(key.workspace().dataset(), key.model(),
                (int) a.toEpochDay(), (int) b.toEpochDay(), seg, cancel), d -> {
                    shown.set(d);
                    summary.set(summaryOf(d));
                }, error -> summary.set("Drift failed: " + Errors.cause(error).getMessage()));
    }

    /** The tab's one line: the score's reading and what has shifted. */
    public static String summaryOf(DriftCheck d) {
        String head = String.format(Locale.ROOT, "From %s (%,d customers) to %s (%,d customers): the score's PSI is "
                + "%.3f (%s). ", LocalDate.ofEpochDay(d.fromDay()), d.fromAccounts(), LocalDate.ofEpochDay(d.toDay()),
                d.toAccounts(), d.score().value(), d.score().reading().text());
        return head + (d.shifted().isEmpty() ? "Nothing that weighs 10 % or more has shifted."
                : "Shifted: " + String.join(", ", d.shifted()) + " — check the points and the bands on the latest "
                + "data.");
    }

    /** The reading shown for a PSI (— when no customers were counted). */
    public static String reading(Psi p) {
        return Double.isFinite(p.value()) ? String.format(Locale.ROOT, "%.3f  %s", p.value(), p.reading().text())
                : "—";
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** The segment value the accounts are limited to, or null for all. */
    public ObjectProperty<String> segmentProperty() {
        return segment;
    }

    public javafx.collections.ObservableList<String> segmentValues() {
        return session.design().segmentValues();
    }

    public ReadOnlyObjectProperty<DriftCheck> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The headline's drift line (the latest data against half a year before). */
    public DriftWatch watch() {
        return watch;
    }

    public LatestTask<?> task() {
        return work.task();
    }
}
