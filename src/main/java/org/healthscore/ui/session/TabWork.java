package org.healthscore.ui.session;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.healthscore.ui.common.LatestTask;

/**
 * The work of a tab whose figures are costly (backtest, alerts, what dropped first): computed only while the tab
 * is shown and only when the model or the framed workspace changed ({@link TabFollow}), on the tab's worker with
 * progress and Cancel, the latest request winning ({@link LatestTask}).
 */
public final class TabWork<T> {
    private final TabFollow follow;
    private final LatestTask<T> task;

    /** @param compute asked to compute for a model and workspace the tab has not shown figures for yet */
    public TabWork(Session session, Executor worker, Consumer<TabFollow.Key> compute) {
        this.task = new LatestTask<>(worker, session.fxThread());
        this.follow = new TabFollow(session, () -> {
            TabFollow.Key key = follow().pending();
            if (key != null) {
                compute.accept(key);
            }
        });
    }

    private TabFollow follow() {
        return follow;
    }

    /** The tab is shown (compute if anything changed) or hidden (compute nothing). */
    public void setActive(boolean now) {
        follow.setActive(now);
    }

    /** Computes {@code key}'s figures; {@code then} gets them, unless superseded or cancelled first. */
    public void run(TabFollow.Key key, LatestTask.Work<T> work, Consumer<T> then, Consumer<Throwable> failed) {
        task.run(work, result -> {
            follow.computed(key);
            then.accept(result);
        }, failed);
    }

    /** The data cannot give {@code key}'s figures: nothing to compute for it (the tab says why instead). */
    public void nothingFor(TabFollow.Key key) {
        task.cancel();
        follow.computed(key);
    }

    /** Stops the running computation; true if one was running (the tab then says it was cancelled). */
    public boolean cancel() {
        if (!task.runningProperty().get()) {
            return false;
        }
        task.cancel();
        follow.invalidate();
        return true;
    }

    /**
     * A setting of the tab changed (a date, a segment, the scenario compared): compute again now if the tab is
     * shown, else when it is next shown. Unlike {@link #recompute()}, never computes for a hidden tab.
     */
    public void settingChanged() {
        follow.settingChanged();
    }

    /** Compute again when next asked, even for the same model (a setting of the tab changed). */
    public void recompute() {
        follow.invalidate();
        follow.setActive(true);
    }

    public LatestTask<T> task() {
        return task;
    }
}
