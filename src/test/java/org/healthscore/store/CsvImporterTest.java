package org.healthscore.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.healthscore.data.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvImporterTest {
    @TempDir
    Path dir;

    private Path csv(String name, String content) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    private ImportResult importFiles(Workspace ws, long maxRejects, Path... files) throws Exception {
        List<ImportSpec> specs = new java.util.ArrayList<>();
        for (Path f : files) {
            specs.add(CsvSniffer.detect(f, f.getFileName().toString().replace(".csv", "")));
        }
        return new CsvImporter(ws).importAll(specs, maxRejects, ImportListener.NONE, () -> false);
    }

    private static long count(Workspace ws, String sql) throws Exception {
        try (Statement s = ws.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void importsTypedColumnsAndLoadsThemAsADataset() throws Exception {
        Path accounts = csv("accounts.csv", "account_id,segment,arr,outcome,outcome_date\n"
                + "A1,SMB,1000,churned,2025-03-01\nA2,Enterprise,250000.5,renewed,2025-04-01\nA3,SMB,,open,\n");
        Path usage = csv("usage.csv", "account_id,month,active_users\nA1,2025-01-01,3\nA1,2025-02-01,1\n"
                + "A2,2025-01-01,40\n");
        try (Workspace ws = Workspace.create(dir.resolve("w.hsw"))) {
            ImportResult r = importFiles(ws, 0, accounts, usage);
            assertTrue(r.committed(), r.message());
            assertEquals(6, r.importedRows());
            Dataset d = new DatasetLoader(ws).load();
            assertEquals(3, d.accounts().size());
            assertEquals(1, d.accounts().outcome()[0]);
            assertEquals(-1, d.accounts().outcome()[2]);
            assertEquals(250000.5, d.accounts().arr()[1]);
            assertEquals("SMB", d.accounts().segment().category(2));
            assertEquals(1.0, d.series().get("active_users").valueAsOf(0, 20_200, 10_000));
        }
    }

    @Test
    void severalObservationFilesLoadTogetherWithClashingNamesQualifiedAndGapsMissing() throws Exception {
        Path accounts = csv("accounts.csv", "account_id,segment,score\nA1,SMB,1\nA2,SMB,2\n");
        Path usage = csv("usage.csv", "account_id,month,active_users,score\nA1,2025-01-01,3,7\nA1,2025-02-01,,8\n"
                + "A2,2024-12-31,40,9\n");
        Path support = csv("support.csv", "account_id,month,active_users\nA2,2025-01-15,5\nA1,2025-01-15,6\n");
        try (Workspace ws = Workspace.create(dir.resolve("w.hsw"))) {
            assertTrue(importFiles(ws, 0, accounts, usage, support).committed());
            List<long[]> reports = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
            Dataset d = new DatasetLoader(ws, (read, total) -> reports.add(new long[] {read, total})).load();
            long[] last = reports.stream().max(java.util.Comparator.comparingLong(r -> r[0])).orElseThrow();
            assertEquals(2 + 3 + 2, last[1], "progress counts every row of the three files");
            assertEquals(last[1], last[0], "and ends with all of them read");
            int jan1 = (int) java.time.LocalDate.parse("2025-01-01").toEpochDay();
            var users = d.series().get("active_users");
            assertEquals(3.0, users.valueAsOf(0, jan1, 365), "the first file keeps the plain name");
            assertEquals(3.0, users.valueAsOf(0, jan1 + 40, 365), "an empty cell is no observation, not zero");
            assertEquals(40.0, users.valueAsOf(1, jan1 - 1, 365), "dates are read to the day");
            assertTrue(Double.isNaN(users.valueAsOf(1, jan1 - 2, 365)), "nothing before the first observation");
            assertEquals(6.0, d.series().get("support.active_users").valueAsOf(0, jan1 + 14, 365),
                    "a second file's column of the same name is qualified by its dataset");
            assertEquals(7.0, d.series().get("usage.score").valueAsOf(0, jan1, 365),
                    "as is a series named like an account attribute");
        }
    }

    @Test
    void rejectedRowsAreReportedWithLineColumnValueAndReason() throws Exception {
        StringBuilder good = new StringBuilder();
        for (int i = 10; i < 30; i++) {
            good.append("G").append(i).append(',').append(i * 10).append('\n');
        }
        Path f = csv("accounts.csv", "account_id,arr\nA1,100\nA2,lots\nA1,300\n,5\nA4,7,extra\n" + good);
        try (Workspace ws = Workspace.create(dir.resolve("w.hsw"))) {
            ImportResult r = importFiles(ws, 10, f);
            assertTrue(r.committed());
            assertEquals(21, r.importedRows());
            assertEquals(4, r.rejectedCount());
            List<String> report = r.rejects().stream().map(RejectedRow::toString).sorted().toList();
            assertTrue(report.contains("accounts.csv line 3, column 'arr', value 'lots': not a whole number"), report.toString());
            assertTrue(report.contains("accounts.csv line 4, column 'account_id', value 'A1': duplicate account id "
                    + "(first on line 2)"), report.toString());
            assertTrue(report.contains("accounts.csv line 5, column 'account_id', value '': missing account id"),
                    report.toString());
            assertTrue(report.contains("accounts.csv line 6: has 3 fields, the header has 2"), report.toString());
        }
    }

    @Test
    void tooManyRejectsLeaveTheWorkspaceExactlyAsItWas() throws Exception {
        Path good = csv("accounts.csv", "account_id,arr\nA1,100\nA2,200\n");
        StringBuilder rows = new StringBuilder("account_id,arr\nB1,x\nB2,y\n");
        for (int i = 3; i < 30; i++) {
            rows.append('B').append(i).append(",1\n");
        }
        Path bad = csv("accounts2.csv", rows.toString());
        try (Workspace ws = Workspace.create(dir.resolve("w.hsw"))) {
            assertTrue(importFiles(ws, 0, good).committed());
            // a re-import of "accounts" plus a bad file in one go: all or nothing
            Path replacement = csv("accounts.csv", "account_id,arr\nZ9,1\n");
            ImportResult r = importFiles(ws, 0, replacement, bad);
            assertFalse(r.committed());
            assertTrue(r.message().contains("2 rows rejected"), r.message());
            assertEquals(1, count(ws, "SELECT count(*) FROM dataset"));
            assertEquals(2, new DatasetLoader(ws).load().accounts().size());
            assertEquals("A1", new DatasetLoader(ws).load().accounts().ids()[0]);
            assertEquals(2, count(ws, "SELECT count(*) FROM import_history"), "the failed attempt is in the history");
        }
    }

    @Test
    void hostileEmptyAndDuplicatedHeadersImportAsOrdinaryColumns() throws Exception {
        Path f = csv("accounts.csv", "account_id,\"x\"\"; DROP TABLE dataset; --\",,arr,arr\nA1,1,2,3,4\n");
        try (Workspace ws = Workspace.create(dir.resolve("w.hsw"))) {
            ImportResult r = importFiles(ws, 0, f);
            assertTrue(r.committed(), r.message());
            DatasetInfo d = new Catalog(ws).datasets().get(0);
            List<String> names = d.columns().stream().map(ColumnSpec::name).toList();
            assertEquals(List.of("account_id", "x\"; DROP TABLE dataset; --", "column_3", "arr", "arr_2"), names);
            assertEquals(1, count(ws, "SELECT count(*) FROM dataset"));
            assertEquals(4, count(ws, "SELECT \"arr_2\" FROM " + Sql.quote(d.table())));
        }
    }

    @Test
    void semicolonsDecimalCommasDayFirstDatesAndABom() throws Exception {
        Path f = dir.resolve("eu.csv");
        Files.write(f, ("\uFEFFaccount_id;month;sentiment\nA1;31.01.2025;0,75\nA1;28.02.2025;-0,5\n")
                .getBytes(StandardCharsets.UTF_8));
        ImportSpec spec = CsvSniffer.detect(f, "eu");
        assertEquals(';', spec.format().delimiter());
        assertTrue(spec.format().decimalComma());
        assertEquals("d.M.yyyy", spec.format().datePattern());
        assertEquals(ColumnRole.ACCOUNT_ID, spec.columns().get(0).role());
        assertEquals(ColumnRole.AS_OF, spec.columns().get(1).role());
        try (Workspace ws = Workspace.create(dir.resolve("w.hsw"))) {
            assertTrue(new CsvImporter(ws).importAll(List.of(spec), 0, ImportListener.NONE, () -> false).committed());
            Dataset d = new DatasetLoader(ws).load();
            int feb28 = (int) java.time.LocalDate.of(2025, 2, 28).toEpochDay();
            assertEquals(-0.5, d.series().get("sentiment").valueAsOf(0, feb28, 100));
        }
    }

    @Test
    void aFileWithoutAnAccountIdColumnIsRefusedBeforeAnythingChanges() throws Exception {
        Path f = csv("x.csv", "name,score\nacme,3\n");
        try (Workspace ws = Workspace.create(dir.resolve("w.hsw"))) {
            var e = assertThrows(ImportProblem.class, () -> importFiles(ws, 0, f));
            assertTrue(e.getMessage().contains("x.csv") && e.getMessage().contains("account id"), e.getMessage());
            assertEquals(0, count(ws, "SELECT count(*) FROM dataset"));
        }
    }

    @Test
    void theSampleDataImportsThroughTheSamePath() {
        Path target = dir.resolve("sample.hsw");
        SampleWorkspace.ensure(target, ImportListener.NONE);
        try (Workspace ws = Workspace.open(target)) {
            Dataset d = new DatasetLoader(ws).load();
            assertEquals(2000, d.accounts().size());
            assertTrue(d.hasColumn("active_users") && d.hasColumn("licensed_seats") && d.hasColumn("nps_score")
                    && d.hasColumn("pulse") && d.hasColumn("onboarding_steps"), d.columnNames().toString());
            assertEquals(6, new Catalog(ws).datasets().size());
        }
    }

    @Test
    void aSecondFileWithoutDatesJoinsAsASnapshotOfTheDayItWasImported() throws Exception {
        Path accounts = csv("accounts.csv", "account_id,segment,outcome\nA1,SMB,churned\nA2,SMB,open\n");
        Path extra = csv("firmographics.csv", "account_id,employees\nA2,250\nA1,40\nZZ,9\n");
        try (Workspace ws = Workspace.create(dir.resolve("w.hsw"))) {
            assertTrue(importFiles(ws, 0, extra, accounts).committed());
            Dataset d = new DatasetLoader(ws).load();
            assertEquals(List.of("A1", "A2"), List.of(d.accounts().ids()), "the file with outcomes lists the accounts");
            int today = (int) java.time.LocalDate.now(java.time.ZoneOffset.UTC).toEpochDay();
            assertEquals(40.0, d.series().get("employees").valueAsOf(0, today, 0));
            assertEquals(250.0, d.series().get("employees").valueAsOf(1, today, 0));
            assertTrue(Double.isNaN(d.series().get("employees").valueAsOf(1, today - 1, 1000)), "not known before");
        }
    }
}
