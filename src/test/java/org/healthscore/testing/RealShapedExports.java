package org.healthscore.testing;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Writes CSV files in the shapes real exports have, and says what a correct import must find in them (counts
 * computed while writing, not by the importer): R's write.csv (every string quoted, NA for missing, Yes/No
 * outcome), a spreadsheet (Windows-1252, semicolons, decimal commas, #N/A / - / empty cells, good/bad outcome,
 * ids with leading spaces or =), and a file without an id column.
 */
public final class RealShapedExports {
    /** What a file holds: rows, churned and retained outcomes, missing cells in its numeric column with gaps. */
    public record Expected(int rows, int churned, int retained, int missingInGappyColumn, double sumOfGappyColumn) {
    }

    private RealShapedExports() {
    }

    /**
     * R's {@code write.csv(df)} of a telecom churn table: a quoted row-name column "" first, then
     * "customerID", "gender", tenure, MonthlyCharges, TotalCharges (NA on new customers), "Contract", "Churn".
     */
    public static Expected rWriteCsv(Path file, int rows, long seed) throws IOException {
        Random r = new Random(seed);
        int churned = 0;
        int missing = 0;
        double sum = 0;
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("\"\",\"customerID\",\"gender\",\"tenure\",\"MonthlyCharges\",\"TotalCharges\",\"Contract\",\"Churn\"\n");
            for (int i = 1; i <= rows; i++) {
                int tenure = r.nextInt(72);
                double monthly = Math.round((18 + r.nextDouble() * 100) * 100) / 100.0;
                boolean na = tenure == 0 || i % 37 == 0;
                boolean churn = r.nextDouble() < (tenure < 12 ? 0.45 : 0.15);
                churned += churn ? 1 : 0;
                String total;
                if (na) {
                    missing++;
                    total = "NA";
                } else {
                    double t = Math.round(monthly * tenure * 100) / 100.0;
                    sum += t;
                    total = Double.toString(t);
                }
                w.write("\"" + i + "\",\"" + String.format(Locale.ROOT, "%04d-%s", i, (char) ('A' + i % 26) + "XYZ")
                        + "\",\"" + (r.nextBoolean() ? "Female" : "Male") + "\"," + tenure + "," + monthly + ","
                        + total + ",\"" + (i % 3 == 0 ? "Two year" : "Month-to-month") + "\",\""
                        + (churn ? "Yes" : "No") + "\"\n");
            }
        }
        return new Expected(rows, churned, rows - churned, missing, sum);
    }

    /**
     * A spreadsheet saved as "CSV (semicolon)" on a European Windows machine: Windows-1252, decimal commas,
     * thousands dots, {@code #N/A}, {@code -} and empty cells in "Umsatz", ids " K-1" (a leading space) and
     * "=K-2" (a formula-looking id), a "Région" header, and "Status" good/bad.
     */
    public static Expected spreadsheet(Path file, int rows, long seed) throws IOException {
        Random r = new Random(seed);
        int bad = 0;
        int missing = 0;
        double sum = 0;
        Charset cp1252 = Charset.forName("windows-1252");
        try (Writer w = Files.newBufferedWriter(file, cp1252)) {
            w.write("Kunde;Région;Umsatz;Logins;Status\r\n");
            String[] regions = {"Île-de-France", "Zürich", "Köln", "Málaga"};
            for (int i = 1; i <= rows; i++) {
                String id = i % 10 == 1 ? " K-" + i : i % 10 == 2 ? "=K-" + i : "K-" + i;
                String umsatz;
                switch (i % 9) {
                    case 0 -> umsatz = "#N/A";
                    case 4 -> umsatz = "-";
                    case 7 -> umsatz = "";
                    default -> umsatz = null;
                }
                if (umsatz != null) {
                    missing++;
                } else {
                    int cents = 100_000 + r.nextInt(900_000_000);
                    sum += cents / 100.0;
                    umsatz = String.format(Locale.GERMANY, "%,.2f", cents / 100.0);
                }
                boolean isBad = r.nextDouble() < 0.2;
                bad += isBad ? 1 : 0;
                w.write(id + ";" + regions[i % regions.length] + ";" + umsatz + ";" + r.nextInt(400) + ";"
                        + (isBad ? "bad" : "good") + "\r\n");
            }
        }
        return new Expected(rows, bad, rows - bad, missing, sum);
    }

    /** A survey export with no id column at all: plan, seats, nps (some "N/A"), churned (churned / renewed). */
    public static Expected withoutIdColumn(Path file, int rows, long seed) throws IOException {
        Random r = new Random(seed);
        int churned = 0;
        int missing = 0;
        double sum = 0;
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("plan,seats,nps,churned\n");
            for (int i = 1; i <= rows; i++) {
                boolean c = r.nextDouble() < 0.25;
                churned += c ? 1 : 0;
                String nps;
                if (i % 5 == 0) {
                    nps = "N/A";
                    missing++;
                } else {
                    int v = r.nextInt(11);
                    sum += v;
                    nps = Integer.toString(v);
                }
                w.write((i % 2 == 0 ? "Pro" : "Team") + "," + (1 + r.nextInt(500)) + "," + nps + ","
                        + (c ? "churned" : "renewed") + "\n");
            }
        }
        return new Expected(rows, churned, rows - churned, missing, sum);
    }
}
