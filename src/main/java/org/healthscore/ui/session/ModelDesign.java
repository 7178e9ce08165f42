package org.healthscore.ui.session;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.healthscore.engine.AccountFilter;
import org.healthscore.engine.EvaluationOptions;
import org.healthscore.engine.RecomputeResult;
import org.healthscore.model.HealthModel;

/**
 * The model being designed and its latest figures: every edit (one undo step, or a live drag that ends as one),
 * undo and redo, the figures before the last edit (for the Δ), whether it has changes not saved as a version,
 * and the segment the figures are for. Property changes happen on the FX thread.
 */
public final class ModelDesign {

    private final ReadOnlyObjectWrapper<HealthModel> model = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<RecomputeResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<RecomputeResult> baseline = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<String> segmentView = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> segmentValues = FXCollections.observableArrayList();
    /** One read-only view kept: a view made per call listens weakly, so a listener on it was lost. */
    private final ObservableList<String> segmentValuesView = FXCollections.unmodifiableObservableList(segmentValues);
    private final ModelHistory history = new ModelHistory();
    private final RecomputeService recompute;
    private final Supplier<LoadedWorkspace> workspace;
    private final BooleanSupplier closed;
    private final StatusLine status;
    private HealthModel savedModel;
    private HealthModel dragStart;
    private EvaluationOptions options = StartOptions.OPTIONS;

    ModelDesign(Executor recomputeWorker, Executor fxThread, Supplier<LoadedWorkspace> workspace,
                BooleanSupplier closed, StatusLine status) {
        this.workspace = workspace;
        this.closed = closed;
        this.status = status;
        this.recompute = new RecomputeService(recomputeWorker, fxThread, this::apply, status::fail);
    }

    /** A workspace was opened (or read again): start over on it with {@code start}, nothing to undo. */
    void startOn(LoadedWorkspace loaded, HealthModel start) {
        var seg = loaded.dataset().accounts().segment();
        segmentValues.setAll(seg == null || !seg.isCategorical() ? List.of() : List.of(seg.categories()));
        segmentView.set(null);
        options = options.withFilter(AccountFilter.ALL);
        history.clear();
        baseline.set(null);
        savedModel = start;
        setModel(start);
    }

    /** The same workspace framed differently (another as-of date or lead time): the model again on it. */
    void reframed() {
        baseline.set(result.get());
        show(model.get(), true);
    }

    /** Replaces the model being designed (as one undoable edit) and recomputes. */
    public void setModel(HealthModel newModel) {
        if (model.get() != null && !model.get().equals(newModel)) {
            history.recordEdit(model.get());
            baseline.set(result.get());
        }
        show(newModel, true);
    }

    /** Shows an edit that may be one step of a drag: live (binned AUC) while dragging, one undo step in all. */
    public void liveEdit(HealthModel next, boolean stillDragging) {
        if (dragStart == null) {
            dragStart = model.get();
            baseline.set(result.get());
        }
        if (!stillDragging) {
            history.recordEdit(dragStart);
            dragStart = null;
        }
        show(next, !stillDragging);
    }

    public void undo() {
        HealthModel previous = history.undo(model.get());
        if (previous != null) {
            baseline.set(result.get());
            show(previous, true);
        }
    }

    public void redo() {
        HealthModel next = history.redo(model.get());
        if (next != null) {
            baseline.set(result.get());
            show(next, true);
        }
    }

    /** Shows all accounts (null) or one segment; weight edits then apply to that segment. */
    public void setSegmentView(String segmentValue) {
        segmentView.set(segmentValue);
        options = options.withFilter(segmentValue == null ? AccountFilter.ALL : new AccountFilter(segmentValue));
        baseline.set(null);
        if (model.get() != null) {
            show(model.get(), true);
        }
    }

    /**
     * After a save as a named version: the model takes the version's name (as a document saved under a new name
     * does) unless it was edited meanwhile; a name is no edit, so no undo step.
     */
    public void savedAs(HealthModel current, String name) {
        HealthModel named = current.withName(name);
        if (current.equals(model.get()) && !named.equals(current)) {
            RecomputeResult shown = result.get();
            if (shown != null && shown.model().equals(current) && shown.options().exact()) {
                model.set(named); // the figures on screen are this model's: renamed, not recomputed
                result.set(shown.renamed(name));
            } else {
                savedModel = named;
                show(named, true); // a result for it is still on its way: ask for one under the new name
            }
        }
        markSaved(named);
    }

    /** After a save: the model now matches its saved version. */
    public void markSaved(HealthModel saved) {
        savedModel = saved;
        dirty.set(!saved.equals(model.get()));
        updateTitle();
    }

    private void show(HealthModel newModel, boolean exact) {
        if (closed.getAsBoolean()) {
            return;
        }
        model.set(newModel);
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        dirty.set(savedModel != null && !savedModel.equals(newModel));
        updateTitle();
        LoadedWorkspace loaded = workspace.get();
        if (loaded == null) {
            return;
        }
        status.waiting();
        recompute.submit(new RecomputeService.Request(loaded::engineFor, newModel, options.withExact(exact)));
    }

    private void updateTitle() {
        LoadedWorkspace w = workspace.get();
        if (w != null) {
            status.title(w.workspace().name(), w.workspace().isReadOnly(), dirty.get());
        }
    }

    private void apply(RecomputeResult r) {
        result.set(r);
        LoadedWorkspace loaded = workspace.get();
        boolean lead = loaded.hasOutcomeDates();
        status.done(String.format(Locale.ROOT, "%s%s · %,d accounts · as of %s%s · recomputed in %.0f ms",
                loaded.workspace().name(), loaded.workspace().isReadOnly() ? " (read-only: versions and imports need a "
                        + "workspace you can write to)" : "", loaded.frame().size(), loaded.asOfDate(), lead
                        ? String.format(Locale.ROOT, " (accounts with an outcome scored %d days before it)",
                        loaded.asOf().leadDays()) : "", r.millis()));
    }

    public ReadOnlyObjectProperty<HealthModel> modelProperty() {
        return model.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RecomputeResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The figures before the last edit, for the Δ beside each headline figure (null: no Δ to show). */
    public ReadOnlyObjectProperty<RecomputeResult> baselineProperty() {
        return baseline.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** True while the model has changes not saved as a version. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** The segment value the figures are for, or null for all accounts. */
    public ReadOnlyObjectProperty<String> segmentViewProperty() {
        return segmentView.getReadOnlyProperty();
    }

    /** The values of the workspace's segment column (empty without one). */
    public ObservableList<String> segmentValues() {
        return segmentValuesView;
    }
}
