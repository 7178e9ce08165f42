package org.healthscore.ui.session;

import java.nio.file.Path;
import org.healthscore.store.LoadListener;
import org.healthscore.store.Workspace;

/** The ways a workspace becomes a {@link LoadedWorkspace}: opened, opened read-only, or created. */
public final class WorkspaceOpening {
    /** Accounts with an outcome are scored this many days before it, unless the user says otherwise. */
    public static final int DEFAULT_LEAD_DAYS = 60;

    private WorkspaceOpening() {
    }

    public static LoadedWorkspace open(Path file) {
        return open(file, LoadListener.NONE);
    }

    /** Opens and reads a workspace, telling {@code listener} how far the reading has come. */
    public static LoadedWorkspace open(Path file, LoadListener listener) {
        return LoadedWorkspace.load(Workspace.open(file), true, listener);
    }

    /**
     * Opens a workspace read-only (File → Open read-only…): nothing is written to it or its folder, so a
     * colleague's workspace on a read-only share can be looked at; saving versions and importing are refused.
     * A workspace that cannot be opened normally because its file or folder cannot be written to is opened
     * this way too, and says so.
     */
    public static LoadedWorkspace openReadOnly(Path file, LoadListener listener) {
        return LoadedWorkspace.load(Workspace.openReadOnly(file), true, listener);
    }

    /** Opens normally, or read-only when the file or its folder cannot be written to. */
    public static LoadedWorkspace openOrReadOnly(Path file, LoadListener listener) {
        try {
            return open(file, listener);
        } catch (org.healthscore.store.WorkspaceException e) {
            if (org.healthscore.store.WorkspaceErrors.kind(e) == org.healthscore.store.WorkspaceErrors.Kind.READ_ONLY) {
                return openReadOnly(file, listener);
            }
            throw e;
        }
    }

    /** A new, empty workspace (the window then offers to import CSV files). */
    public static LoadedWorkspace create(Path file) {
        return LoadedWorkspace.load(Workspace.create(file), true, LoadListener.NONE);
    }
}
