package org.healthscore.engine.overrides;

import java.util.ArrayList;
import java.util.List;
import org.healthscore.data.Outcome;
import org.healthscore.model.Band;

/**
 * "Were the CSMs right?": the churn of the accounts they moved up, moved down and left alone, each within the
 * band the model put them in. A band mix explains much of a group's churn (CSMs move up accounts from low
 * bands), so each moved group is also held against what the untouched accounts of the same model bands churned:
 * {@link Group#expectedChurnRate()}. Moved up and churning less than expected, or moved down and churning more,
 * means the CSMs saw something the model did not.
 */
public record CsmVerdict(List<BandRow> rows, Group untouched, Group movedUp, Group movedDown, int unchanged) {

    /** Accounts of one group, their known outcomes and churn; {@code expected} from the untouched accounts. */
    public record Group(int accounts, int known, int churned, double expectedChurnRate) {
        public double churnRate() {
            return known == 0 ? Double.NaN : (double) churned / known;
        }
    }

    /** One band of the model: its untouched, moved-up and moved-down accounts. */
    public record BandRow(Band band, Group untouched, Group movedUp, Group movedDown) {
    }

    /** Over the accounts {@code include} marks (null: all). */
    public static CsmVerdict of(AppliedOverrides applied, boolean[] include) {
        var model = applied.model();
        byte[] outcome = model.frame().accounts().outcome();
        int bands = model.bands().size();
        int[][] accounts = new int[3][bands];
        int[][] known = new int[3][bands];
        int[][] churned = new int[3][bands];
        int unchanged = 0;
        for (int i = 0; i < model.size(); i++) {
            if (include != null && !include[i]) {
                continue;
            }
            int b = model.band()[i];
            if (b < 0) {
                continue; // the model did not place it: no band to hold it against
            }
            int g = switch (applied.direction(i)) {
                case NONE -> 0;
                case UP -> 1;
                case DOWN -> 2;
                case SAME -> -1;
            };
            if (g < 0) {
                unchanged++;
                continue;
            }
            accounts[g][b]++;
            if (outcome[i] != Outcome.UNKNOWN) {
                known[g][b]++;
                churned[g][b] += outcome[i] == Outcome.CHURNED ? 1 : 0;
            }
        }
        List<BandRow> rows = new ArrayList<>();
        for (int b = 0; b < bands; b++) {
            double base = known[0][b] == 0 ? Double.NaN : (double) churned[0][b] / known[0][b];
            rows.add(new BandRow(model.bands().get(b), new Group(accounts[0][b], known[0][b], churned[0][b], base),
                    new Group(accounts[1][b], known[1][b], churned[1][b], base),
                    new Group(accounts[2][b], known[2][b], churned[2][b], base)));
        }
        return new CsmVerdict(List.copyOf(rows), total(rows, 0), total(rows, 1), total(rows, 2), unchanged);
    }

    /**
     * A group over all bands; its expected churn weighs each band's untouched churn rate by the group's known
     * outcomes in that band (NaN when a band it has accounts in has no untouched outcome to compare with).
     */
    private static Group total(List<BandRow> rows, int group) {
        int accounts = 0;
        int known = 0;
        int churned = 0;
        double expected = 0;
        for (BandRow r : rows) {
            Group g = group == 0 ? r.untouched() : group == 1 ? r.movedUp() : r.movedDown();
            accounts += g.accounts();
            known += g.known();
            churned += g.churned();
            if (g.known() > 0) {
                expected += g.known() * g.expectedChurnRate();
            }
        }
        return new Group(accounts, known, churned, known == 0 ? Double.NaN : expected / known);
    }
}
