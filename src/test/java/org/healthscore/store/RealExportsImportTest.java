package org.healthscore.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.healthscore.data.AccountTable;
import org.healthscore.data.DataColumn;
import org.healthscore.data.Dataset;
import org.healthscore.data.Outcome;
import org.healthscore.io.csv.ImportMapping;
import org.healthscore.testing.RealShapedExports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real exports go in as they are: R's write.csv, a European spreadsheet, a file with no id column. */
class RealExportsImportTest {
    @TempDir
    Path dir;

    private static ImportResult importAll(Workspace ws, ImportSpec... specs) {
        return new CsvImporter(ws).importAll(List.of(specs), 0, ImportListener.NONE, () -> false);
    }

    private static long count(byte[] outcomes, byte code) {
        long n = 0;
        for (byte b : outcomes) {
            n += b == code ? 1 : 0;
        }
        return n;
    }

    @Test
    void anRWriteCsvExportImportsWholeWithNaAsMissingAndYesNoAsTheOutcome() throws Exception {
        Path f = dir.resolve("telco.csv");
        var expected = RealShapedExports.rWriteCsv(f, 3_000, 7);
        ImportSpec spec = CsvSniffer.detect(f, "telco");
        assertEquals(ColumnType.DECIMAL, column(spec, "TotalCharges").type(), "NA cells do not make it text");
        assertEquals(ColumnRole.OUTCOME, column(spec, "Churn").role(), "Churn = Yes/No is the outcome, not a metric");
        assertEquals(ColumnRole.ACCOUNT_ID, column(spec, "customerID").role());
        assertEquals(ColumnRole.IGNORE, spec.columns().get(0).role(), "R's unnamed row-name column is not a metric");
        try (Workspace ws = Workspace.create(dir.resolve("w.hsw"))) {
            ImportResult r = importAll(ws, spec);
            assertTrue(r.committed(), r.message());
            assertEquals(0, r.rejectedCount(), () -> r.rejects().toString());
            AccountTable a = new DatasetLoader(ws).load().accounts();
            assertEquals(expected.rows(), a.size());
            assertEquals(expected.churned(), count(a.outcome(), Outcome.CHURNED));
            assertEquals(expected.retained(), count(a.outcome(), Outcome.RETAINED));
            DataColumn total = a.attributes().get("TotalCharges");
            assertEquals(expected.missingInGappyColumn(), total.missingCount());
            double sum = Arrays.stream(total.values()).filter(v -> !Double.isNaN(v)).sum();
            assertEquals(expected.sumOfGappyColumn(), sum, 1e-6 * expected.sumOfGappyColumn());
        }
    }

    @Test
    void aEuropeanSpreadsheetImportsWithItsMissingCellsGoodBadOutcomeAndIdsKeptExactly() throws Exception {
        Path f = dir.resolve("kunden.csv");
        var expected = RealShapedExports.spreadsheet(f, 900, 11);
        Path mapping = dir.resolve("mapping.json");
        Files.writeString(mapping, "{\"files\": {\"kunden.csv\": {\"columns\": {\"Kunde\": {\"role\": \"Account id\"}}}}}");
        ImportSpec spec = ImportMapping.read(mapping).specFor(f);
        assertEquals(';', spec.format().delimiter());
        assertTrue(spec.format().decimalComma());
        assertEquals("windows-1252", spec.format().charset().name());
        assertEquals(ColumnType.DECIMAL, column(spec, "Umsatz").type(), "#N/A, - and empty cells are missing");
        assertEquals(ColumnRole.OUTCOME, column(spec, "Status").role());
        try (Workspace ws = Workspace.create(dir.resolve("w.hsw"))) {
            ImportResult r = importAll(ws, spec);
            assertTrue(r.committed(), r.message());
            assertEquals(0, r.rejectedCount(), () -> r.rejects().toString());
            Dataset d = new DatasetLoader(ws).load();
            AccountTable a = d.accounts();
            assertEquals(expected.rows(), a.size());
            assertEquals(expected.churned(), count(a.outcome(), Outcome.CHURNED), "bad = churned");
            assertEquals(expected.retained(), count(a.outcome(), Outcome.RETAINED), "good = retained");
            assertEquals(" K-1", a.ids()[0], "a leading space is part of the id");
            assertEquals("=K-2", a.ids()[1]);
            DataColumn umsatz = a.attributes().get("Umsatz");
            assertEquals(expected.missingInGappyColumn(), umsatz.missingCount());
            double sum = Arrays.stream(umsatz.values()).filter(v -> !Double.isNaN(v)).sum();
            assertEquals(expected.sumOfGappyColumn(), sum, 1e-6 * expected.sumOfGappyColumn());
            assertEquals("Zürich", a.attributes().get("Région").category(0));
        }
    }

    @Test
    void aFileWithoutAnIdColumnImportsWithRowNumbersAsIdsWhenAskedAndIsRefusedOtherwise() throws Exception {
        Path f = dir.resolve("survey.csv");
        var expected = RealShapedExports.withoutIdColumn(f, 500, 3);
        ImportSpec detected = CsvSniffer.detect(f, "survey");
        assertTrue(detected.withRole(ColumnRole.ACCOUNT_ID).isEmpty());
        try (Workspace ws = Workspace.create(dir.resolve("w.hsw"))) {
            ImportProblem refused = assertThrows(ImportProblem.class, () -> importAll(ws, detected));
            assertTrue(refused.getMessage().contains("row number"), refused.getMessage());
            ImportResult r = importAll(ws, detected.withRowNumberId(true));
            assertTrue(r.committed(), r.message());
            AccountTable a = new DatasetLoader(ws).load().accounts();
            assertEquals(expected.rows(), a.size());
            assertEquals("1", a.ids()[0]);
            assertEquals("500", a.ids()[499]);
            assertEquals(expected.churned(), count(a.outcome(), Outcome.CHURNED), "churned / renewed read as such");
            assertEquals(expected.missingInGappyColumn(), a.attributes().get("nps").missingCount(), "N/A is missing");
        }
    }

    @Test
    void anOutcomeValueWithNoMeaningIsRejectedWithItsValueUntilTheUserMapsIt() throws Exception {
        Path f = dir.resolve("a.csv");
        Files.writeString(f, "account_id,status,arr\nA1,good,1\nA2,bad,2\nA3,maybe,3\nA4,Maybe ,4\nA5,NA,5\n");
        ImportSpec spec = CsvSniffer.detect(f, "a");
        assertEquals(ColumnRole.OUTCOME, column(spec, "status").role());
        try (Workspace ws = Workspace.create(dir.resolve("w.hsw"))) {
            ImportResult refused = importAll(ws, spec);
            assertFalse(refused.committed());
            assertEquals(2, refused.rejectedCount(), "maybe and 'Maybe ' have no meaning; NA is not known yet");
            assertEquals("maybe", refused.rejects().get(0).value());
            assertEquals(CsvImporter.OUTCOME_WITHOUT_MEANING, refused.rejects().get(0).reason());
            ImportResult r = importAll(ws, spec.withOutcomeValue("maybe", OutcomeMeaning.UNKNOWN)
                    .withOutcomeValue("Maybe", OutcomeMeaning.CHURNED));
            assertTrue(r.committed(), r.message());
            byte[] o = new DatasetLoader(ws).load().accounts().outcome();
            assertEquals(List.of(Outcome.RETAINED, Outcome.CHURNED, Outcome.UNKNOWN, Outcome.CHURNED, Outcome.UNKNOWN),
                    List.of(o[0], o[1], o[2], o[3], o[4]));
        }
    }

    @Test
    void theMappingFileSetsOutcomeMeaningsMissingTokensAndRowNumberIds() throws Exception {
        Path f = dir.resolve("s.csv");
        Files.writeString(f, "plan,usage,left\nPro,?,Y\nTeam,5,N\nPro,7,later\n");
        Path mapping = dir.resolve("m.json");
        Files.writeString(mapping, "{\"files\": {\"s.csv\": {\"row_number_id\": true, \"format\": {\"missing\": [\"?\"]},"
                + " \"outcome_values\": {\"later\": \"unknown\"}, \"columns\": {\"left\": {\"role\": \"outcome\"}}}}}");
        ImportSpec spec = ImportMapping.read(mapping).specFor(f);
        assertEquals(ColumnType.INTEGER, column(spec, "usage").type(), "? is missing in this file");
        try (Workspace ws = Workspace.create(dir.resolve("w.hsw"))) {
            assertTrue(importAll(ws, spec).committed());
            AccountTable a = new DatasetLoader(ws).load().accounts();
            assertEquals(List.of("1", "2", "3"), List.of(a.ids()));
            assertEquals(List.of(Outcome.CHURNED, Outcome.RETAINED, Outcome.UNKNOWN),
                    List.of(a.outcome()[0], a.outcome()[1], a.outcome()[2]));
            assertTrue(Double.isNaN(a.attributes().get("usage").values()[0]));
        }
    }

    @Test
    void aWrittenMappingReadsBackToTheSameImport() throws Exception {
        Path f = dir.resolve("kunden.csv");
        RealShapedExports.spreadsheet(f, 50, 2);
        ImportSpec detected = CsvSniffer.sniff(f, "kunden", FormatChoice.AUTO.withMissing(java.util.Set.of("#N/A", "-",
                "?"))).spec();
        ImportSpec chosen = detected.withRowNumberId(true).withOutcomeValue("good", OutcomeMeaning.UNKNOWN)
                .withDatasetName("crm");
        Path mapping = dir.resolve("m.json");
        ImportMapping.write(List.of(chosen), mapping);
        assertEquals(chosen, ImportMapping.read(mapping).specFor(f));
    }

    @Test
    void anUnknownMeaningOrRoleInTheMappingFileIsNamed() throws Exception {
        Path f = dir.resolve("s.csv");
        Files.writeString(f, "id,left\nA,Y\n");
        Path mapping = dir.resolve("m.json");
        Files.writeString(mapping, "{\"files\": {\"s.csv\": {\"outcome_values\": {\"Y\": \"gone\"}}}}");
        ImportProblem p = assertThrows(ImportProblem.class, () -> ImportMapping.read(mapping).specFor(f));
        assertEquals("m.json: s.csv: outcome value 'Y' has meaning 'gone'; use churned, retained or unknown",
                p.getMessage());
        Files.writeString(mapping, "{\"files\": {\"s.csv\": {\"columns\": {\"left\": {\"role\": \"churn\"}}}}}");
        p = assertThrows(ImportProblem.class, () -> ImportMapping.read(mapping).specFor(f));
        assertTrue(p.getMessage().startsWith("m.json: s.csv, column 'left': unknown role 'churn' (one of account_id"),
                p.getMessage());
    }

    @Test
    void aRepeatingIdColumnIsCountedBeforeTheImportStarts() throws Exception {
        Path f = dir.resolve("telco.csv");
        RealShapedExports.rWriteCsv(f, 2_000, 5);
        ImportSpec spec = CsvSniffer.detect(f, "telco");
        List<ColumnSpec> cols = spec.columns().stream().map(c -> c.name().equals("tenure")
                ? c.withRole(ColumnRole.ACCOUNT_ID) : c.role() == ColumnRole.ACCOUNT_ID ? c.withRole(ColumnRole.ATTRIBUTE)
                : c).toList();
        ImportSpec byTenure = spec.withColumns(cols);
        IdRepeats repeats = IdRepeats.inFile(byTenure);
        // tenure takes 72 values: all but the first row of each value repeat
        long distinct = Files.readAllLines(f).stream().skip(1).map(l -> l.split(",")[3]).distinct().count();
        assertEquals(2_000, repeats.rowsRead());
        assertEquals(2_000 - distinct, repeats.repeated());
        assertTrue(repeats.describe("tenure").startsWith(String.format(java.util.Locale.ROOT, "The account id column "
                + "'tenure' repeats: in the first 2,000 rows %,d have an id seen before", 2_000 - distinct)),
                repeats.describe("tenure"));
        assertFalse(IdRepeats.inFile(spec).any(), "customerID is unique");
    }

    @Test
    void anUnclosedQuoteAtTheEndOfTheFileIsARejectNamingItsLine() throws Exception {
        Path f = dir.resolve("u.csv");
        Files.writeString(f, "account_id,usage\nA1,1\nA2,2\nA3,\"unclosed\nA4,5\n");
        try (Workspace ws = Workspace.create(dir.resolve("w.hsw"))) {
            ImportResult r = importAll(ws, CsvSniffer.detect(f, "u"));
            assertFalse(r.committed(), "--max-rejects 0 refuses it");
            assertEquals(1, r.rejectedCount());
            assertEquals(4, r.rejects().get(0).line());
            assertTrue(r.rejects().get(0).reason().startsWith("a quote that is never closed, opened on line 4 (field 2): "
                    + "the field runs to the end of the file"), r.rejects().get(0).reason());
        }
        Path closed = dir.resolve("c.csv");
        Files.writeString(closed, "account_id,note\nA1,\"two\nlines\"\n");
        try (Workspace ws = Workspace.create(dir.resolve("w2.hsw"))) {
            assertTrue(importAll(ws, CsvSniffer.detect(closed, "c")).committed(), "a closed multi-line field is fine");
        }
        Path noteThenNumber = dir.resolve("n.csv");
        Files.writeString(noteThenNumber, "\"account_id\",\"note\",\"arr\"\n\"A1\",\"ok\",1\n\"A2\",\"two\nlines\",5\n");
        try (Workspace ws = Workspace.create(dir.resolve("w3.hsw"))) {
            ImportResult r = importAll(ws, CsvSniffer.detect(noteThenNumber, "n"));
            assertTrue(r.committed(), "a multi-line note in the last row, a number after it: " + r.rejects());
        }
    }

    @Test
    void twoFilesIntoOneDatasetAreRefusedAndAReplacedDatasetIsNamed() throws Exception {
        Path f = dir.resolve("accounts.csv");
        Files.writeString(f, "account_id,arr\nA1,1\nA2,2\n");
        Path g = dir.resolve("more.csv");
        Files.writeString(g, "account_id,arr\nB1,1\n");
        try (Workspace ws = Workspace.create(dir.resolve("w.hsw"))) {
            ImportProblem p = assertThrows(ImportProblem.class, () -> importAll(ws, CsvSniffer.detect(f, "accounts"),
                    CsvSniffer.detect(f, "accounts")));
            assertEquals("accounts.csv and accounts.csv would both go into dataset 'accounts' and the second would "
                    + "replace the first; give each its own dataset name (or import the same file only once).",
                    p.getMessage());
            assertThrows(ImportProblem.class, () -> importAll(ws, CsvSniffer.detect(f, "accounts"),
                    CsvSniffer.detect(g, "Accounts")));
            assertEquals("2 rows imported into accounts", importAll(ws, CsvSniffer.detect(f, "accounts")).message());
            assertEquals("1 rows imported into accounts (replacing the earlier accounts)",
                    importAll(ws, CsvSniffer.detect(g, "accounts")).message());
            assertEquals(1, new DatasetLoader(ws).load().accounts().size());
        }
    }

    @Test
    void duplicateIdsInAnAccountsFileAreRejectedNamingTheFirstLine() throws Exception {
        Path f = dir.resolve("d.csv");
        Files.writeString(f, "account_id,arr\nA1,1\nA2,2\nA1,3\nA3,4\nA2,5\n");
        try (Workspace ws = Workspace.create(dir.resolve("w.hsw"))) {
            ImportResult r = new CsvImporter(ws).importAll(List.of(CsvSniffer.detect(f, "d")), 10, ImportListener.NONE,
                    () -> false);
            assertTrue(r.committed());
            assertEquals(List.of("d.csv line 4, column 'account_id', value 'A1': duplicate account id (first on line 2)",
                    "d.csv line 6, column 'account_id', value 'A2': duplicate account id (first on line 3)"),
                    r.rejects().stream().map(RejectedRow::toString).toList());
            assertEquals(List.of("2 rows: duplicate account id"), RejectSummary.of(r));
            assertEquals(List.of(1.0, 2.0, 4.0), Arrays.stream(new DatasetLoader(ws).load().accounts().arr()).boxed()
                    .toList(), "the first row of each id is kept");
        }
    }

    @Test
    void controlCharactersFromAFileAreEscapedInEveryRejectLine() throws Exception {
        Path f = dir.resolve("h.csv");
        Files.writeString(f, "account_id,usage\nA1,\"x\u001b[2Jy\"\nA2,\"bad\u0000num\u007f\"\nA3,\"two\nlines\"\n",
                StandardCharsets.UTF_8);
        ImportSpec spec = CsvSniffer.detect(f, "h");
        List<ColumnSpec> numeric = spec.columns().stream().map(c -> c.name().equals("usage")
                ? c.withType(ColumnType.DECIMAL) : c).toList();
        try (Workspace ws = Workspace.create(dir.resolve("w.hsw"))) {
            ImportResult r = importAll(ws, spec.withColumns(numeric));
            assertEquals(3, r.rejectedCount(), r.rejects()::toString);
            for (RejectedRow row : r.rejects()) {
                String line = row.toString();
                assertTrue(line.chars().noneMatch(ch -> ch < 0x20 || ch == 0x7f), line);
            }
            assertEquals("h.csv line 2, column 'usage', value 'x\\u001b[2Jy': not a number", r.rejects().get(0).toString());
            assertEquals("h.csv line 3, column 'usage', value 'bad\\u0000num\\u007f': not a number",
                    r.rejects().get(1).toString());
            assertEquals("h.csv line 4, column 'usage', value 'two\\nlines': not a number", r.rejects().get(2).toString());
        }
    }

    private static ColumnSpec column(ImportSpec spec, String name) {
        return spec.columns().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }
}
