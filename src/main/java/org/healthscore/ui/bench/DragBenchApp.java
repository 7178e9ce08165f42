package org.healthscore.ui.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
    private static final int POSITIONS = 100;
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
    private static final List<double[]> GC_PAUSES = java.util.Collections.synchronizedList(new ArrayList<>());

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
                Platform::runLater, new org.healthscore.store.RecentWorkspaces(dir.resolve("recent.txt")));
        // registered before the window's own listeners: marks when a result starts being applied
        vm.resultProperty().addListener((o, a, r) -> {
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
        vm.resultProperty().addListener((o, old, r) -> {
            if (current != null) {
                var m = r.model();
                current.shown((System.nanoTime() - applyStart) / 1e6,
                        (THREADS.getCurrentThreadCpuTime() - applyCpuStart) / 1e6,
                        (RunQueueWait.nanos() - applyWaitStart) / 1e6, r.options().exact(), r.millis(),
                        100 * m.metric("usage").orElseThrow().weight() / m.totalWeight());
            }
        });
        vm.resultProperty().addListener((o, old, r) -> {
            if (old == null && r != null) {
                openSeconds = (System.nanoTime() - openStart) / 1e9;
                Slider slider = (Slider) stage.getScene().lookup("#weight-slider-usage");
                // a user looks at the opened workspace for a moment before the first drag (none by default)
                javafx.animation.PauseTransition look = new javafx.animation.PauseTransition(
                        javafx.util.Duration.seconds(lookSeconds));
                look.setOnFinished(e -> drive(slider, new DragPass(20, 60), cold ->
                        warmUp(slider, warmUps, () ->
                                drive(slider, new DragPass(60, 20), warm -> finish(accounts, cold, warm, warmUps)))));
                Platform.runLater(look::play);
            }
        });
        openStart = System.nanoTime();
        if (!getParameters().getRaw().contains("--no-rehearsal")) {
            org.healthscore.ui.workbench.DragRehearsal.untilUserActs(vm, scene); // as the app does
        }
        vm.open(ws, p -> p);
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

    /** One drag's measurements. */
    private static final class DragPass {
        final double[] target = new double[POSITIONS];
        final long[] changedAt = new long[POSITIONS];
        final double[] latency = new double[POSITIONS];
        final List<Double> frameGaps = new ArrayList<>();
        final List<Double> applyMs = new ArrayList<>();
        final List<Double> layoutMs = new ArrayList<>();
        final List<Double> computeMs = new ArrayList<>();
        /** The FX thread's workbench work per frame: results applied since the last pulse, then its CSS/layout. */
        final List<Double> frameWorkMs = new ArrayList<>();
        private double appliedSincePulse;
        /** The same per frame in the FX thread's CPU time. */
        final List<Double> frameCpuMs = new ArrayList<>();
        private double appliedCpuSincePulse;
        /** The same per frame: time the FX thread waited for a core (Linux; zero elsewhere). */
        final List<Double> frameWaitMs = new ArrayList<>();
        private double appliedWaitSincePulse;
        /** Frames over 16 ms: {wall, CPU, waiting for a core}, to tell the causes of the slow ones apart. */
        final List<double[]> slowFrames = new ArrayList<>();
        final boolean up;
        double exactApplyMs;
        double startedAt;
        java.util.Map<String, Double> cpuBefore;
        java.util.Map<String, Double> cpuAfter;
        double endedAt;
        boolean exactShown;
        int served;

        DragPass(double fromShare, double toShare) {
            for (int i = 0; i < POSITIONS; i++) {
                target[i] = fromShare + (toShare - fromShare) * i / (POSITIONS - 1);
            }
            up = toShare > fromShare;
            Arrays.fill(latency, Double.NaN);
        }

        void framePulse(double layout, double layoutCpu, double layoutWait) {
            layoutMs.add(layout);
            double wall = appliedSincePulse + layout;
            double cpu = appliedCpuSincePulse + layoutCpu;
            double wait = appliedWaitSincePulse + layoutWait;
            frameWorkMs.add(wall);
            frameCpuMs.add(cpu);
            frameWaitMs.add(wait);
            if (wall > 16) {
                slowFrames.add(new double[] {wall, cpu, wait});
            }
            appliedSincePulse = 0;
            appliedCpuSincePulse = 0;
            appliedWaitSincePulse = 0;
        }

        /** A result reached the window: every position it includes has its latency. */
        void shown(double applied, double appliedCpu, double appliedWait, boolean exact, double computed,
                   double share) {
            appliedSincePulse += applied;
            appliedCpuSincePulse += appliedCpu;
            appliedWaitSincePulse += appliedWait;
            if (exact) {
                exactApplyMs = Math.max(exactApplyMs, applied); // the settled result on release: reported apart
            } else {
                applyMs.add(applied);
            }
            computeMs.add(computed);
            long now = System.nanoTime();
            while (served < POSITIONS && changedAt[served] != 0
                    && (up ? target[served] <= share + 1e-6 : target[served] >= share - 1e-6)) {
                latency[served] = (now - changedAt[served]) / 1e6;
                served++;
            }
            exactShown |= exact && served == POSITIONS;
        }

        boolean settled() {
            return served == POSITIONS && exactShown;
        }

        String report(String title) {
            double[] c = sorted(computeMs);
            double[] l = Arrays.stream(latency).filter(x -> !Double.isNaN(x)).sorted().toArray();
            double[] g = sorted(frameGaps);
            double[] a = sorted(applyMs);
            double[] lay = sorted(layoutMs);
            double[] work = sorted(frameWorkMs);
            double[] cpu = sorted(frameCpuMs);
            return String.format(Locale.ROOT, "%s: %d positions (%d reached the charts), JVM uptime %.1f-%.1f s%n"
                            + "  latency value change -> charts updated: median %.1f ms, p95 %.1f ms, max %.1f ms%n"
                            + "  frame interval: median %.1f ms, longest %.1f ms (drawing included)%n"
                            + "  recomputes shown: %d, each computed in median %.1f ms, p95 %.1f ms%n"
                            + "  FX thread, applying a live result to the window: median %.1f ms, max %.1f ms "
                            + "(the exact result on release: %.1f ms)%n"
                            + "  FX thread, CSS and layout pass of a frame: median %.1f ms, max %.1f ms%n"
                            + "  FX-thread stall by the workbench (results applied + CSS/layout, longest frame): "
                            + "%.1f ms%n"
                            + "  frames whose workbench work took over 16 ms: %d of %d%n"
                            + "  the same in the FX thread's CPU time (waits for a core left out): longest %.1f ms, "
                            + "over 16 ms: %d%n"
                            + "  %s%n"
                            + "  collections during the drag: %s%n"
                            + "  CPU time (ms) of the busiest threads during the drag: %s%n",
                    title, POSITIONS, l.length, startedAt, endedAt, pct(l, 50), pct(l, 95), max(l), pct(g, 50), max(g),
                    c.length,
                    pct(c, 50), pct(c, 95), pct(a, 50), max(a), exactApplyMs, pct(lay, 50), max(lay),
                    max(work), Arrays.stream(work).filter(x -> x > 16).count(), work.length, max(cpu),
                    Arrays.stream(cpu).filter(x -> x > 16).count(), slowFramesSplit(), collections(),
                    ThreadCpu.busiest(cpuBefore, cpuAfter, 6));
        }

        /** Each frame over 16 ms split into the FX thread's work, its wait for a core, and the rest. */
        private String slowFramesSplit() {
            if (!RunQueueWait.available()) {
                return "(why frames were slow: Linux only)";
            }
            double[] waits = sorted(frameWaitMs);
            StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                    "the FX thread's wait for a core in a frame's workbench work: median %.1f ms, max %.1f ms; "
                            + "frames over 16 ms as work + wait + stopped or blocked (ms):",
                    pct(waits, 50), max(waits)));
            if (slowFrames.isEmpty()) {
                out.append(" none");
            }
            for (double[] f : slowFrames) {
                out.append(String.format(Locale.ROOT, " %.1f = %.1f + %.1f + %.1f;", f[0], f[1], f[2],
                        Math.max(0, f[0] - f[1] - f[2])));
            }
            return out.toString();
        }

        /** The collector's pauses within this drag: they stop the FX thread too, whatever it was doing. */
        private String collections() {
            double[] within;
            synchronized (GC_PAUSES) {
                within = GC_PAUSES.stream().filter(p -> p[0] >= startedAt && p[0] <= endedAt)
                        .mapToDouble(p -> p[1]).sorted().toArray();
            }
            return within.length == 0 ? "none" : String.format(Locale.ROOT, "%d, longest %.0f ms, %.0f ms in all",
                    within.length, max(within), Arrays.stream(within).sum());
        }

        private static double[] sorted(List<Double> values) {
            return values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        }
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
    private static double uptimeSeconds() {
        return java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
    }

    private static double max(double[] sorted) {
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1];
    }

    private static double pct(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1))];
    }
}
