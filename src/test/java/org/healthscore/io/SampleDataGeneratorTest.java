package org.healthscore.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.healthscore.io.sample.SampleDataGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleDataGeneratorTest {
    @TempDir
    static Path dir;
    static List<Path> files;

    @BeforeAll
    static void generate() {
        files = new SampleDataGenerator(SampleDataGenerator.DEFAULT_SEED, SampleDataGenerator.DEFAULT_ACCOUNTS)
                .writeTo(dir.resolve("a"));
    }

    @Test
    void theSameSeedGivesTheSameBytes() throws IOException {
        List<Path> again = new SampleDataGenerator(SampleDataGenerator.DEFAULT_SEED,
                SampleDataGenerator.DEFAULT_ACCOUNTS).writeTo(dir.resolve("b"));
        for (int i = 0; i < files.size(); i++) {
            assertArrayEquals(Files.readAllBytes(files.get(i)), Files.readAllBytes(again.get(i)),
                    files.get(i).getFileName().toString());
        }
    }

    @Test
    void theCommittedSampleDataIsWhatTheGeneratorWrites() throws IOException {
        for (Path f : files) {
            Path committed = Path.of("sample-data").resolve(f.getFileName());
            assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(committed),
                    committed + " differs: regenerate with `sample --out sample-data`");
        }
    }

    @Test
    void filesAreSmallAndAccountsLookRealistic() throws IOException {
        long total = 0;
        for (Path f : files) {
            total += Files.size(f);
        }
        assertTrue(total < 10_000_000, "sample data is " + total + " bytes");
        Map<String, Integer> segments = new HashMap<>();
        Map<String, Integer> outcomes = new HashMap<>();
        for (NamedCsvRecord r : read(files.get(0))) {
            segments.merge(r.getField("segment"), 1, Integer::sum);
            outcomes.merge(r.getField("outcome"), 1, Integer::sum);
        }
        assertEquals(2000, segments.values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(java.util.Set.of("SMB", "Mid-Market", "Enterprise"), segments.keySet());
        assertEquals(java.util.Set.of("renewed", "churned", "expanded", "open"), outcomes.keySet());
    }

    @Test
    void churnersUsageInTheirLastThreeMonthsIsLowerThanRenewers() throws IOException {
        Map<String, String> outcome = new HashMap<>();
        Map<String, LocalDate> outcomeDate = new HashMap<>();
        Map<String, Integer> seats = new HashMap<>();
        for (NamedCsvRecord r : read(files.get(0))) {
            outcome.put(r.getField("account_id"), r.getField("outcome"));
            seats.put(r.getField("account_id"), Integer.parseInt(r.getField("licensed_seats")));
            if (!r.getField("outcome_date").isEmpty()) {
                outcomeDate.put(r.getField("account_id"), LocalDate.parse(r.getField("outcome_date")));
            }
        }
        double[] sum = new double[2];
        int[] n = new int[2];
        for (NamedCsvRecord r : read(files.get(1))) {
            String id = r.getField("account_id");
            LocalDate end = outcomeDate.get(id);
            String o = outcome.get(id);
            LocalDate month = LocalDate.parse(r.getField("month"));
            if (end == null || month.isAfter(end) || month.isBefore(end.minusMonths(3))) {
                continue;
            }
            int group = "churned".equals(o) ? 0 : "renewed".equals(o) ? 1 : -1;
            if (group >= 0) {
                sum[group] += Double.parseDouble(r.getField("active_users")) / seats.get(id);
                n[group]++;
            }
        }
        double churned = sum[0] / n[0];
        double renewed = sum[1] / n[1];
        assertTrue(n[0] > 100 && n[1] > 500, "enough observations: " + n[0] + ", " + n[1]);
        assertTrue(churned < renewed - 0.1, "churned " + churned + " vs renewed " + renewed);
    }

    private static List<NamedCsvRecord> read(Path f) throws IOException {
        try (CsvReader<NamedCsvRecord> r = CsvReader.builder().ofNamedCsvRecord(f)) {
            return r.stream().toList();
        }
    }
}
