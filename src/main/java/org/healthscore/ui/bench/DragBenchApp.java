package org.healthscore.ui.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.healthscore.io.sample.WideAccountsGenerator;
import org.healthscore.store.CsvImporter;
import org.healthscore.store.CsvSniffer;
import org.healthscore.store.ImportListener;
import org.healthscore.store.Workspace;
import org.healthscore.ui.MainWindow;
import org.healthscore.ui.common.FxExecutors;
import org.healthscore.ui.compare.CompareViewModel;
import org.healthscore.ui.workbench.WorkbenchViewModel;

/**
 * The drag benchmark: the real window on a generated workspace of N accounts; the usage weight slider is moved
 * through 100 positions, one per frame as a hand drags it, and for each position the time from the value change
 * to the charts showing a result that includes it is recorded, with the longest gap between two frames. The FX
 * thread's own share of a frame is measured apart from drawing: the time the window takes to apply a result
 * (every chart, tile and table listener) and the pulse's CSS and layout pass; the rest of a frame is the
 * renderer's (which JavaFX runs on its own thread, the FX thread waiting for it before the next pulse).
 *
 * <p>Two drags are reported: the first, up (20 → 60 %) right after the workspace opens, when nothing on the FX
 * thread has been compiled by the JIT yet, and a later one, down (60 → 20 %) after {@value #WARM_UP_DRAGS}
 * unmeasured drags ({@code --warm-up-drags}), as the drags of a session are once it has run a while. The workspace
 * opens as in the app, with its off-screen drag rehearsal ({@code --no-rehearsal} leaves it out); the first drag
 * starts the instant it has opened, or {@code --look-seconds} later, as a user who looks first.
 */
public final class DragBenchApp extends Application {
    private static final AtomicReference<String> REPORT = new AtomicReference<>();
    static final int POSITIONS = 100;
    /**
     * Drags between the first and the measured later one, by default (about a minute of use): for the first ~30 s
     * after a workspace opens, the JIT compiler takes half a core to two thirds of one (per-thread CPU time from
     * /proc), and after six drags a frame or a few per drag still waited for a core.
     */
    private static final int WARM_UP_DRAGS = 24;
    private long applyStart;
    private long applyCpuStart;
    private long applyWaitStart;
    private long layoutStart;
    private long layoutCpuStart;
    private long layoutWaitStart;
    /** CPU time, as opposed to wall time: what the FX thread itself ran, not counting waits for a core. */
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();
    private DragPass current;
    private long openStart;
    private double lookSeconds;
    /** From asking to open the workspace to its first result on screen. */
    private double openSeconds;

    public static String report() {
        return REPORT.get();
    }

    /** The generated CSV and workspace (about 150 MB at a million accounts), for the caller to delete. */
    private static final AtomicReference<Path> WORK_DIR = new AtomicReference<>();

    public static Path workDir() {
        return WORK_DIR.get();
    }

    /** Stop-the-world collections as (JVM uptime at start in s, duration in ms), to tell them from the window's work. */
    static final List<double[]> GC_PAUSES = java.util.Collections.synchronizedList(new ArrayList<>());

    private static void recordCollections() {
        for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            ((javax.management.NotificationEmitter) gc).addNotificationListener((n, h) -> {
                var info = com.sun.management.GarbageCollectionNotificationInfo.from(
                        (javax.management.openmbean.CompositeData) n.getUserData());
                // concurrent collectors also report their cycles, which do not stop the application
                if (!info.getGcName().contains("Cycles") && !info.getGcName().contains("Concurrent")) {
                    GC_PAUSES.add(new double[] {info.getGcInfo().getStartTime() / 1000.0,
                            info.getGcInfo().getDuration()});
                }
            }, n -> n.getType().equals(com.sun.management.GarbageCollectionNotificationInfo
                    .GARBAGE_COLLECTION_NOTIFICATION), null);
        }
    }

    @Override
    public void start(Stage stage) throws Exception {
        recordCollections();
        int accounts = Integer.parseInt(getParameters().getNamed().getOrDefault("accounts", "1000000"));
        int warmUps = Integer.parseInt(getParameters().getNamed().getOrDefault("warm-up-drags", "" + WARM_UP_DRAGS));
        lookSeconds = Double.parseDouble(getParameters().getNamed().getOrDefault("look-seconds", "0"));
        Path dir = Files.createTempDirectory("hsw-drag");
        WORK_DIR.set(dir);
        Path csv = dir.resolve("accounts.csv");
        WideAccountsGenerator.write(csv, accounts, 7);
        Path ws = dir.resolve("drag.hsw");
        try (Workspace w = Workspace.create(ws)) {
            new CsvImporter(w).importAll(List.of(CsvSniffer.detect(csv, "accounts")), 0, ImportListener.NONE, () -> false);
        }
        WorkbenchViewModel vm = new WorkbenchViewModel(FxExecutors.single("io"), FxExecutors.single("recompute"),
                FxExecutors.single("tab-work"), Platform::runLater, new org.healthscore.store.RecentWorkspaces(dir.resolve("recent.txt")));
        // registered before the window's own listeners: marks when a result starts being applied
        vm.session().design().resultProperty().addListener((o, a, r) -> {
            applyStart = System.nanoTime();
            applyCpuStart = THREADS.getCurrentThreadCpuTime();
            applyWaitStart = RunQueueWait.nanos();
        });
        MainWindow window = new MainWindow(stage, vm, null);
        Scene scene = org.healthscore.ui.AppLook.apply(new Scene(window, 1400, 900)); // the app's theme and CSS
        scene.addPreLayoutPulseListener(() -> {
            layoutStart = System.nanoTime();
            layoutCpuStart = THREADS.getCurrentThreadCpuTime();
            layoutWaitStart = RunQueueWait.nanos();
        });
        scene.addPostLayoutPulseListener(() -> {
            if (current != null) {
                current.framePulse((System.nanoTime() - layoutStart) / 1e6,
                        (THREADS.getCurrentThreadCpuTime() - layoutCpuStart) / 1e6,
                        (RunQueueWait.nanos() - layoutWaitStart) / 1e6);
            }
        });
        stage.setScene(scene);
        stage.show();
        // charts are drawn by listeners registered before this one: they have run when it runs
        vm.session().design().resultProperty().addListener((o, old, r) -> {
            if (current != null) {
                var m = r.model();
                current.shown((System.nanoTime() - applyStart) / 1e6,
                        (THREADS.getCurrentThreadCpuTime() - applyCpuStart) / 1e6,
                        (RunQueueWait.nanos() - applyWaitStart) / 1e6, r.options().exact(), r.millis(),
                        100 * m.metric("usage").orElseThrow().weight() / m.totalWeight());
            }
        });
        vm.session().design().resultProperty().addListener((o, old, r) -> {
            if (old == null && r != null) {
                openSeconds = (System.nanoTime() - openStart) / 1e9;
                Slider slider = (Slider) stage.getScene().lookup("#weight-slider-usage");
                // a user looks at the opened workspace for a moment before the first drag (none by default)
                javafx.animation.PauseTransition look = new javafx.animation.PauseTransition(
                        javafx.util.Duration.seconds(lookSeconds));
                look.setOnFinished(e -> drive(slider, new DragPass(20, 60), cold ->
                        warmUp(slider, warmUps, () ->
                                drive(slider, new DragPass(60, 20), warm -> finish(accounts, cold, warm, warmUps)))));
                if (getParameters().getRaw().contains("--compare-tab")) {
                    showCompare(stage, vm, r.model(), () -> Platform.runLater(look::play));
                } else {
                    Platform.runLater(look::play);
                }
            }
        });
        openStart = System.nanoTime();
        if (!getParameters().getRaw().contains("--no-rehearsal")) {
            org.healthscore.ui.workbench.DragRehearsal.untilUserActs(vm, scene); // as the app does
        }
        vm.session().workspace().open(ws, p -> p);
    }

    /**
     * --compare-tab: the drags run with the Compare tab shown against a scenario (the model with usage at 30 %),
     * to measure what following the drag there costs beside the Overview's figures.
     */
    private static void showCompare(Stage stage, WorkbenchViewModel vm, org.healthscore.model.HealthModel model,
                                    Runnable then) {
        var scenario = model.withMetrics(org.healthscore.model.WeightShares.setShare(model.metrics(), "usage", 30,
                java.util.Set.of()));
        vm.compare().scenarios().save("bench", scenario).whenComplete((s, error) -> Platform.runLater(() -> {
            var tabs = (javafx.scene.control.TabPane) stage.getScene().lookup("#workbench-tabs");
            vm.compare().shownProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends CompareViewModel.Shown> o,
                                    CompareViewModel.Shown was, CompareViewModel.Shown now) {
                    if (now != null) {
                        vm.compare().shownProperty().removeListener(this);
                        then.run();
                    }
                }
            });
            tabs.getSelectionModel().select(5);
        }));
    }

    /** Drags down and up again, unmeasured, while the JIT compiles what a drag runs. */
    private void warmUp(Slider slider, int drags, Runnable then) {
        if (drags == 0) {
            then.run();
            return;
        }
        boolean down = drags % 2 == 0;
        drive(slider, new DragPass(down ? 60 : 20, down ? 20 : 60), pass -> warmUp(slider, drags - 1, then));
    }

    /** Moves the slider one position a frame; when every position has reached the charts, hands the pass on. */
    private void drive(Slider slider, DragPass pass, java.util.function.Consumer<DragPass> then) {
        current = pass;
        pass.startedAt = uptimeSeconds();
        pass.cpuBefore = ThreadCpu.byName();
        new AnimationTimer() {
            private int next;
            private long last;
            private long done;

            @Override
            public void handle(long now) {
                if (last != 0) {
                    pass.frameGaps.add((now - last) / 1e6);
                }
                last = now;
                if (next < POSITIONS) {
                    slider.setValueChanging(true);
                    pass.changedAt[next] = System.nanoTime();
                    slider.setValue(pass.target[next]);
                    next++;
                    if (next == POSITIONS) {
                        slider.setValueChanging(false);
                    }
                } else if (pass.settled() || (done != 0 && now - done > 5_000_000_000L)) {
                    stop();
                    current = null;
                    pass.endedAt = uptimeSeconds();
                    pass.cpuAfter = ThreadCpu.byName();
                    then.accept(pass);
                } else if (done == 0) {
                    done = now;
                }
            }
        }.start();
    }

    private void finish(int accounts, DragPass cold, DragPass warm, int warmUps) {
        REPORT.set(String.format(Locale.ROOT,
                "accounts %,d; workspace opened (read, framed, first result shown) in %.1f s%n", accounts, openSeconds)
                + cold.report(lookSeconds == 0 ? "first drag after opening (up, 20 -> 60 %)"
                        : String.format(Locale.ROOT, "first drag, %.0f s after opening (up, 20 -> 60 %%)", lookSeconds))
                + warm.report("a later drag (down, 60 -> 20 %, after " + warmUps + " more)"));
        Platform.exit();
    }

    /** For lining a drag up with a -Xlog:gc log. */
    static double uptimeSeconds() {
        return java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
    }

    static double max(double[] sorted) {
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1];
    }

    static double pct(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1))];
    }
}
