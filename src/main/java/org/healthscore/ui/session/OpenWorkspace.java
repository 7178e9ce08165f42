package org.healthscore.ui.session;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.healthscore.model.HealthModel;
import org.healthscore.store.LoadListener;
import org.healthscore.store.RecentWorkspaces;

/**
 * The workspace the window works on: opening, creating, reading again and closing it on the one workspace
 * thread (its connection belongs to that thread), the recent files, and framing it at another date.
 */
public final class OpenWorkspace {
    private static final Logger LOG = Logger.getLogger(OpenWorkspace.class.getName());

    private final ReadOnlyObjectWrapper<LoadedWorkspace> workspace = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final RecentWorkspaces recentWorkspaces;
    private final Executor background;
    private final Executor fxThread;
    private final StatusLine status;
    private ModelDesign design;
    private volatile boolean closed;

    OpenWorkspace(Executor background, Executor fxThread, RecentWorkspaces recentWorkspaces, StatusLine status) {
        this.background = background;
        this.fxThread = fxThread;
        this.recentWorkspaces = recentWorkspaces;
        this.status = status;
        this.recent.setAll(recentWorkspaces.list());
    }

    void designWith(ModelDesign modelDesign) {
        this.design = modelDesign;
    }

    boolean isClosed() {
        return closed;
    }

    /** Opens a workspace in the background; {@code prepare} may first create it (the sample on first run). */
    public void open(Path file, Function<Path, Path> prepare) {
        load("Opening " + file.getFileName(), p -> WorkspaceOpening.openOrReadOnly(prepare.apply(file), p), null);
    }

    /** Opens a workspace read-only: nothing of it can change (a colleague's, or one on a read-only share). */
    public void openReadOnly(Path file) {
        load("Opening " + file.getFileName() + " read-only", p -> WorkspaceOpening.openReadOnly(file, p), null);
    }

    /** Creates a new, empty workspace and opens it. */
    public void create(Path file) {
        load("Creating " + file.getFileName(), p -> WorkspaceOpening.create(file), null);
    }

    /** Reads the open workspace's data again (after an import), keeping the model being designed. */
    public void reload() {
        LoadedWorkspace current = workspace.get();
        if (current != null) {
            load("Reading " + current.workspace().name(), current::reload, design.modelProperty().get());
        }
    }

    private void load(String message, Function<LoadListener, LoadedWorkspace> loader, HealthModel keepModel) {
        status.opening(message + "…");
        LoadProgress progress = new LoadProgress(message, status::progress, fxThread);
        background.execute(() -> {
            try {
                LoadedWorkspace loaded = loader.apply(progress);
                fxThread.execute(() -> opened(loaded, keepModel));
            } catch (RuntimeException e) {
                fxThread.execute(() -> status.fail(e));
            }
        });
    }

    private void opened(LoadedWorkspace loaded, HealthModel keepModel) {
        LoadedWorkspace previous = workspace.get();
        workspace.set(loaded);
        if (previous != null && previous.workspace() != loaded.workspace()) {
            background.execute(previous::close); // the connection belongs to the workspace thread
        }
        recent.setAll(recentWorkspaces.remember(loaded.workspace().file()));
        boolean keep = keepModel != null && !keepModel.metrics().isEmpty()
                && keepModel.metrics().stream().allMatch(m -> m.source().columns().stream()
                .allMatch(loaded.dataset()::hasColumn));
        design.startOn(loaded, keep ? keepModel : loaded.initialModel());
    }

    /** Shows the same workspace framed differently (another as-of date) and recomputes the model on it. */
    public void reframe(LoadedWorkspace next, String message) {
        workspace.set(next); // same workspace file and connection: nothing to close
        status.notify(message);
        design.reframed();
    }

    /** Runs work that uses the open workspace's connection on the workspace thread. */
    public <T> CompletableFuture<T> onWorkspace(Function<LoadedWorkspace, T> work) {
        LoadedWorkspace loaded = workspace.get();
        if (closed) {
            return new CompletableFuture<>(); // closing: the work would find the workspace gone
        }
        if (loaded == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("Open a workspace first."));
        }
        return CompletableFuture.supplyAsync(() -> work.apply(loaded), background);
    }

    /**
     * Closes the workspace on its own thread, so that its lock is released on exit. Returns at once: the window
     * does not wait; the returned future completes when the workspace is closed (the app waits for it on exit).
     */
    public CompletableFuture<Void> close() {
        closed = true;
        LoadedWorkspace loaded = workspace.get();
        if (loaded == null) {
            return CompletableFuture.completedFuture(null);
        }
        return CompletableFuture.runAsync(loaded::close, background).whenComplete((v, e) -> {
            if (e != null) {
                LOG.warning("workspace not closed cleanly: " + e);
            }
        });
    }

    /** The segment column of the open workspace's accounts, or null. */
    public String segmentColumn() {
        LoadedWorkspace loaded = workspace.get();
        return loaded == null ? null : loaded.dataset().accounts().segmentColumn();
    }

    public ObservableList<Path> recentWorkspaces() {
        return FXCollections.unmodifiableObservableList(recent);
    }

    public ReadOnlyObjectProperty<LoadedWorkspace> workspaceProperty() {
        return workspace.getReadOnlyProperty();
    }
}
