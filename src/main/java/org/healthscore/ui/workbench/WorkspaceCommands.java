package org.healthscore.ui.workbench;

import java.time.LocalDate;
import org.healthscore.ui.importer.ImportWizardViewModel;

/** Commands on the open workspace as a whole: the as-of date everything is scored at, and importing into it. */
public final class WorkspaceCommands {
    private final WorkbenchViewModel vm;

    WorkspaceCommands(WorkbenchViewModel vm) {
        this.vm = vm;
    }

    /** Scores as of another day: every chart and table follows (the frame is rebuilt off the FX thread). */
    public void setAsOf(LocalDate day) {
        LoadedWorkspace current = vm.workspaceProperty().get();
        if (current == null || current.asOfDate().equals(day)) {
            return;
        }
        vm.busy("Scoring as of " + day + "…");
        vm.background().execute(() -> {
            LoadedWorkspace next = current.withAsOf((int) day.toEpochDay());
            vm.fxThread().execute(() -> vm.reframe(next, "Scored as of " + day));
        });
    }

    /** A wizard importing into the open workspace, on the workspace thread. */
    public ImportWizardViewModel importWizard() {
        LoadedWorkspace loaded = vm.workspaceProperty().get();
        if (loaded == null) {
            throw new IllegalStateException("Open a workspace first.");
        }
        return new ImportWizardViewModel(loaded.workspace(), vm.background(), vm.fxThread());
    }
}
