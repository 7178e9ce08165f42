package org.healthscore.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import org.sqlite.SQLiteException;

/**
 * Turns what SQLite and the file system say into one line a user can act on: locked by another program, no
 * disk space, a read-only place, damaged — each with what to do. The raw cause stays in the exception.
 */
public final class WorkspaceErrors {
    /** What went wrong, as a user would name it. */
    public enum Kind { LOCKED, DISK_FULL, READ_ONLY, DAMAGED, OTHER }

    private WorkspaceErrors() {
    }

    public static Kind kind(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException s) {
                String code = s.getResultCode().name();
                if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")) {
                    return Kind.LOCKED;
                }
                if (code.equals("SQLITE_FULL") || code.equals("SQLITE_IOERR_SHMSIZE") || code.equals("SQLITE_IOERR_WRITE")
                        && mentionsNoSpace(s)) {
                    return Kind.DISK_FULL;
                }
                if (code.startsWith("SQLITE_READONLY") && !code.equals("SQLITE_READONLY_ROLLBACK")) {
                    return Kind.READ_ONLY;
                }
                if (code.startsWith("SQLITE_CORRUPT") || code.equals("SQLITE_NOTADB")) {
                    return Kind.DAMAGED;
                }
            }
            if (t instanceof AccessDeniedException) {
                return Kind.READ_ONLY;
            }
            if (t instanceof FileSystemException f && f.getReason() != null
                    && f.getReason().toLowerCase(Locale.ROOT).contains("read-only")) {
                return Kind.READ_ONLY;
            }
            if (t instanceof IOException && t.getMessage() != null
                    && t.getMessage().toLowerCase(Locale.ROOT).contains("no space left")) {
                return Kind.DISK_FULL;
            }
        }
        return Kind.OTHER;
    }

    /** "{doing}: {what is wrong and what to do}" — {@code file} may be null when it is clear from {@code doing}. */
    public static String describe(Path file, String doing, Throwable e) {
        String name = file == null ? "the workspace" : file.getFileName().toString();
        String folder = file == null || file.toAbsolutePath().getParent() == null ? "its folder"
                : file.toAbsolutePath().getParent().toString();
        return Printable.of(doing + ": " + switch (kind(e)) {
            case LOCKED -> name + " is locked by another program that is writing to it; close that program or wait "
                    + "for it to finish, then try again.";
            case DISK_FULL -> "there is not enough free disk space for " + name + " in " + folder
                    + "; free some space and try again (nothing was changed).";
            case READ_ONLY -> name + " or its folder (" + folder + ") cannot be written to; open it read-only "
                    + "(File → Open read-only…, or a read-only command), or copy it to a folder you can write to.";
            case DAMAGED -> name + " is damaged (" + firstLine(e) + "); restore it from a backup.";
            case OTHER -> firstLine(e);
        });
    }

    private static boolean mentionsNoSpace(SQLException s) {
        return s.getMessage() != null && s.getMessage().toLowerCase(Locale.ROOT).contains("full");
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
