package org.healthscore.engine.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.healthscore.engine.Scores;

/**
 * Where the accounts go: how many accounts, and how much ARR, move from each band under model A (rows) to each
 * band under model B (columns), on the same accounts. Accounts either model leaves unscored are counted apart.
 *
 * @param bandsA   the band names under A, best first (rows)
 * @param bandsB   under B (columns)
 * @param accounts accounts[i][j]: in band i under A and band j under B
 * @param arr      the same accounts' ARR (unknown ARR counts as 0)
 * @param unscored accounts left unscored by either model
 */
public record BandMigration(List<String> bandsA, List<String> bandsB, long[][] accounts, double[][] arr,
                            long unscored) {
    public BandMigration {
        bandsA = List.copyOf(bandsA);
        bandsB = List.copyOf(bandsB);
    }

    /** @param include the accounts to count (a segment), by index */
    public static BandMigration of(Scores a, Scores b, IntPredicate include) {
        int ra = a.bands().size();
        int rb = b.bands().size();
        long[][] n = new long[ra][rb];
        double[][] arr = new double[ra][rb];
        long unscored = 0;
        double[] accountArr = a.frame().accounts().arr();
        for (int i = 0; i < a.size(); i++) {
            if (!include.test(i)) {
                continue;
            }
            int ba = a.band()[i];
            int bb = b.band()[i];
            if (!Double.isFinite(a.score()[i]) || !Double.isFinite(b.score()[i]) || ba < 0 || bb < 0 || ba >= ra
                    || bb >= rb) {
                unscored++;
                continue;
            }
            n[ba][bb]++;
            arr[ba][bb] += Double.isFinite(accountArr[i]) ? accountArr[i] : 0;
        }
        return new BandMigration(a.bands().stream().map(x -> x.name()).toList(),
                b.bands().stream().map(x -> x.name()).toList(), n, arr, unscored);
    }

    /** The indices of the accounts in cell (i, j), for a list of them. */
    public static List<Integer> accountsIn(Scores a, Scores b, IntPredicate include, int bandA, int bandB) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (include.test(i) && Double.isFinite(a.score()[i]) && Double.isFinite(b.score()[i])
                    && a.band()[i] == bandA && b.band()[i] == bandB) {
                out.add(i);
            }
        }
        return out;
    }

    /** Accounts that stay in the same band (row and column index alike). */
    public long staying() {
        long s = 0;
        for (int i = 0; i < Math.min(accounts.length, accounts.length == 0 ? 0 : accounts[0].length); i++) {
            s += accounts[i][i];
        }
        return s;
    }

    public long total() {
        long s = 0;
        for (long[] row : accounts) {
            for (long v : row) {
                s += v;
            }
        }
        return s;
    }
}
