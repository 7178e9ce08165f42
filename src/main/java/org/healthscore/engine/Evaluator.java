package org.healthscore.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.healthscore.data.AccountTable;
import org.healthscore.data.Outcome;
import org.healthscore.model.Band;
import org.healthscore.model.Bands;

/** Computes an {@link Evaluation} from scores: one parallel pass for counts, then sort-based figures if exact. */
public final class Evaluator {
    /** Fine bins for the O(n) AUC, KS, ROC and deciles: score resolution 0.01. */
    public static final int FINE_BINS = 10_000;
    private static final int ROC_POINTS = 400;

    private Evaluator() {
    }

    private static final int UNKNOWN_INDEX = 0;
    private static final int RETAINED_INDEX = Outcome.RETAINED - Outcome.UNKNOWN;
    private static final int CHURNED_INDEX = Outcome.CHURNED - Outcome.UNKNOWN;

    /**
     * Fine-bin counters of merged chunks, zeroed and given to the next ones: at 120 KB a chunk (1.9 MB a preview at
     * a million accounts) they were most of what a drag still allocated once previews shared one score buffer.
     */
    private static final BlockingQueue<int[]> SPARE_FINE = new ArrayBlockingQueue<>(64);

    private static int[] fineCounters() {
        int[] fine = SPARE_FINE.poll();
        if (fine == null) {
            return new int[3 * FINE_BINS];
        }
        Arrays.fill(fine, 0);
        return fine;
    }

    /** One chunk's counters, each indexed by [outcome index × size + bin]; merged into a {@link Tally}. */
    private static final class ChunkCounts {
        final int[] fine = fineCounters();
        final int[] bandAccounts;
        final double[] bandArr;
        final int[] flagged = new int[3];
        int accounts;
        int scored;
        int[] greenChurned = new int[16];
        int greenChurnedCount;

        ChunkCounts(int bands) {
            bandAccounts = new int[3 * bands];
            bandArr = new double[3 * bands];
        }

        void addGreenChurned(int row) {
            if (greenChurnedCount == greenChurned.length) {
                greenChurned = Arrays.copyOf(greenChurned, greenChurnedCount * 2);
            }
            greenChurned[greenChurnedCount++] = row;
        }
    }

    /** All chunks' counters merged, by what the summary needs. */
    private static final class Tally {
        final int[] fineChurned = new int[FINE_BINS];
        final int[] fineRetained = new int[FINE_BINS];
        final int[] fineUnknown = new int[FINE_BINS];
        final int[] bandAccounts;
        final int[] bandChurned;
        final int[] bandKnown;
        final double[] bandArr;
        final double[] bandChurnedArr;
        int accounts;
        int scored;
        int flagged;
        int flaggedChurned;
        int[] greenChurned = new int[16];
        int greenChurnedCount;

        Tally(int bands) {
            bandAccounts = new int[bands];
            bandChurned = new int[bands];
            bandKnown = new int[bands];
            bandArr = new double[bands];
            bandChurnedArr = new double[bands];
        }

        void addGreenChurned(int row) {
            if (greenChurnedCount == greenChurned.length) {
                greenChurned = Arrays.copyOf(greenChurned, greenChurnedCount * 2);
            }
            greenChurned[greenChurnedCount++] = row;
        }
    }

    public static Evaluation evaluate(Scores scores, EvaluationOptions options, Cancel cancel) {
        return evaluate(scores, options, cancel, null);
    }

    /** As above, over only the accounts {@code include} marks (null: as the options' filter says). */
    public static Evaluation evaluate(Scores scores, EvaluationOptions options, Cancel cancel, boolean[] include) {
        Counting counting = new Counting(scores.frame().accounts(), scores.bands().size(), options, include);
        Chunks.forEach(scores.size(), cancel,
                (chunk, from, to) -> counting.tally(chunk, from, to, scores.score(), scores.band()));
        return counting.finish(scores, cancel);
    }

    /**
     * Scores and evaluates in one pass over the accounts: each chunk is counted right after it is scored. The
     * live path of the workbench; the result equals {@code evaluate(engine.score(model), options)}.
     */
    public static RecomputeResult scoreAndEvaluate(long sequence, ScoringEngine engine,
                                                   org.healthscore.model.HealthModel model, EvaluationOptions options,
                                                   Cancel cancel) {
        long t0 = System.nanoTime();
        Counting counting = new Counting(engine.frame().accounts(), BandScheme.of(model).size(), options);
        Scores scores = engine.score(model, cancel, counting::tally, !options.exact());
        Evaluation evaluation = counting.finish(scores, cancel);
        return RecomputeResult.of(sequence, scores, evaluation, options, (System.nanoTime() - t0) / 1e6);
    }

    /** The counting pass, chunk by chunk into separate tallies (no sharing between workers), then merged. */
    private static final class Counting {
        private final ChunkCounts[] tallies;
        private final boolean[] mask;
        private final byte[] outcome;
        private final double[] arr;
        private final int bandCount;
        private final EvaluationOptions options;

        Counting(AccountTable accounts, int bandCount, EvaluationOptions options) {
            this(accounts, bandCount, options, null);
        }

        Counting(AccountTable accounts, int bandCount, EvaluationOptions options, boolean[] include) {
            this.tallies = new ChunkCounts[Chunks.count(accounts.size())];
            this.mask = include != null ? include : options.filter().mask(accounts);
            this.outcome = accounts.outcome();
            this.arr = accounts.arr();
            this.bandCount = bandCount;
            this.options = options;
        }

        /**
         * Counts one chunk. Every counter is indexed by outcome (unknown, retained, churned) instead of branching
         * on it: outcomes come in no order, and the mispredicted branches made this loop as slow as the scoring.
         */
        void tally(int chunk, int from, int to, double[] score, byte[] band) {
            ChunkCounts t = new ChunkCounts(bandCount);
            tallies[chunk] = t;
            double cutoff = options.atRiskCutoff();
            int[] fine = t.fine;
            int[] bandAccounts = t.bandAccounts;
            double[] bandArr = t.bandArr;
            int[] flagged = t.flagged;
            int bands = bandCount;
            int accounts = 0;
            int scored = 0;
            for (int i = from; i < to; i++) {
                if (mask != null && !mask[i]) {
                    continue;
                }
                accounts++;
                double s = score[i];
                if (s != s) {
                    continue;
                }
                scored++;
                int o = outcome[i] - Outcome.UNKNOWN; // 0 unknown, 1 retained, 2 churned
                int f = Math.min(FINE_BINS - 1, (int) (s * (FINE_BINS / 100.0)));
                int b = band[i];
                double a = arr[i];
                fine[o * FINE_BINS + f]++;
                bandAccounts[o * bands + b]++;
                bandArr[o * bands + b] += a == a ? a : 0.0;
                flagged[o] += s < cutoff ? 1 : 0;
                if (b == 0 && o == CHURNED_INDEX) {
                    t.addGreenChurned(i);
                }
            }
            t.accounts = accounts;
            t.scored = scored;
        }

        Evaluation finish(Scores scores, Cancel cancel) {
            Tally all = merge(tallies, bandCount);
            cancel.check();
            return summarize(scores, options, all, mask, cancel);
        }
    }

    private static Evaluation summarize(Scores scores, EvaluationOptions options, Tally all, boolean[] mask,
                                        Cancel cancel) {
        int known = (int) (RankStats.sum(all.fineChurned) + RankStats.sum(all.fineRetained));
        int churned = (int) RankStats.sum(all.fineChurned);
        List<Band> bands = scores.bands();
        List<Evaluation.BandRow> rows = new ArrayList<>();
        for (int b = 0; b < bands.size(); b++) {
            rows.add(new Evaluation.BandRow(bands.get(b), all.bandAccounts[b], all.bandChurned[b], all.bandKnown[b],
                    all.bandArr[b], all.bandChurnedArr[b],
                    all.scored == 0 ? 0 : (double) all.bandAccounts[b] / all.scored));
        }
        int[] histBand = new int[options.histogramBins()];
        List<Band> defaults = Bands.descending(scores.model().bands());
        for (int h = 0; h < histBand.length; h++) {
            histBand[h] = Bands.indexOf(defaults, h * 100.0 / histBand.length);
        }
        var histogram = new Evaluation.Histogram(100.0 / options.histogramBins(),
                coarsen(all.fineChurned, histBand.length), coarsen(all.fineRetained, histBand.length),
                coarsen(all.fineUnknown, histBand.length), histBand);
        var cutoff = new Evaluation.CutoffStats(options.atRiskCutoff(), all.flagged, all.flaggedChurned,
                all.flagged == 0 ? Double.NaN : (double) all.flaggedChurned / all.flagged,
                churned == 0 ? Double.NaN : (double) all.flaggedChurned / churned);
        int[] greenButChurned = Arrays.copyOf(all.greenChurned, all.greenChurnedCount);

        double auc;
        double bound;
        double ks;
        Evaluation.RocCurve roc;
        Evaluation.DecileRow[] deciles;
        if (options.exact()) {
            double[][] sorted = ExactRuns.sortedByOutcome(scores, mask, churned, known - churned, cancel);
            auc = RankStats.exactAuc(sorted[0], sorted[1]);
            bound = 0;
            ks = RankStats.exactKs(sorted[0], sorted[1]);
            roc = RankStats.exactRoc(sorted[0], sorted[1], ROC_POINTS);
            int[][] runs = ExactRuns.tieRuns(sorted[0], sorted[1]);
            deciles = RankStats.deciles(runs[0], runs[1]);
        } else {
            auc = RankStats.binnedAuc(all.fineChurned, all.fineRetained);
            bound = RankStats.binnedAucBound(all.fineChurned, all.fineRetained);
            ks = RankStats.binnedKs(all.fineChurned, all.fineRetained);
            roc = RankStats.binnedRoc(all.fineChurned, all.fineRetained, ROC_POINTS);
            deciles = RankStats.deciles(all.fineChurned, all.fineRetained);
        }
        return new Evaluation(all.accounts, all.scored, known, churned, histogram, List.copyOf(rows),
                List.of(deciles), roc, auc, bound, 2 * auc - 1, ks, options.exact(), cutoff, greenButChurned);
    }

    /**
     * The display histogram from the fine bins: fine bin f (scores [f/100, (f+1)/100)) goes to bin
     * f × bins / 10,000, so bin edges are exact whenever the bin count divides 10,000 (20, 50, 100, …).
     */
    private static int[] coarsen(int[] fine, int bins) {
        int[] out = new int[bins];
        for (int f = 0; f < fine.length; f++) {
            out[(int) ((long) f * bins / FINE_BINS)] += fine[f];
        }
        return out;
    }

    private static Tally merge(ChunkCounts[] tallies, int bands) {
        Tally all = new Tally(bands);
        for (ChunkCounts t : tallies) {
            if (t == null) {
                continue;
            }
            all.accounts += t.accounts;
            all.scored += t.scored;
            all.flagged += t.flagged[RETAINED_INDEX] + t.flagged[CHURNED_INDEX];
            all.flaggedChurned += t.flagged[CHURNED_INDEX];
            addRange(all.fineUnknown, t.fine, UNKNOWN_INDEX * FINE_BINS);
            addRange(all.fineRetained, t.fine, RETAINED_INDEX * FINE_BINS);
            addRange(all.fineChurned, t.fine, CHURNED_INDEX * FINE_BINS);
            for (int b = 0; b < bands; b++) {
                int churned = t.bandAccounts[CHURNED_INDEX * bands + b];
                int retained = t.bandAccounts[RETAINED_INDEX * bands + b];
                all.bandAccounts[b] += churned + retained + t.bandAccounts[UNKNOWN_INDEX * bands + b];
                all.bandChurned[b] += churned;
                all.bandKnown[b] += churned + retained;
                double churnedArr = t.bandArr[CHURNED_INDEX * bands + b];
                all.bandChurnedArr[b] += churnedArr;
                all.bandArr[b] += churnedArr + t.bandArr[RETAINED_INDEX * bands + b]
                        + t.bandArr[UNKNOWN_INDEX * bands + b];
            }
            for (int g = 0; g < t.greenChurnedCount; g++) {
                all.addGreenChurned(t.greenChurned[g]);
            }
            SPARE_FINE.offer(t.fine); // merged: the chunk's counters are not read again
        }
        return all;
    }

    private static void addRange(int[] into, int[] from, int offset) {
        for (int i = 0; i < into.length; i++) {
            into[i] += from[offset + i];
        }
    }
}
