package org.healthscore.ui.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** One drag's measurements. */
final class DragPass {
    final double[] target = new double[DragBenchApp.POSITIONS];
    final long[] changedAt = new long[DragBenchApp.POSITIONS];
    final double[] latency = new double[DragBenchApp.POSITIONS];
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
        for (int i = 0; i < DragBenchApp.POSITIONS; i++) {
            target[i] = fromShare + (toShare - fromShare) * i / (DragBenchApp.POSITIONS - 1);
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
        while (served < DragBenchApp.POSITIONS && changedAt[served] != 0
                && (up ? target[served] <= share + 1e-6 : target[served] >= share - 1e-6)) {
            latency[served] = (now - changedAt[served]) / 1e6;
            served++;
        }
        exactShown |= exact && served == DragBenchApp.POSITIONS;
    }

    boolean settled() {
        return served == DragBenchApp.POSITIONS && exactShown;
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
                title, DragBenchApp.POSITIONS, l.length, startedAt, endedAt, DragBenchApp.pct(l, 50), DragBenchApp.pct(l, 95), DragBenchApp.max(l), DragBenchApp.pct(g, 50), DragBenchApp.max(g),
                c.length,
                DragBenchApp.pct(c, 50), DragBenchApp.pct(c, 95), DragBenchApp.pct(a, 50), DragBenchApp.max(a), exactApplyMs, DragBenchApp.pct(lay, 50), DragBenchApp.max(lay),
                DragBenchApp.max(work), Arrays.stream(work).filter(x -> x > 16).count(), work.length, DragBenchApp.max(cpu),
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
                DragBenchApp.pct(waits, 50), DragBenchApp.max(waits)));
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
        synchronized (DragBenchApp.GC_PAUSES) {
            within = DragBenchApp.GC_PAUSES.stream().filter(p -> p[0] >= startedAt && p[0] <= endedAt)
                    .mapToDouble(p -> p[1]).sorted().toArray();
        }
        return within.length == 0 ? "none" : String.format(Locale.ROOT, "%d, longest %.0f ms, %.0f ms in all",
                within.length, DragBenchApp.max(within), Arrays.stream(within).sum());
    }

    private static double[] sorted(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }
}
