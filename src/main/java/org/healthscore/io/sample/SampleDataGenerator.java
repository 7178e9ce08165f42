package org.healthscore.io.sample;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates the sample workspace's CSV exports: a deterministic history of B2B SaaS accounts over monthly
 * snapshots, with planted churn effects. The same seed and size always give the same bytes. The planted
 * process is written down in sample-data/README.md; keep the two in step.
 */
public final class SampleDataGenerator {
    public static final long DEFAULT_SEED = 20_261_122L;
    public static final int DEFAULT_ACCOUNTS = 2_000;
    public static final LocalDate HISTORY_START = LocalDate.of(2024, 11, 1);
    public static final int MONTHS = 24;
    public static final LocalDate HISTORY_END = HISTORY_START.plusMonths(MONTHS).minusDays(1);

    private final long seed;
    private final int accountCount;

    public SampleDataGenerator(long seed, int accountCount) {
        if (accountCount < 1) {
            throw new IllegalArgumentException("need at least one account, not " + accountCount);
        }
        this.seed = seed;
        this.accountCount = accountCount;
    }

    /** Writes the six CSV files into {@code dir} (created if needed) and returns their paths. */
    public List<Path> writeTo(Path dir) {
        try {
            Files.createDirectories(dir);
            List<SampleAccount> accounts = new ArrayList<>(accountCount);
            for (int i = 0; i < accountCount; i++) {
                accounts.add(SampleAccountFactory.create(i, rng(i, 0)));
            }
            List<Path> files = new ArrayList<>();
            files.add(write(dir.resolve("accounts.csv"), w -> writeAccounts(w, accounts)));
            files.add(write(dir.resolve("usage_monthly.csv"), w -> new SignalWriter(this).usage(w, accounts)));
            files.add(write(dir.resolve("nps_responses.csv"), w -> new SignalWriter(this).nps(w, accounts)));
            files.add(write(dir.resolve("csm_pulse.csv"), w -> new SignalWriter(this).pulse(w, accounts)));
            files.add(write(dir.resolve("support_monthly.csv"), w -> new SignalWriter(this).support(w, accounts)));
            files.add(write(dir.resolve("relationship.csv"), w -> new SignalWriter(this).relationship(w, accounts)));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write sample data to " + dir + ": " + e.getMessage(), e);
        }
    }

    /** An independent random stream per account and file, so files do not depend on each other's draws. */
    SplittableRandom rng(int account, int stream) {
        return new SplittableRandom(seed * 1_000_003L + account * 31L + stream);
    }

    private interface Body {
        void write(CsvWriter w) throws IOException;
    }

    private static Path write(Path file, Body body) throws IOException {
        try (CsvWriter w = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(file)) {
            body.write(w);
        }
        return file;
    }

    private static void writeAccounts(CsvWriter w, List<SampleAccount> accounts) {
        w.writeRecord("account_id", "name", "segment", "industry", "arr", "licensed_seats", "csm_owner",
                "contract_start", "renewal_date", "outcome", "outcome_date");
        for (SampleAccount a : accounts) {
            w.writeRecord(a.id(), a.name(), a.segment(), a.industry(), Long.toString(Math.round(a.arr())),
                    Integer.toString(a.seats()), a.csm(), a.contractStart().toString(), a.renewal().toString(),
                    a.outcome(), a.outcomeDate() == null ? "" : a.outcomeDate().toString());
        }
    }
}
