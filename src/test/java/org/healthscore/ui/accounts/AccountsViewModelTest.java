package org.healthscore.ui.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.healthscore.engine.Scores;
import org.healthscore.ui.HeadlessWorkbench;
import org.healthscore.ui.workbench.WorkbenchViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Accounts tab's queries without a screen, checked against a brute-force pass over the settled scores. */
class AccountsViewModelTest {
    @TempDir
    Path dir;
    WorkbenchViewModel vm;
    AccountsViewModel accounts;
    Scores scores;

    @BeforeEach
    void open() {
        vm = HeadlessWorkbench.onSample(dir);
        accounts = new AccountsViewModel(vm.session());
        scores = vm.session().design().resultProperty().get().scores();
    }

    @AfterEach
    void close() throws Exception {
        vm.close().get();
    }

    /** The page the tab would list (executors run at once, so it is there on return). */
    private AccountQuery.Page listed(String text, String band) {
        List<AccountQuery.Page> pages = new ArrayList<>();
        accounts.list(org.healthscore.engine.overrides.AppliedOverrides.none(scores), text, band, pages::add);
        assertEquals(1, pages.size());
        return pages.get(0);
    }

    @Test
    void aBandListsItsAccountsMostAtRiskFirst() throws Exception {
        String band = scores.bands().get(scores.bands().size() - 1).name();
        int bandIndex = scores.bandScheme().indexOf(band);
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            if (scores.band()[i] == bandIndex) {
                expected.add(i);
            }
        }
        // lowest score first; scores equal to float precision (far below the one decimal shown) in account order
        expected.sort(Comparator.<Integer>comparingDouble(i -> (float) scores.score()[i]).thenComparing(i -> i));
        AccountQuery.Page page = listed("", band);
        assertEquals(expected.size(), page.matched());
        assertEquals(expected, page.rows().stream().map(AccountRow::index).toList());
        assertTrue(page.rows().stream().allMatch(r -> r.band().equals(band)));
    }

    @Test
    void aSearchMatchesIdsWhateverTheCaseAndTheDetailsHaveTheAccountsNotesAndHistory() throws Exception {
        String id = scores.frame().accounts().ids()[7];
        AccountQuery.Page page = listed(" " + id.toLowerCase(java.util.Locale.ROOT) + " ", null);
        assertTrue(page.rows().stream().anyMatch(r -> r.id().equals(id)), id);
        assertTrue(page.rows().stream().allMatch(r -> r.id().toLowerCase(java.util.Locale.ROOT)
                .contains(id.toLowerCase(java.util.Locale.ROOT)) || r.name() != null), page.rows().toString());
        AccountRow row = page.rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
        List<AccountsViewModel.Details> shown = new ArrayList<>();
        accounts.show(scores, row, shown::add);
        AccountsViewModel.Details d = shown.get(0);
        assertTrue(d.history() != null, "the sample has observations over time");
        assertTrue(d.history().days().length > 1);
    }
}
