package org.healthscore.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What opening a workspace checks before it writes anything: the SQLite header, a rollback journal left by a
 * killed import (rolled back by a read-write read, or reported to a read-only open), and — read-only — the
 * integrity check, that the file is ours and not from a newer version.
 */
final class WorkspaceChecks {
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private WorkspaceChecks() {
    }

    static Path journal(Path file) {
        return file.resolveSibling(file.getFileName() + "-journal");
    }

    static boolean hasHotJournal(Path file) {
        try {
            return Files.isRegularFile(journal(file)) && Files.size(journal(file)) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * A process killed during an import leaves a rollback journal beside the file. SQLite undoes it on the
     * first read by a connection that may write; a read-only connection refuses instead
     * (SQLITE_READONLY_ROLLBACK). So before the read-only checks, one read-write read lets SQLite roll the
     * unfinished write back — the same repair any SQLite program makes; the file is then as before the import.
     */
    static void rollBackHotJournal(Path file) throws SQLException {
        if (!hasHotJournal(file)) {
            return;
        }
        try (Connection c = Workspace.connect(file, false, false); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
            rs.next();
        } catch (SQLException e) {
            if (WorkspaceErrors.kind(e) == WorkspaceErrors.Kind.OTHER) {
                throw new WorkspaceException(file.getFileName() + " is damaged and cannot be opened ("
                        + e.getMessage() + ").", e);
            }
            throw e;
        }
    }

    static void checkSqliteHeader(Path file) {
        byte[] head = new byte[SQLITE_MAGIC.length];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new WorkspaceException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        if (read < head.length || !java.util.Arrays.equals(head, SQLITE_MAGIC)) {
            throw new WorkspaceException(file.getFileName() + " is not a Health Score Workbench workspace "
                    + "(it is not an SQLite database file).");
        }
    }

    /** Read-only checks, so a file we refuse is left exactly as it was. */
    static void checkContents(Path file) throws SQLException {
        try (Connection c = Workspace.connect(file, true, !Files.isWritable(file.getParent())); Statement s = c.createStatement()) {
            String integrity;
            try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                integrity = rs.next() ? rs.getString(1) : "no answer";
            } catch (SQLException e) {
                if (WorkspaceErrors.kind(e) != WorkspaceErrors.Kind.OTHER
                        && WorkspaceErrors.kind(e) != WorkspaceErrors.Kind.DAMAGED) {
                    throw e; // locked, no space, read-only: not damage, and said as such by the caller
                }
                throw new WorkspaceException(file.getFileName() + " is damaged and cannot be opened ("
                        + e.getMessage() + ").", e);
            }
            if (!"ok".equals(integrity)) {
                throw new WorkspaceException(file.getFileName() + " is damaged: SQLite's integrity check reports '"
                        + firstLine(integrity) + "'. Restore it from a backup.");
            }
            int appId = Workspace.intPragma(s, "application_id");
            int version = Workspace.intPragma(s, "user_version");
            boolean hasTables;
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
                hasTables = rs.next() && rs.getInt(1) > 0;
            }
            if (appId != Schema.APPLICATION_ID && (appId != 0 || hasTables)) {
                throw new WorkspaceException(file.getFileName() + " is an SQLite database but not a "
                        + "Health Score Workbench workspace.");
            }
            if (version > Schema.CURRENT_VERSION) {
                throw new WorkspaceException(file.getFileName() + " was written by a newer Health Score Workbench "
                        + "(workspace version " + version + "; this one reads up to " + Schema.CURRENT_VERSION
                        + "). Update the workbench to open it.");
            }
        }
    }

    static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }
}
