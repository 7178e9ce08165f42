package org.healthscore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.healthscore.io.model.ModelJsonReader;
import org.healthscore.model.HealthModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `calibrate --segment-column`: where usage protects small accounts and large ones churn more the more they use,
 * each segment gets its own points (their direction follows its own churn); where the relation is the same, none;
 * a segment with few accounts is left to the model's points, and a column of numbers is refused.
 */
class CalibrateSegmentsCliTest {
    @TempDir
    Path dir;

    @Test
    void eachSegmentGetsItsOwnPointsWhereItsRelationDiffers() throws Exception {
        Path csv = dir.resolve("accounts.csv");
        Random r = new Random(9);
        try (BufferedWriter w = Files.newBufferedWriter(csv)) {
            w.write("id,plan,usage,tickets,churned\n");
            for (int i = 0; i < 4_000; i++) {
                String plan = i % 40 == 0 ? "Trial" : i % 2 == 0 ? "SMB" : "Enterprise";
                double usage = r.nextDouble() * 100;
                double tickets = r.nextInt(10);
                double churn = (plan.equals("Enterprise") ? 0.05 + 0.4 * usage / 100 : 0.45 - 0.4 * usage / 100)
                        + 0.02 * tickets;
                w.write(i + "," + plan + "," + (i % 50 == 0 ? "NA" : String.format(java.util.Locale.ROOT, "%.2f", usage))
                        + "," + (int) tickets + "," + (r.nextDouble() < churn ? "Yes" : "No") + "\n");
            }
        }
        Path out = dir.resolve("model.json");
        CliRun run = CliRun.run("calibrate", "--data", csv.toString(), "--outcome-column", "churned", "--metrics",
                "usage,tickets", "--segment-column", "plan", "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("Points fitted on each plan's own accounts"), run.out());
        assertTrue(run.out().contains("Trial (100 accounts with an outcome): too few accounts with an outcome"),
                run.out());
        HealthModel model = ModelJsonReader.read(out, null).model();
        var usage = model.metric("usage").orElseThrow();
        // one usage relation cannot serve both: over all accounts the two cancel, so the model's points for usage
        // are one bin for every value, and each plan gets its own
        var modelBins = ((org.healthscore.model.Normalization.Bins) usage.normalization()).bins();
        assertEquals(1, modelBins.size(), run.out());
        assertEquals(2, model.segments().stream().filter(g -> g.points().containsKey("usage")).count(), run.out());
        // and the points each plan is scored by rank its own churn: more points where its accounts churn less
        java.util.function.Function<String, org.healthscore.model.Metric> scoredIn = plan -> model.segments().stream()
                .filter(g -> g.name().equals(plan)).findFirst().map(g -> g.metricIn(usage)).orElse(usage);
        var smb = scoredIn.apply("SMB");
        var enterprise = scoredIn.apply("Enterprise");
        double smbLow = smb.normalization().points(5, smb.direction());
        double smbHigh = smb.normalization().points(95, smb.direction());
        double entLow = enterprise.normalization().points(5, enterprise.direction());
        double entHigh = enterprise.normalization().points(95, enterprise.direction());
        assertTrue(smbHigh > smbLow, "SMB: heavy use protects: " + smbLow + " → " + smbHigh + "\n" + run.out());
        assertTrue(entHigh < entLow, "Enterprise: heavy use churns: " + entLow + " → " + entHigh + "\n" + run.out());
        assertTrue(model.segments().stream().noneMatch(s -> s.name().equals("Trial")), "Trial keeps the model's");
        assertTrue(run.out().lines().anyMatch(l -> l.contains("usage") && l.contains("its own points")), run.out());
    }

    @Test
    void aColumnOfNumbersIsRefusedAsASegmentColumn() throws Exception {
        Path csv = dir.resolve("numbers.csv");
        Files.writeString(csv, "id,usage,churned\n1,5,Yes\n2,7,No\n3,9,No\n4,1,Yes\n");
        CliRun run = CliRun.run("calibrate", "--data", csv.toString(), "--outcome-column", "churned", "--metrics",
                "usage", "--segment-column", "usage");
        assertEquals(1, run.code());
        assertTrue(run.err().contains("the segment column 'usage' holds numbers; it needs categories"), run.err());
    }
}
