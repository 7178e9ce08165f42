package org.healthscore.ui.backtest;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.Executor;
import java.util.stream.IntStream;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.healthscore.data.CsmOverride;
import org.healthscore.engine.Backtest;
import org.healthscore.engine.overrides.CsmVerdict;
import org.healthscore.engine.Evaluation;
import org.healthscore.ui.common.Errors;
import org.healthscore.ui.common.LatestTask;
import org.healthscore.ui.session.Session;
import org.healthscore.ui.session.TabFollow;
import org.healthscore.ui.session.TabWork;
import org.healthscore.ui.workspace.WorkspaceCommands;

/**
 * The Backtest tab's state: the lead time asked for, the figures at 30, 60, 90 and 180 days and at that lead,
 * and what the tab says. Computed on the tab worker (not the workspace thread), only while the tab is shown,
 * with progress (one step a lead time) and Cancel.
 */
public final class BacktestViewModel {
    static final int[] LEADS = {30, 60, 90, 180};

    /** What the tab shows: every lead's figures, the chosen one's (null when it has none), or why not. */
    public record Shown(List<Backtest.Result> results, Backtest.Result chosen, String needs, CsmVerdict csm) {
    }



    private final Session session;
    private final WorkspaceCommands workspaces;
    private final TabWork<Backtest.WithVerdict> work;
    private final ReadOnlyObjectProperty<List<CsmOverride>> overrides;
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lead = new ReadOnlyStringWrapper("60");

    /** @param overrides the workspace's CSM overrides: the tab recomputes when they change */
    public BacktestViewModel(Session session, WorkspaceCommands workspaces, Executor worker,
                             ReadOnlyObjectProperty<List<CsmOverride>> overrides) {
        this.session = session;
        this.overrides = overrides;
        this.workspaces = workspaces;
        this.work = new TabWork<>(session, worker, this::refresh);
        overrides.addListener((o, was, now) -> work.settingChanged());
        // starts from the workbench's own lead time (left panel), and follows it when it changes there
        session.workspace().workspaceProperty().addListener((o, was, now) -> {
            if (now != null && (was == null || was.asOf().leadDays() != now.asOf().leadDays())
                    && now.asOf().usesLead()) {
                lead.set(Integer.toString(now.asOf().leadDays()));
            }
        });
    }

    /** The tab is shown (compute if anything changed) or hidden (compute nothing). */
    public void setActive(boolean now) {
        work.setActive(now);
    }

    /** A lead time typed in the tab: figures for it are computed now; refused with a message if not a number. */
    public void setLead(String typed) {
        lead.set(typed);
        work.recompute();
    }

    public void cancel() {
        if (work.cancel()) {
            summary.set("Backtest cancelled; show the tab again or press Enter in the lead time to run it.");
        }
    }

    private void refresh(TabFollow.Key key) {
        OptionalInt typed = workspaces.typedLeadDays(lead.get());
        if (typed.isEmpty()) {
            return;
        }
        String needs = key.workspace().coverage().backtestNeeds();
        if (needs != null) {
            work.nothingFor(key);
            shown.set(new Shown(List.of(), null, needs, null));
            summary.set(needs);
            return;
        }
        int chosen = typed.getAsInt();
        int[] leads = IntStream.concat(IntStream.of(chosen), Arrays.stream(LEADS)).distinct().sorted().toArray();
        summary.set("Scoring every account with an outcome as of 30, 60, 90 and 180 days before it…");
        List<CsmOverride> csm = overrides.get();
        work.run(key, (cancel, progress) -> Backtest.run(key.workspace().dataset(), key.model(), leads, chosen, csm,
                cancel, progress), run -> {
                    List<Backtest.Result> results = run.results();
                    Backtest.Result at = results.stream().filter(r -> r.leadDays() == chosen).findFirst().orElse(null);
                    shown.set(new Shown(results, at, null, run.csm()));
                    summary.set(summaryOf(results));
                },
                error -> summary.set("Backtest failed: " + Errors.cause(error).getMessage()));
    }

    /** The share of the accounts in the two lowest bands: what the churners caught there should be read against. */
    public static double lowestTwoShare(Backtest.Result r) {
        List<Evaluation.BandRow> rows = r.bands();
        double share = 0;
        for (int b = Math.max(0, rows.size() - 2); b < rows.size(); b++) {
            share += rows.get(b).share();
        }
        return share;
    }

    /** The chosen lead's headline: AUC, churners and churned ARR caught, and how large those two bands are. */
    public static String headline(Backtest.Result r) {
        double held = lowestTwoShare(r);
        return String.format(Locale.ROOT, "AUC %.3f · %.0f %% of churners and %.0f %% of churned ARR were in the two "
                        + "lowest bands %d days ahead, which hold %.0f %% of the accounts (lift %.1f)", r.auc(),
                100 * r.capturedChurned(), 100 * r.capturedChurnedArr(), r.leadDays(), 100 * held,
                held > 0 ? r.capturedChurned() / held : Double.NaN);
    }

    private static String summaryOf(List<Backtest.Result> results) {
        StringBuilder text = new StringBuilder();
        for (Backtest.Result r : results) {
            text.append(String.format(Locale.ROOT, "%d days ahead: AUC %.3f, %.0f %% of %,d churners flagged in "
                    + "%.0f %% of the accounts.   ", r.leadDays(), r.auc(), 100 * r.capturedChurned(), r.churned(),
                    100 * lowestTwoShare(r)));
        }
        return text.toString().trim();
    }

    public LatestTask<?> task() {
        return work.task();
    }

    public ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The lead time in days as typed (text, so that a typo stays on screen with its message). */
    public ReadOnlyStringProperty leadProperty() {
        return lead.getReadOnlyProperty();
    }
}
