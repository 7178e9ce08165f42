package org.healthscore.ui.accounts;

import java.util.List;
import java.util.function.Consumer;
import org.healthscore.data.AccountTable;
import org.healthscore.engine.ScoreHistory;
import org.healthscore.engine.Scores;
import org.healthscore.engine.overrides.AppliedOverrides;
import org.healthscore.store.AccountNotes;
import org.healthscore.ui.common.Errors;
import org.healthscore.ui.common.LatestTask;
import org.healthscore.ui.session.LoadedWorkspace;
import org.healthscore.ui.session.Session;

/** The Accounts tab's work: the accounts matching a search, and one account's notes and score history. */
public final class AccountsViewModel {
    /** What the detail pane shows beside the account's row: its notes and its score over time (null: no dates). */
    public record Details(List<AccountNotes.Note> notes, ScoreHistory.Series history) {
    }

    private final Session session;
    private final LatestTask<AccountQuery.Page> listing;
    private final LatestTask<Details> detailing;

    public AccountsViewModel(Session session) {
        this.session = session;
        this.listing = new LatestTask<>(session.background(), session.fxThread());
        this.detailing = new LatestTask<>(session.background(), session.fxThread());
    }

    /**
     * Lists the accounts matching the search off the FX thread and hands the page to {@code show} on it; a newer
     * search (typing goes on) replaces one still running, whose page is then never shown.
     */
    public void list(AppliedOverrides scores, String text, String band, Consumer<AccountQuery.Page> show) {
        listing.run((cancel, progress) -> AccountQuery.run(scores, text, band), show,
                error -> session.status().notify("Cannot list the accounts: " + Errors.cause(error).getMessage()));
    }

    /** Shows one account's notes and history (the latest account chosen wins). */
    public void show(Scores scores, AccountRow row, Consumer<Details> then) {
        LoadedWorkspace w = session.workspace().workspaceProperty().get();
        detailing.run((cancel, progress) -> detailsOn(w, scores, row), then, error -> session.status().notify(
                "Cannot show " + row.id() + ": " + Errors.cause(error).getMessage()));
    }

    public Session session() {
        return session;
    }

    /** On the workspace thread: the notes are read from the workspace. */
    private static Details detailsOn(LoadedWorkspace w, Scores scores, AccountRow row) {
        List<AccountNotes.Note> notes = new AccountNotes(w.workspace()).forAccount(row.id(), 200);
        int[] span = w.observationSpan();
        // the history of an account that renewed or churned ends at its outcome: what came after is not its story
        int outcome = scores.frame().accounts().outcomeDay()[row.index()];
        int end = span == null ? 0 : outcome != AccountTable.NO_DAY && outcome > span[0]
                ? Math.min(span[1], outcome) : span[1];
        var history = span == null ? null : ScoreHistory.of(w.dataset(), scores.metricsOf(row.index()),
                scores.weightsOf(row.index()), row.index(), span[0], end, 14);
        return new Details(notes, history);
    }
}
