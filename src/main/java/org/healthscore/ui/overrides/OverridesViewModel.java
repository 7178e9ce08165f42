package org.healthscore.ui.overrides;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.healthscore.data.AccountTable;
import org.healthscore.data.CsmOverride;
import org.healthscore.engine.Evaluation;
import org.healthscore.engine.Evaluator;
import org.healthscore.engine.RecomputeResult;
import org.healthscore.engine.overrides.AppliedOverrides;
import org.healthscore.io.csv.OverrideCsv;
import org.healthscore.model.HealthModel;
import org.healthscore.store.CsmOverrides;
import org.healthscore.store.OverrideFile;
import org.healthscore.ui.common.Errors;
import org.healthscore.ui.common.LatestTask;
import org.healthscore.ui.session.LoadedWorkspace;
import org.healthscore.ui.session.Session;

/**
 * The workspace's CSM overrides and what they do to the figures: every override (for the Accounts tab's history
 * and the Backtest's "were the CSMs right?"), and for each settled result the scores after the overrides with
 * their evaluation beside the model's. Writes run on the workspace thread; the after-override figures on a
 * worker, never during a drag (previews keep no per-account scores to lay overrides over).
 */
public final class OverridesViewModel {
    /** The figures after the overrides for one settled result; {@code after} is null when none applies. */
    public record Shown(RecomputeResult result, AppliedOverrides applied, Evaluation after) {
        public boolean anyApplies() {
            return applied.accountsOverridden() > 0;
        }
    }

    private final Session session;
    private final ReadOnlyObjectWrapper<List<CsmOverride>> all = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>();
    private final LatestTask<Shown> applying;

    public OverridesViewModel(Session session, Executor worker) {
        this.session = session;
        this.applying = new LatestTask<>(worker, session.fxThread());
        session.workspace().workspaceProperty().addListener((o, was, now) -> {
            if (now == null) {
                all.set(List.of());
                shown.set(null);
            } else {
                reload(); // another workspace, or the same framed as of another day
            }
        });
        session.design().resultProperty().addListener((o, was, r) -> {
            if (r != null && r.settled()) {
                apply(r);
            } else if (r != null) {
                applying.cancel(); // a drag: its previews need the cores; the edit it settles on is applied again
            }
        });
    }

    /** Every override in the workspace, oldest first. */
    public ReadOnlyObjectProperty<List<CsmOverride>> allProperty() {
        return all.getReadOnlyProperty();
    }

    /** The latest settled result with the overrides laid over it. */
    public ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /**
     * The overrides laid over a settled result, or null while they are being laid over it (the workspace has some
     * and the result is newer than the last application): a listing then waits for {@link #shownProperty()}.
     */
    public AppliedOverrides appliedTo(RecomputeResult r) {
        Shown now = shown.get();
        if (now != null && now.result() == r) {
            return now.applied();
        }
        return all.get().isEmpty() ? AppliedOverrides.none(r.scores()) : null;
    }

    /**
     * The day a new override starts: the day the workspace is scored as of (today's data on a live workspace;
     * the day being looked at when the date was moved back), so it counts in what is on screen.
     */
    public int startDay() {
        LoadedWorkspace w = session.workspace().workspaceProperty().get();
        return w == null ? (int) LocalDate.now().toEpochDay() : w.asOf().asOfDay();
    }

    /** Adds an override to an account; the future fails with a message a person can read. */
    public CompletableFuture<CsmOverride> add(String accountId, CsmOverride.Change change, String note, String author,
                                              LocalDate from, LocalDate until) {
        int start = (int) from.toEpochDay();
        CsmOverride o;
        try {
            o = new CsmOverride(0, accountId, change, note == null ? "" : note.strip(), author, start,
                    (int) until.toEpochDay(), AccountTable.NO_DAY, "", "");
        } catch (IllegalArgumentException e) {
            String why = note == null || note.isBlank() ? "write a note saying why" : "the expiry date must be after "
                    + LocalDate.ofEpochDay(start);
            return CompletableFuture.failedFuture(new IllegalArgumentException("Override not added: " + why + "."));
        }
        return tell(session.onWorkspace(w -> new CsmOverrides(w.workspace()).add(o)),
                added -> "Override on " + accountId + " added: " + added.change().describe() + " until "
                        + CsmOverride.date(added.until()), "Override not added");
    }

    /**
     * Stops an override from {@code from} (the day its account is scored as of, so that it stops on screen); it
     * stays in the history as removed.
     */
    public CompletableFuture<CsmOverride> remove(CsmOverride o, String who, LocalDate from) {
        int day = (int) from.toEpochDay();
        return tell(session.onWorkspace(w -> {
            new CsmOverrides(w.workspace()).remove(o.id(), day, who);
            return o;
        }), x -> "Override on " + o.accountId() + " removed", "Override not removed");
    }

    /** Reads a file of overrides and stores all of it, or nothing when a row is wrong (the first rows named). */
    public CompletableFuture<List<CsmOverride>> importFile(Path file, String author) {
        HealthModel model = session.design().modelProperty().get();
        int start = startDay();
        return tell(session.onWorkspace(w -> {
            try {
                OverrideFile.Read read = OverrideFile.read(file, OverrideFile.Checks.of(model,
                        new HashSet<>(Arrays.asList(w.dataset().accounts().ids())), start, author));
                if (!read.ok()) {
                    throw new IllegalArgumentException(read.badRows() + " row" + (read.badRows() == 1 ? "" : "s")
                            + " cannot be read, nothing imported: " + String.join("; ", read.problems()
                            .subList(0, Math.min(3, read.problems().size()))));
                }
                return new CsmOverrides(w.workspace()).addAll(read.overrides());
            } catch (IOException e) {
                throw new UncheckedIOException(e.getMessage(), e);
            }
        }), list -> "Imported " + list.size() + " CSM override" + (list.size() == 1 ? "" : "s") + " from "
                + file.getFileName(), "CSM overrides not imported");
    }

    /** Writes every override (with its status as of the day on screen) as a CSV, whole or not at all. */
    public CompletableFuture<Path> exportFile(Path file) {
        List<CsmOverride> list = all.get();
        int day = startDay();
        return tell(CompletableFuture.supplyAsync(() -> {
            try {
                OverrideCsv.write(file, list, day);
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
            }
        }, session.background()), f -> "Exported " + list.size() + " CSM overrides to " + f.getFileName(),
                "CSM overrides not exported");
    }

    private void reload() {
        session.onWorkspace(w -> new CsmOverrides(w.workspace()).all()).whenCompleteAsync((list, error) -> {
            if (error != null) {
                session.status().notify("Cannot read the CSM overrides: " + Errors.cause(error).getMessage());
                return;
            }
            all.set(List.copyOf(list));
            RecomputeResult r = session.design().resultProperty().get();
            if (r != null && r.settled()) {
                apply(r);
            }
        }, session.fxThread());
    }

    private void apply(RecomputeResult r) {
        List<CsmOverride> list = all.get();
        if (list.isEmpty()) {
            applying.cancel(); // nothing to lay over: no work for the tabs' worker
            shown.set(new Shown(r, AppliedOverrides.none(r.scores()), null));
            return;
        }
        applying.run((cancel, progress) -> {
            AppliedOverrides applied = AppliedOverrides.apply(r.scores(), list);
            Evaluation after = applied.accountsOverridden() == 0 ? null
                    : Evaluator.evaluate(applied.after(), r.options(), cancel);
            return new Shown(r, applied, after);
        }, shown::set, error -> session.status().notify("Cannot apply the CSM overrides: "
                + Errors.cause(error).getMessage()));
    }

    /** Says on the status line how it went, and reads the overrides again. */
    private <T> CompletableFuture<T> tell(CompletableFuture<T> work, java.util.function.Function<T, String> done,
                                          String failed) {
        return work.whenCompleteAsync((r, error) -> {
            session.status().notify(error == null ? done.apply(r) : failed + ": " + Errors.cause(error).getMessage());
            if (error == null) {
                reload();
            }
        }, session.fxThread());
    }
}
