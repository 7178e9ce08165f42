package org.healthscore.ui.accounts;

import java.time.LocalDate;
import java.util.List;
import org.healthscore.data.CsmOverride;
import org.healthscore.engine.Scores;
import org.healthscore.model.Band;
import org.healthscore.model.Metric;
import org.healthscore.ui.overrides.OverrideDialog;
import org.healthscore.ui.overrides.OverridesViewModel;

/** The detail pane's "Override…" and "Remove override": asks what and why, then hands it to the overrides. */
final class OverrideActions {
    private final OverridesViewModel overrides;
    private final AccountsView view;

    OverrideActions(OverridesViewModel overrides, AccountsView view) {
        this.overrides = overrides;
        this.view = view;
    }

    /** Asks for a band or a metric's points, a note, an author and an expiry, and adds the override. */
    void override() {
        AccountRow row = view.selected();
        Scores scores = view.listed();
        if (row == null || scores == null) {
            return;
        }
        List<String> bands = scores.bandsOf(row.index()).stream().map(Band::name).toList();
        List<Metric> metrics = scores.model().metrics();
        // from the day this account is scored as of: an account that churned is scored before it left, and an
        // override from today would not touch the score on screen
        LocalDate scoredAsOf = LocalDate.ofEpochDay(dayOf(row, scores));
        OverrideDialog.ask(view.getScene().getWindow(), row.id(), row.band(), bands, metrics, scoredAsOf)
                .ifPresent(a -> overrides.add(row.id(), a.change(), a.note(), a.author(), a.from(), a.until()));
    }

    /** From the day the account is scored as of: an account that churned is scored before the window's date. */
    void remove(CsmOverride o) {
        AccountRow row = view.selected();
        Scores scores = view.listed();
        if (row != null && scores != null) {
            overrides.remove(o, OverrideDialog.defaultAuthor(), LocalDate.ofEpochDay(dayOf(row, scores)));
        }
    }

    /** The day an account's overrides are judged on: the day it is scored as of. */
    int dayOf(AccountRow row, Scores scores) {
        return scores.frame().asOfDays()[row.index()];
    }
}
