package org.healthscore.ui.accounts;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.healthscore.engine.RecomputeResult;
import org.healthscore.engine.Scores;
import org.healthscore.engine.overrides.AppliedOverrides;
import org.healthscore.model.Metric;
import org.healthscore.ui.overrides.OverridesViewModel;
import org.healthscore.ui.session.Session;

/**
 * The accounts behind the figures: search by id or name, filter by band, sort any column; selecting one shows
 * its score broken into metric contributions, its raw values and its CSM notes.
 */
public final class AccountsView extends BorderPane {
    private static final String ALL_BANDS = "All bands";
    private final Session vm;
    private final AccountsViewModel accounts;
    private final TableView<AccountRow> table = new TableView<>();
    private final TextField search = new TextField();
    private final ComboBox<String> band = new ComboBox<>();
    private final Label count = new Label();
    private final AccountDetail detail;
    private final OverridesViewModel overrides;
    private Scores shown;
    /** An account to choose when the listing that was asked for it arrives, or null. */
    private String pendingAccount;
    private boolean active;
    /** The latest settled result: the one listed (null with no workspace). */
    private RecomputeResult exact;

    public AccountsView(AccountsViewModel accounts, OverridesViewModel overrides) {
        this.accounts = accounts;
        this.overrides = overrides;
        this.vm = accounts.session();
        this.detail = new AccountDetail(new OverrideActions(overrides, this));
        table.setId("accounts-table");
        table.setPlaceholder(new Label("No account matches."));
        search.setId("account-search");
        search.setPromptText("Search id or name");
        search.setOnAction(e -> refresh());
        search.textProperty().addListener((o, a, b) -> refresh());
        band.setId("account-band");
        band.getItems().addAll(ALL_BANDS, AccountQuery.OVERRIDDEN);
        band.setValue(ALL_BANDS);
        band.valueProperty().addListener((o, a, b) -> refresh());
        count.setId("account-count");
        HBox bar = new HBox(10, search, band, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        setTop(bar);
        javafx.scene.control.ScrollPane detailScroll = new javafx.scene.control.ScrollPane(detail);
        detailScroll.setFitToWidth(true); // the charts take the pane's width; the page scrolls down
        SplitPane split = new SplitPane(table, detailScroll);
        split.setDividerPositions(0.62);
        setCenter(split);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> select(row));
        // another view asked for one account: search for it exactly and choose it once it is listed
        vm.accountToShowProperty().addListener((o, a, id) -> {
            if (id != null) {
                pendingAccount = id;
                band.setValue(ALL_BANDS); // whatever band it is in now
                search.setText(id);
                refresh();
            }
        });
        // another workspace (or none): nothing of the previous one's accounts may stay on screen
        vm.workspace().workspaceProperty().addListener((o, was, now) -> {
            if (was == null || now == null || !was.workspace().file().equals(now.workspace().file())) {
                exact = null;
                shown = null;
                table.getItems().clear();
                detail.clear();
                count.setText("");
            }
        });
        // the overrides laid over the latest result (after it is listed, or after an override is added or removed)
        overrides.shownProperty().addListener((o, a, now) -> {
            if (active && now != null && exact != null && now.result() == exact) {
                refresh();
            }
        });
        overrides.allProperty().addListener((o, a, now) -> detail.showOverrides(now));
        vm.design().resultProperty().addListener((o, a, r) -> {
            if (r == null || r.options().exact()) {
                exact = r;
                if (active && r != null) {
                    refresh();
                }
            }
        });
    }

    /** Whether the view is on screen: only then does it follow every recompute. */
    public void setActive(boolean now) {
        active = now;
        if (now) {
            refresh();
        }
    }

    /**
     * Runs the query off the FX thread for the latest exact result: a live preview's per-account scores are
     * overwritten by the next preview ({@link org.healthscore.engine.ScoringEngine}), and none is listed.
     */
    public void refresh() {
        RecomputeResult r = exact;
        if (r == null) {
            return;
        }
        String text = search.getText();
        String chosenBand = ALL_BANDS.equals(band.getValue()) ? null : band.getValue();
        Scores scores = r.scores();
        AppliedOverrides applied = overrides.appliedTo(r);
        if (applied == null) {
            return; // listed once the overrides are laid over this result (shownProperty), not twice
        }
        accounts.list(applied, text, chosenBand, page -> {
            if (exact == null || scores != exact.scores()) {
                return; // a newer result arrived meanwhile; its own refresh follows
            }
            if (shown == null || !shown.model().metrics().equals(scores.model().metrics())) {
                columns(scores.model().metrics());
            }
            shown = scores;
            List<String> bands = scores.bands().stream().map(b -> b.name()).toList();
            if (!band.getItems().subList(2, band.getItems().size()).equals(bands)) {
                String keep = band.getValue();
                band.getItems().setAll(ALL_BANDS, AccountQuery.OVERRIDDEN);
                band.getItems().addAll(bands);
                band.setValue(band.getItems().contains(keep) ? keep : ALL_BANDS);
            }
            AccountRow selected = table.getSelectionModel().getSelectedItem();
            table.getItems().setAll(page.rows());
            if (pendingAccount == null && selected != null) {
                // the same account stays chosen when the listing is made again (an override added to it)
                page.rows().stream().filter(row -> row.id().equals(selected.id())).findFirst()
                        .ifPresent(row -> table.getSelectionModel().select(row));
            }
            if (pendingAccount != null) {
                String id = pendingAccount;
                page.rows().stream().filter(row -> row.id().equals(id)).findFirst().ifPresent(row -> {
                    pendingAccount = null;
                    table.getSelectionModel().select(row);
                    table.scrollTo(row);
                });
            }
            count.setText(page.matched() > page.rows().size()
                    ? String.format(Locale.ROOT, "showing the %,d most at risk of %,d — refine the search",
                    page.rows().size(), page.matched())
                    : org.healthscore.ui.common.Formats.accounts(page.matched()));
        });
    }

    /** Lists the accounts a CSM override holds for. */
    public void showOverridden() {
        search.setText("");
        band.setValue(AccountQuery.OVERRIDDEN);
        refresh();
    }

    /** The account chosen in the table, or null. */
    AccountRow selected() {
        return table.getSelectionModel().getSelectedItem();
    }

    /** The scores the table lists (null before the first listing). */
    Scores listed() {
        return shown;
    }

    private void select(AccountRow row) {
        if (row == null || shown == null) {
            return;
        }
        Scores scores = shown;
        var asked = vm.workspace().workspaceProperty().get();
        accounts.show(scores, row, found -> {
            if (vm.workspace().workspaceProperty().get() == asked && shown == scores) {
                detail.show(scores, row, found.notes(), found.history(), overrides.allProperty().get());
            } // else the workspace or the listing changed meanwhile: this account is no longer on screen
        });
    }

    private void columns(List<Metric> metrics) {
        table.getColumns().clear();
        table.getColumns().add(text("Account", AccountRow::id, 100));
        table.getColumns().add(text("Name", AccountRow::name, 150));
        table.getColumns().add(text("Segment", AccountRow::segment, 100));
        table.getColumns().add(number("Score", AccountRow::score, "%.1f", 70));
        table.getColumns().add(text("Band", AccountRow::band, 70));
        table.getColumns().add(text("Final band", AccountRow::finalBand, 104));
        table.getColumns().add(text("CSM override", AccountRow::override, 140));
        table.getColumns().add(number("ARR", AccountRow::arr, "%,.0f", 90));
        table.getColumns().add(text("Outcome", AccountRow::outcome, 90));
        for (int j = 0; j < metrics.size(); j++) {
            int index = j;
            table.getColumns().add(number(metrics.get(j).key() + " pts", r -> r.points()[index], "%.1f", 80));
        }
    }

    private static TableColumn<AccountRow, String> text(String title, Function<AccountRow, String> f, double w) {
        TableColumn<AccountRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(f.apply(cd.getValue())));
        c.setPrefWidth(w);
        return c;
    }

    /** Numbers sort as numbers; missing values (NaN) show as a dash. */
    private static TableColumn<AccountRow, Double> number(String title, Function<AccountRow, Double> f, String fmt,
                                                          double w) {
        TableColumn<AccountRow, Double> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(f.apply(cd.getValue())));
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : Double.isNaN(v) ? "—" : String.format(Locale.ROOT, fmt, v));
            }
        });
        c.setComparator((a, b) -> Double.compare(a.isNaN() ? Double.MAX_VALUE : a, b.isNaN() ? Double.MAX_VALUE : b));
        c.setPrefWidth(w);
        return c;
    }
}
