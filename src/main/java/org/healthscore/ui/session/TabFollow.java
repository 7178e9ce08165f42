package org.healthscore.ui.session;

import org.healthscore.model.HealthModel;

/**
 * For a tab whose figures are costly (backtest, alerts, signals): recompute only while the tab is shown, once
 * per exact result, and only when the model or the framed workspace (data, as-of date) changed since the last
 * computation.
 */
public final class TabFollow {
    /** What a computation was for. */
    public record Key(HealthModel model, LoadedWorkspace workspace) {
    }

    private final Session vm;
    private final Runnable refresh;
    private boolean active;
    private Key computed;

    public TabFollow(Session vm, Runnable refresh) {
        this.vm = vm;
        this.refresh = refresh;
        vm.design().resultProperty().addListener((o, a, r) -> {
            if (active && r != null && r.options().exact()) {
                refresh.run();
            }
        });
    }

    public void setActive(boolean now) {
        active = now;
        if (now) {
            refresh.run();
        }
    }

    /** The key to compute for now, or null when there is nothing new to compute. */
    public Key pending() {
        Key now = new Key(vm.design().modelProperty().get(), vm.workspace().workspaceProperty().get());
        if (now.model() == null || now.workspace() == null || now.model().metrics().isEmpty() || sameFigures(now)) {
            return null;
        }
        return now;
    }

    /** Whether {@code now} gives the figures last computed: the same model but for its name, notes and so on. */
    private boolean sameFigures(Key now) {
        return computed != null && now.workspace() == computed.workspace()
                && scoring(now.model()).equals(scoring(computed.model()));
    }

    /** What the figures depend on: the model without its name, description, author and notes. */
    private static HealthModel scoring(HealthModel m) {
        return m.withProperties("-", "", "", "");
    }

    public void computed(Key key) {
        computed = key;
    }

    /** Forget the last computation (a setting of the tab changed). */
    public void invalidate() {
        computed = null;
    }

    /** A setting of the tab changed: compute again now if the tab is shown, else when it is next shown. */
    public void settingChanged() {
        computed = null;
        if (active) {
            refresh.run();
        }
    }
}
