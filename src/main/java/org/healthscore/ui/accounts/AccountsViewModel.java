package org.healthscore.ui.accounts;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.healthscore.data.AccountTable;
import org.healthscore.engine.ScoreHistory;
import org.healthscore.engine.Scores;
import org.healthscore.store.AccountNotes;
import org.healthscore.ui.session.Session;

/** The Accounts tab's work: the accounts matching a search, and one account's notes and score history. */
public final class AccountsViewModel {
    /** What the detail pane shows beside the account's row: its notes and its score over time (null: no dates). */
    public record Details(List<AccountNotes.Note> notes, ScoreHistory.Series history) {
    }

    private final Session session;

    public AccountsViewModel(Session session) {
        this.session = session;
    }

    public Session session() {
        return session;
    }

    /** The accounts of {@code scores} matching the search and band (null: every band), most at risk first. */
    public CompletableFuture<AccountQuery.Page> query(Scores scores, String text, String band) {
        return session.onWorkspace(w -> AccountQuery.run(scores, text, band));
    }

    /** The account's notes and its score every 14 days over the observations, up to its outcome. */
    public CompletableFuture<Details> details(Scores scores, AccountRow row) {
        return session.onWorkspace(w -> {
            List<AccountNotes.Note> notes = new AccountNotes(w.workspace()).forAccount(row.id(), 200);
            int[] span = w.observationSpan();
            // the history of an account that renewed or churned ends at its outcome: what came after is not its story
            int outcome = scores.frame().accounts().outcomeDay()[row.index()];
            int end = span == null ? 0 : outcome != AccountTable.NO_DAY && outcome > span[0]
                    ? Math.min(span[1], outcome) : span[1];
            var history = span == null ? null : ScoreHistory.of(w.dataset(), scores.model(),
                    scores.weightsOf(row.index()), row.index(), span[0], end, 14);
            return new Details(notes, history);
        });
    }
}
