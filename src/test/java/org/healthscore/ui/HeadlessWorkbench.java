package org.healthscore.ui;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import org.healthscore.store.RecentWorkspaces;
import org.healthscore.ui.workbench.WorkbenchViewModel;

/**
 * The window's view-model on a fresh copy of the sample workspace, no toolkit started: the workspace thread,
 * the recompute worker and the "FX thread" run work at once on the test's thread; the tabs' worker is given.
 */
public final class HeadlessWorkbench {
    public static final Executor NOW = Runnable::run;

    private HeadlessWorkbench() {
    }

    /** Opened and scored before this returns; recent files kept in {@code dir}. */
    public static WorkbenchViewModel onSample(Path dir, Executor tabWorker) {
        WorkbenchViewModel vm = new WorkbenchViewModel(NOW, NOW, tabWorker, NOW,
                new RecentWorkspaces(dir.resolve("recent.txt")));
        vm.session().workspace().open(SampleFixture.freshCopy(), p -> p);
        return vm;
    }

    public static WorkbenchViewModel onSample(Path dir) {
        return onSample(dir, NOW);
    }
}
