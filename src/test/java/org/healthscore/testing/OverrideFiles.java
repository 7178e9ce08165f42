package org.healthscore.testing;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Files of CSM overrides in the shapes people send them: a spreadsheet's (Windows-1252, semicolons, decimal
 * commas, M/d/yyyy dates, #N/A for "no expiry given", a leading-space id) and R's write.csv (every string quoted,
 * NA), with what a correct read must find.
 */
public final class OverrideFiles {
    private OverrideFiles() {
    }

    /**
     * Four overrides from a European spreadsheet: " K-1" to Green until 3/31/2027; K-3 usage 7,5 points with
     * #N/A as its expiry (so 90 days from the start); "=K-2" (exported as '=K-2) to Red; K-4 to Yellow with a
     * note "Réunion annulée".
     */
    public static void spreadsheet(Path file) throws IOException {
        Charset cp1252 = Charset.forName("windows-1252");
        try (Writer w = Files.newBufferedWriter(file, cp1252)) {
            w.write("Account ID;Band;Metric;Points;Note;Author;Until\r\n");
            w.write(" K-1;Green;;;Sponsor back after the QBR;Ann;3/31/2027\r\n");
            w.write("K-3;;usage;7,5;Usage export was broken in May;Ann;#N/A\r\n");
            w.write("'=K-2;Red;;;Champion left;Bob;1/15/2027\r\n");
            w.write("K-4;Yellow;;;R\u00e9union annul\u00e9e;Chlo\u00e9;2/1/2027\r\n");
        }
    }

    /**
     * The same spreadsheet shape for any accounts: each to {@code band}, but every third one's {@code metric} to
     * 2,5 points, with a note in Windows-1252 and an expiry in M/d/yyyy on {@code until}.
     */
    public static void spreadsheetFor(Path file, List<String> ids, String band, String metric,
                                      java.time.LocalDate until) throws IOException {
        Charset cp1252 = Charset.forName("windows-1252");
        String date = until.getMonthValue() + "/" + until.getDayOfMonth() + "/" + until.getYear();
        try (Writer w = Files.newBufferedWriter(file, cp1252)) {
            w.write("Account ID;Band;Metric;Points;Note;Author;Until\r\n");
            for (int i = 0; i < ids.size(); i++) {
                w.write(ids.get(i) + (i % 3 == 2 ? ";;" + metric + ";2,5" : ";" + band + ";;") + ";R\u00e9union "
                        + "annul\u00e9e " + i + ";Chlo\u00e9;" + date + "\r\n");
            }
        }
    }

    /** R's write.csv of two overrides, with its quoted row names and NA for an author nobody gave. */
    public static void rWriteCsv(Path file, List<String> ids) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("\"\",\"account_id\",\"band\",\"note\",\"author\",\"until\"\n");
            for (int i = 0; i < ids.size(); i++) {
                w.write("\"" + (i + 1) + "\",\"" + ids.get(i) + "\",\"Orange\",\"Renewal at risk: budget cut\",NA,"
                        + "\"2027-01-31\"\n");
            }
        }
    }
}
