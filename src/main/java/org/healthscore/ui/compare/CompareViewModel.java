package org.healthscore.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.healthscore.data.AccountFrame;
import org.healthscore.engine.AccountFilter;
import org.healthscore.engine.EvaluationOptions;
import org.healthscore.engine.RecomputeResult;
import org.healthscore.engine.Scores;
import org.healthscore.engine.ScoringEngine;
import org.healthscore.engine.compare.BandMigration;
import org.healthscore.engine.compare.Comparison;
import org.healthscore.io.model.Scenarios;
import org.healthscore.model.HealthModel;
import org.healthscore.ui.common.Errors;
import org.healthscore.ui.common.LatestTask;
import org.healthscore.ui.session.LoadedWorkspace;
import org.healthscore.ui.session.Session;
import org.healthscore.ui.session.TabFollow;
import org.healthscore.ui.session.TabWork;

/**
 * The Compare tab's state: the model on screen (A) against a saved scenario (B) on the same accounts, as of the
 * window's date and lead time, for all accounts or one segment. Follows every settled edit of A while the tab is
 * shown; computed on the tab worker with progress and Cancel. B's scores are kept while B and the data stay.
 */
public final class CompareViewModel {
    /** What the tab shows: the comparison and both models' scores (for the accounts of a matrix cell). */
    public record Shown(HealthModel a, HealthModel b, Comparison comparison, Scores scoresA, Scores scoresB,
                        AccountFilter filter) {
    }

    private static final String NO_SCENARIO = "Save the model as a scenario (Model → Save as scenario…) to compare "
            + "the model on screen with it.";
    private final Session session;
    private final ScenarioCommands scenarios;
    private final TabWork<Shown> work;
    private final ObjectProperty<Scenarios.Scenario> chosen = new SimpleObjectProperty<>();
    private final ObjectProperty<String> segment = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<org.healthscore.engine.Evaluation> liveA = new ReadOnlyObjectWrapper<>();
    private HealthModel modelB;
    private Scores cachedB;
    private String newestSeen = "";
    /** While the window shows B (presentation's A ↔ B key): the model A it came from. */
    private HealthModel showingA;
    private HealthModel showingB;
    private boolean active;

    public CompareViewModel(Session session, ScenarioCommands scenarios, Executor worker) {
        this.session = session;
        this.scenarios = scenarios;
        this.work = new TabWork<>(session, worker, this::refresh);
        chosen.addListener((o, was, now) -> loadB(now));
        // during a drag the figures of A follow each frame's preview (the Overview's own evaluation: nothing more
        // to compute); the matrix, the moves and DeLong's test follow when the edit settles
        session.design().resultProperty().addListener((o, was, r) -> {
            if (r == null || r.settled()) {
                return;
            }
            // a drag goes on: a comparison still running for an earlier edit gives its core back to the drag
            // (it runs again for the edit the drag settles on)
            work.cancel();
            Shown s = shown.get();
            if (active && s != null && s.filter().isAll()) { // a hidden tab draws nothing: no text made per frame
                liveA.set(r.evaluation());
            }
        });
        segment.addListener((o, was, now) -> work.settingChanged());
        scenarios.scenarios().addListener((javafx.collections.ListChangeListener<Scenarios.Scenario>) c ->
                scenariosChanged());
        scenariosChanged();
        summary.set(NO_SCENARIO);
    }

    /**
     * A scenario saved a moment ago (the newest there is) is what the user wants to compare with; otherwise the
     * one chosen stays (renamed, or replaced under its name: then its model is read again).
     */
    private void scenariosChanged() {
        var list = scenarios.scenarios();
        if (list.isEmpty()) {
            chosen.set(null);
            return;
        }
        Scenarios.Scenario newest = newest(list);
        Scenarios.Scenario current = chosen.get();
        Scenarios.Scenario same = current == null ? null
                : list.stream().filter(s -> s.id() == current.id()).findFirst().orElse(null);
        if (same == null || newest.createdAt().compareTo(newestSeen) > 0) {
            newestSeen = newest.createdAt();
            chosen.set(newest);
        } else {
            chosen.set(same);
        }
    }

    private static Scenarios.Scenario newest(List<Scenarios.Scenario> list) {
        return list.stream().max(java.util.Comparator.comparing(Scenarios.Scenario::createdAt)).orElse(null);
    }

    public void setActive(boolean now) {
        active = now;
        work.setActive(now);
    }

    public void cancel() {
        if (work.cancel()) {
            summary.set("Comparison cancelled; choose the scenario again or show the tab again to run it.");
        }
    }

    /** Loads B's model from the workspace; the figures follow. */
    private void loadB(Scenarios.Scenario s) {
        modelB = null;
        cachedB = null;
        if (s == null) {
            shown.set(null);
            summary.set(NO_SCENARIO);
            return;
        }
        scenarios.load(s).whenCompleteAsync((m, error) -> {
            if (s != chosen.get()) {
                return; // another was chosen meanwhile
            }
            if (error != null) {
                summary.set("Cannot read scenario \u201c" + s.name() + "\u201d: " + Errors.cause(error).getMessage());
                return;
            }
            modelB = m;
            work.settingChanged();
        }, session.fxThread());
    }

    private void refresh(TabFollow.Key key) {
        HealthModel b = modelB;
        if (b == null) {
            work.nothingFor(key);
            return;
        }
        AccountFilter filter = segment.get() == null ? AccountFilter.ALL : new AccountFilter(segment.get());
        RecomputeResult onScreen = session.design().resultProperty().get();
        Scores keptB = cachedB;
        summary.set("Scoring both models on the same accounts…");
        work.run(key, (cancel, progress) -> {
            LoadedWorkspace w = key.workspace();
            Scores a = onScreen != null && onScreen.settled() && onScreen.model().equals(key.model())
                    ? onScreen.scores() : w.engineFor(key.model()).score(key.model(), cancel);
            progress.done(1, 3);
            Scores sb = keptB != null && keptB.model().equals(b) && keptB.frame().accounts() == a.frame().accounts()
                    ? keptB : new ScoringEngine(framed(w, b)).score(b, cancel);
            progress.done(2, 3);
            Comparison c = Comparison.of(a, sb, new EvaluationOptions(20, filter, true, 60), cancel);
            return new Shown(key.model(), b, c, a, sb, filter);
        }, s -> {
            cachedB = s.scoresB();
            liveA.set(null);
            shown.set(s);
            summary.set(org.healthscore.io.report.AucVerdict.of(s.comparison().test(), s.a().name(), s.b().name()));
        }, error -> summary.set("Comparison failed: " + Errors.cause(error).getMessage()));
    }

    /** B's own columns, as of the window's date and lead: independent of the frame A's edits keep. */
    private static AccountFrame framed(LoadedWorkspace w, HealthModel b) {
        return w.frameAssembler().assemble(b.metrics(), w.asOf());
    }

    /**
     * Presentation mode's A ↔ B key: the whole window shows scenario B (one undoable step), or model A again
     * (that step taken back when B was not edited meanwhile; otherwise A is put back as a new step).
     */
    public void switchAB() {
        HealthModel current = session.design().modelProperty().get();
        if (showingA != null) {
            HealthModel a = showingA;
            showingA = null;
            if (current != null && current.equals(showingB)) {
                session.design().undo();
            } else {
                session.design().setModel(a);
            }
            session.status().notify("Showing the model \u201c" + a.name() + "\u201d (A) again");
            return;
        }
        Scenarios.Scenario s = chosen.get();
        if (s == null || current == null) {
            session.status().notify("Save a scenario (Model → Save as scenario…) to switch to it.");
            return;
        }
        (modelB != null ? java.util.concurrent.CompletableFuture.completedFuture(modelB) : scenarios.load(s))
                .whenCompleteAsync((b, error) -> {
                    if (error != null || showingA != null) {
                        return;
                    }
                    showingA = current;
                    showingB = b;
                    session.design().setModel(b);
                    session.status().notify("Showing scenario B \u201c" + b.name() + "\u201d: F9 returns to \u201c"
                            + current.name() + "\u201d");
                }, session.fxThread());
    }

    /** The ids of the accounts in band {@code row} under A and {@code column} under B, highest ARR first. */
    public List<String> accountsIn(int row, int column) {
        Shown s = shown.get();
        if (s == null) {
            return List.of();
        }
        boolean[] mask = s.filter().mask(s.scoresA().frame().accounts());
        List<Integer> in = BandMigration.accountsIn(s.scoresA(), s.scoresB(), i -> mask == null || mask[i], row,
                column);
        double[] arr = s.scoresA().frame().accounts().arr();
        in.sort((x, y) -> Double.compare(Double.isFinite(arr[y]) ? arr[y] : 0, Double.isFinite(arr[x]) ? arr[x] : 0));
        List<String> ids = new ArrayList<>();
        String[] all = s.scoresA().frame().accounts().ids();
        in.forEach(i -> ids.add(all[i]));
        return ids;
    }

    /** Opens an account in the Accounts tab. */
    public void showAccount(String id) {
        session.accountToShowProperty().set(null);
        session.accountToShowProperty().set(id);
    }

    public ObjectProperty<Scenarios.Scenario> chosenProperty() {
        return chosen;
    }

    /** The segment value the comparison is limited to, or null for all accounts. */
    public ObjectProperty<String> segmentProperty() {
        return segment;
    }

    public javafx.collections.ObservableList<String> segmentValues() {
        return session.design().segmentValues();
    }

    /** Save, list, rename, delete and export the scenarios compared with. */
    public ScenarioCommands scenarios() {
        return scenarios;
    }

    public ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /**
     * A's figures during a drag (a preview of the model on screen, all accounts), to show beside B's until the
     * comparison is computed for the settled edit; null when the shown comparison is current.
     */
    public ReadOnlyObjectProperty<org.healthscore.engine.Evaluation> liveAProperty() {
        return liveA.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public LatestTask<?> task() {
        return work.task();
    }
}
