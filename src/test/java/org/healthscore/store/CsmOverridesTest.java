package org.healthscore.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.healthscore.data.AccountTable;
import org.healthscore.data.CsmOverride;
import org.healthscore.io.csv.OverrideCsv;
import org.healthscore.testing.OverrideFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSM overrides kept in a workspace, and read from the files people send, whole or not at all. */
class CsmOverridesTest {
    private static final Set<String> IDS = Set.of(" K-1", "=K-2", "K-3", "K-4", "K-5");
    private static final Set<String> BANDS = Set.of("Green", "Yellow", "Orange", "Red");
    private static final Set<String> METRICS = Set.of("usage", "nps");
    private static final int START = (int) LocalDate.of(2026, 12, 1).toEpochDay();

    @TempDir
    Path dir;

    private static OverrideFile.Checks checks() {
        return new OverrideFile.Checks(IDS, BANDS, METRICS, START, "me");
    }

    private static int day(String iso) {
        return (int) LocalDate.parse(iso).toEpochDay();
    }

    private static CsmOverride band(String id, String band) {
        return new CsmOverride(0, id, new CsmOverride.BandChange(band), "why", "ann", START, START + 90,
                AccountTable.NO_DAY, "", "");
    }

    @Test
    void addedRemovedAndTheHistoryKeptAcrossReopening() {
        Path f = dir.resolve("w.hsw");
        long first;
        try (Workspace ws = Workspace.create(f)) {
            CsmOverrides o = new CsmOverrides(ws);
            first = o.add(band("K-3", "Green")).id();
            o.add(new CsmOverride(0, "K-3", new CsmOverride.PointsChange("usage", 2.5), "usage feed broken", "bob",
                    START, START + 30, AccountTable.NO_DAY, "", ""));
            o.add(band("K-4", "Red"));
            o.remove(first, START + 10, "carol");
            WorkspaceException twice = assertThrows(WorkspaceException.class, () -> o.remove(first, START + 11, "x"));
            assertTrue(twice.getMessage().contains("removed already"), twice.getMessage());
        }
        try (Workspace ws = Workspace.open(f)) {
            List<CsmOverride> history = new CsmOverrides(ws).forAccount("K-3");
            assertEquals(2, history.size());
            assertEquals(new CsmOverride.PointsChange("usage", 2.5), history.get(0).change(), "newest first");
            CsmOverride removed = history.get(1);
            assertEquals(CsmOverride.Status.ACTIVE, removed.statusOn(START + 9));
            assertEquals(CsmOverride.Status.REMOVED, removed.statusOn(START + 10));
            assertEquals("carol", removed.removedBy());
            assertEquals(3, new CsmOverrides(ws).all().size());
            assertFalse(new CsmOverrides(ws).all().get(0).createdAt().isEmpty(), "when it was written is kept");
        }
    }

    @Test
    void aReadOnlyWorkspaceRefusesAnOverrideWithAMessage() {
        Path f = dir.resolve("w.hsw");
        try (Workspace ws = Workspace.create(f)) {
            new CsmOverrides(ws).add(band("K-3", "Green"));
        }
        try (Workspace ws = Workspace.openReadOnly(f)) {
            assertEquals(1, new CsmOverrides(ws).all().size(), "read-only still lists them");
            WorkspaceException e = assertThrows(WorkspaceException.class,
                    () -> new CsmOverrides(ws).add(band("K-4", "Red")));
            assertTrue(e.getMessage().contains("read-only") || e.getMessage().contains("read only"), e.getMessage());
        }
    }

    @Test
    void aSpreadsheetsFileIsReadWithItsEncodingDelimiterDecimalCommaAndDates() throws IOException {
        Path f = dir.resolve("overrides.csv");
        OverrideFiles.spreadsheet(f);
        OverrideFile.Read read = OverrideFile.read(f, checks());
        assertTrue(read.ok(), read.problems().toString());
        List<CsmOverride> o = read.overrides();
        assertEquals(4, o.size());
        assertEquals(" K-1", o.get(0).accountId(), "the leading space is part of the id, as in the import");
        assertEquals(new CsmOverride.BandChange("Green"), o.get(0).change());
        assertEquals(day("2027-03-31"), o.get(0).until());
        assertEquals(START, o.get(0).startsOn(), "from the day the workspace is scored as of");
        assertEquals(new CsmOverride.PointsChange("usage", 7.5), o.get(1).change(), "7,5 with a decimal comma");
        assertEquals(START + 90, o.get(1).until(), "#N/A: no expiry given, so 90 days");
        assertEquals("=K-2", o.get(2).accountId(), "the apostrophe a spreadsheet export adds is not part of the id");
        assertEquals("R\u00e9union annul\u00e9e", o.get(3).note(), "Windows-1252 read as such");
        assertEquals("Chlo\u00e9", o.get(3).author());
    }

    @Test
    void rsWriteCsvWithNaForAnAuthorTakesTheDefaultAuthor() throws IOException {
        Path f = dir.resolve("r.csv");
        OverrideFiles.rWriteCsv(f, List.of("K-3", "K-5"));
        OverrideFile.Read read = OverrideFile.read(f, checks());
        assertTrue(read.ok(), read.problems().toString());
        assertEquals(List.of("K-3", "K-5"), read.overrides().stream().map(CsmOverride::accountId).toList());
        assertEquals("me", read.overrides().get(0).author());
        assertEquals(new CsmOverride.BandChange("Orange"), read.overrides().get(1).change());
    }

    /** Every bad row is named by its line and why; one bad row and nothing is taken. */
    @Test
    void badRowsAreNamedAndNothingIsTaken() throws IOException {
        Path f = dir.resolve("bad.csv");
        Files.writeString(f, String.join("\n", "account_id,band,metric,points,note,until",
                "K-3,Green,,,fine,2027-01-01",
                "K-9,Green,,,no such account,2027-01-01",
                "K-3,Teal,,,no such band,2027-01-01",
                "K-3,,usage,11,too many points,2027-01-01",
                "K-3,Green,usage,5,both,2027-01-01",
                "K-3,Green,,,,2027-01-01",
                "K-3,Green,,,ends before it starts,2026-11-01",
                "K-3,,nope,5,no such metric,2027-01-01",
                "K-3,Green,,,bad date,31.31.2027") + "\n");
        OverrideFile.Read read = OverrideFile.read(f, checks());
        assertFalse(read.ok());
        assertEquals(8, read.badRows());
        assertTrue(read.overrides().isEmpty(), "all or nothing: the good first row is not taken either");
        List<String> p = read.problems();
        assertEquals("bad.csv line 3: no account 'K-9' in the workspace", p.get(0));
        assertTrue(p.get(1).startsWith("bad.csv line 4: band 'Teal' is not one of the model's"), p.get(1));
        assertEquals("bad.csv line 5: points '11' are not a number from 0 to 10", p.get(2));
        assertTrue(p.get(3).contains("line 6: both a band and a metric"), p.get(3));
        assertEquals("bad.csv line 7: no note: every override says why", p.get(4));
        assertTrue(p.get(5).contains("line 8: until 2026-11-01 is not after its start 2026-12-01"), p.get(5));
        assertTrue(p.get(6).contains("line 9: metric 'nope'"), p.get(6));
        assertTrue(p.get(7).contains("line 10: until '31.31.2027' is not a date"), p.get(7));
    }

    @Test
    void aFileThatIsNotOneOfOverridesIsRefusedByItsHeader() throws IOException {
        Path f = dir.resolve("accounts.csv");
        Files.writeString(f, "account_id,usage,seats\nK-3,5,5\n");
        IOException e = assertThrows(IOException.class, () -> OverrideFile.read(f, checks()));
        assertEquals("accounts.csv is not a file of CSM overrides: its header needs account_id, note and band (or "
                + "metric and points); it has account_id, usage, seats.", e.getMessage());
        Path empty = dir.resolve("empty.csv");
        Files.writeString(empty, "account_id,band,note\n");
        assertEquals("empty.csv has a header but no overrides.",
                assertThrows(IOException.class, () -> OverrideFile.read(empty, checks())).getMessage());
    }

    /** What File → Export CSM overrides writes reads back as the same overrides, formula-looking ids and all. */
    @Test
    void anExportReadsBackTheSame() throws IOException {
        List<CsmOverride> written = List.of(band("=K-2", "Red"),
                new CsmOverride(0, "K-3", new CsmOverride.PointsChange("nps", 3.5), "- NPS detractor, called", "ann",
                        START - 10, START + 80, AccountTable.NO_DAY, "", ""));
        Path f = dir.resolve("export.csv");
        OverrideCsv.write(f, written, START);
        assertTrue(Files.readString(f).contains("'=K-2"), "a spreadsheet does not run the id as a formula");
        List<CsmOverride> back = OverrideFile.read(f, checks()).overrides();
        assertEquals(2, back.size());
        for (int i = 0; i < 2; i++) {
            CsmOverride a = written.get(i);
            CsmOverride b = back.get(i);
            assertEquals(List.of(a.accountId(), a.change(), a.note(), a.author(), a.startsOn(), a.until()),
                    List.of(b.accountId(), b.change(), b.note(), b.author(), b.startsOn(), b.until()));
        }
    }
}
