package org.healthscore.ui.workspace;

import java.time.LocalDate;
import org.healthscore.ui.importer.ImportWizardViewModel;
import org.healthscore.ui.session.LoadedWorkspace;
import org.healthscore.ui.session.Session;

/** Commands on the open workspace as a whole: the as-of date everything is scored at, and importing into it. */
public final class WorkspaceCommands {
    private final Session vm;

    public WorkspaceCommands(Session vm) {
        this.vm = vm;
    }

    /** Scores as of another day: every chart and table follows (the frame is rebuilt off the FX thread). */
    public void setAsOf(LocalDate day) {
        LoadedWorkspace current = vm.workspace().workspaceProperty().get();
        if (current == null || current.asOfDate().equals(day)) {
            return;
        }
        vm.status().busy("Scoring as of " + day + "…");
        vm.background().execute(() -> {
            LoadedWorkspace next = current.withAsOf((int) day.toEpochDay());
            vm.fxThread().execute(() -> vm.workspace().reframe(next, "Scored as of " + day));
        });
    }

    /** The longest lead time offered: two years before the renewal. */
    public static final int MAX_LEAD_DAYS = 730;

    /**
     * A lead time typed by the user (the left panel's, the Backtest tab's): whole days from 0 to
     * {@value #MAX_LEAD_DAYS}; anything else is refused with a message naming what was typed.
     */
    public java.util.OptionalInt typedLeadDays(String text) {
        try {
            int days = Integer.parseInt(text.trim());
            if (days >= 0 && days <= MAX_LEAD_DAYS) {
                return java.util.OptionalInt.of(days);
            }
        } catch (NumberFormatException e) {
            // told below
        }
        vm.status().notify("Type the lead time as whole days from 0 to " + MAX_LEAD_DAYS + "; \u201c" + text.trim()
                + "\u201d is not.");
        return java.util.OptionalInt.empty();
    }

    /**
     * Scores accounts that have an outcome {@code days} before it ("would the score have warned us?"): every
     * live figure, the backtest's own lead aside, follows. Refused with a message outside 0–{@value #MAX_LEAD_DAYS}.
     */
    public void setLeadDays(int days) {
        LoadedWorkspace current = vm.workspace().workspaceProperty().get();
        if (current == null || current.asOf().leadDays() == days) {
            return;
        }
        if (days < 0 || days > MAX_LEAD_DAYS) {
            vm.status().notify("The lead time is a number of days from 0 to " + MAX_LEAD_DAYS + "; " + days + " is not.");
            return;
        }
        vm.status().busy("Scoring " + days + " days before each outcome…");
        vm.background().execute(() -> {
            LoadedWorkspace next = current.withLead(days);
            vm.fxThread().execute(() -> vm.workspace().reframe(next, "Accounts with an outcome are scored " + days
                    + " days before it"));
        });
    }

    /** A wizard importing into the open workspace, on the workspace thread. */
    public ImportWizardViewModel importWizard() {
        LoadedWorkspace loaded = vm.workspace().workspaceProperty().get();
        if (loaded == null) {
            throw new IllegalStateException("Open a workspace first.");
        }
        return new ImportWizardViewModel(loaded.workspace(), vm.background(), vm.fxThread());
    }
}
