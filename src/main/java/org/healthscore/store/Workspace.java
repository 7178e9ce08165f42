package org.healthscore.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * An open workspace: one SQLite file (WAL mode) holding datasets, model versions and import history.
 * Opening checks, before writing anything, that the file is an SQLite database, is ours, is not from a newer
 * version and passes {@code PRAGMA integrity_check}; a lock file keeps a second running instance out.
 */
public final class Workspace implements AutoCloseable {
    public static final String EXTENSION = ".hsw";

    private final Path file;
    private final Connection connection;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final boolean readOnly;

    private Workspace(Path file, Connection connection, FileChannel lockChannel, FileLock lock, boolean readOnly) {
        this.file = file;
        this.connection = connection;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.readOnly = readOnly;
    }

    /** Creates a new, empty workspace; refuses to overwrite an existing file. */
    public static Workspace create(Path file) {
        if (Files.exists(file)) {
            throw new WorkspaceException("Cannot create workspace " + file + ": the file already exists.");
        }
        return open(file, true);
    }

    /** Opens an existing workspace (migrating it forward if it is from an older version). */
    public static Workspace open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new WorkspaceException("Cannot open workspace " + file + ": no such file.");
        }
        return open(file, false);
    }

    /**
     * Opens a workspace to read only: nothing is written to the file or its folder (no lock file, no
     * migration, no journal change), so a colleague's workspace on a read-only share can be listed, scored
     * and looked at. Writing through it ({@link #requireWritable}) is refused with a clear message.
     */
    public static Workspace openReadOnly(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new WorkspaceException("Cannot open workspace " + file + ": no such file.");
        }
        Path absolute = file.toAbsolutePath();
        WorkspaceChecks.checkSqliteHeader(absolute);
        if (WorkspaceChecks.hasHotJournal(absolute)) {
            throw new WorkspaceException(file.getFileName() + " holds a write that was never finished (an import "
                    + "stopped part way; its " + WorkspaceChecks.journal(absolute).getFileName() + " file is beside it). Open it once "
                    + "normally, not read-only, to undo that write.");
        }
        try {
            WorkspaceChecks.checkContents(absolute);
            Connection c = connect(absolute, true, !Files.isWritable(absolute.getParent()));
            int version = userVersion(c);
            if (version < Schema.CURRENT_VERSION) {
                c.close();
                throw new WorkspaceException(file.getFileName() + " was written by an older Health Score Workbench "
                        + "(workspace version " + version + "); open it once normally to bring it up to date, then "
                        + "it can be opened read-only.");
            }
            return new Workspace(absolute, c, null, null, true);
        } catch (SQLException e) {
            throw new WorkspaceException(WorkspaceErrors.describe(absolute, "Cannot open workspace "
                    + file.getFileName() + " read-only", e), e);
        }
    }

    private static Workspace open(Path file, boolean create) {
        Path absolute = file.toAbsolutePath();
        if (!create) {
            WorkspaceChecks.checkSqliteHeader(absolute);
        }
        FileChannel channel = null;
        FileLock lock;
        try {
            Files.createDirectories(absolute.getParent());
            Path lockFile = absolute.resolveSibling(absolute.getFileName() + ".lock");
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new WorkspaceException(WorkspaceErrors.describe(absolute, "Cannot open workspace "
                    + file.getFileName(), e), e);
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new WorkspaceException("Workspace " + file.getFileName()
                    + " is open in another running Health Score Workbench. Close it there first.");
        }
        try {
            if (!create) {
                WorkspaceChecks.rollBackHotJournal(absolute);
                WorkspaceChecks.checkContents(absolute);
            }
            Connection c = connect(absolute, false, false);
            try (Statement s = c.createStatement()) {
                // nothing is written when nothing needs to change: opening must not alter the file's bytes
                String mode;
                try (ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
                    mode = rs.next() ? rs.getString(1) : "";
                }
                if (!"wal".equalsIgnoreCase(mode)) {
                    s.execute("PRAGMA journal_mode=WAL");
                }
                s.execute("PRAGMA foreign_keys=ON");
                s.execute("PRAGMA synchronous=NORMAL");
                int version = userVersion(c);
                if (version < Schema.CURRENT_VERSION || create) {
                    Schema.migrate(c, version);
                }
            }
            return new Workspace(absolute, c, channel, lock, false);
        } catch (SQLException | RuntimeException e) {
            releaseQuietly(lock);
            closeQuietly(channel);
            if (e instanceof WorkspaceException we) {
                throw we;
            }
            throw new WorkspaceException(WorkspaceErrors.describe(absolute, "Cannot open workspace "
                    + file.getFileName(), e), e);
        }
    }

    /**
     * @param immutable for a folder that cannot be written to: SQLite then takes no locks and makes no
     *                  -shm file, trusting that nobody changes the file while it is read (true of a read-only share)
     */
    static Connection connect(Path file, boolean readOnly, boolean immutable) throws SQLException {
        Properties p = new Properties();
        if (readOnly) {
            p.setProperty("open_mode", immutable ? "65" : "1"); // SQLITE_OPEN_READONLY (| SQLITE_OPEN_URI)
        }
        p.setProperty("busy_timeout", "5000");
        String url = immutable ? "jdbc:sqlite:" + file.toUri() + "?immutable=1" : "jdbc:sqlite:" + file;
        return DriverManager.getConnection(url, p);
    }

    private static int userVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            return intPragma(s, "user_version");
        }
    }

    static int intPragma(Statement s, String name) throws SQLException {
        try (ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    public Path file() {
        return file;
    }

    /** The workspace's display name: its file name without the extension. */
    public String name() {
        String n = file.getFileName().toString();
        return n.endsWith(EXTENSION) ? n.substring(0, n.length() - EXTENSION.length()) : n;
    }

    /** The JDBC connection; store classes only. Not thread-safe: one job at a time uses a workspace. */
    public Connection connection() {
        return connection;
    }

    /**
     * A second, read-only connection to the same file (WAL lets it read beside the main one), for reading
     * datasets in parallel; the caller closes it.
     */
    Connection openReader() throws SQLException {
        return connect(file, true, readOnly && !Files.isWritable(file.getParent()));
    }

    /** True when opened with {@link #openReadOnly}: nothing can be written through it. */
    public boolean isReadOnly() {
        return readOnly;
    }

    /** Refuses a change to a workspace opened read-only, saying what was asked and what to do. */
    public void requireWritable(String what) {
        if (readOnly) {
            throw new WorkspaceException(file.getFileName() + " is open read-only, so the workbench cannot " + what
                    + ". Open it normally (or a copy of it in a folder you can write to) to change it.");
        }
    }

    public int schemaVersion() {
        try {
            return userVersion(connection);
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot read the version of " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot close " + file + ": " + e.getMessage(), e);
        } finally {
            releaseQuietly(lock);
            closeQuietly(lockChannel);
        }
    }

    private static void releaseQuietly(FileLock lock) {
        try {
            if (lock != null && lock.isValid()) {
                lock.release();
            }
        } catch (IOException ignored) {
            // the lock goes with the channel anyway
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // nothing useful to tell the user
        }
    }
}
