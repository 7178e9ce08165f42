package org.healthscore.ui.compare;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.healthscore.io.model.Scenarios;
import org.healthscore.ui.common.TaskBar;

/**
 * The Compare tab: the model on screen (A) against a saved scenario (B) — is B really better (DeLong), the headline
 * figures side by side, where the accounts go between the bands (a click lists a cell's accounts; Enter or a
 * double-click opens one), both distributions and ROC curves, and the accounts that move most.
 */
public final class CompareView extends ScrollPane {
    private final CompareViewModel vm;
    private final Label verdict = new Label();
    private final GridPane figures = new GridPane();
    private final MigrationMatrix matrix;
    private final Label cellTitle = new Label();
    private final ListView<String> cellAccounts = new ListView<>();
    private final CompareCharts charts = new CompareCharts();
    private final TableView<CompareRows.Mover> movers = new TableView<>();
    private final GridPane contributions = new GridPane();
    /** The figures' A, B and B − A labels, row by row, for a drag to change in place. */
    private List<Label[]> figureCells = List.of();
    private final List<Node> shownWithFigures;

    public CompareView(CompareViewModel vm) {
        this.vm = vm;
        matrix = new MigrationMatrix(this::showCell);
        ChoiceBox<Scenarios.Scenario> scenario = new ChoiceBox<>(vm.scenarios().scenarios());
        scenario.setId("compare-scenario");
        scenario.valueProperty().bindBidirectional(vm.chosenProperty());
        ChoiceBox<String> segment = org.healthscore.ui.common.SegmentChoice.of("compare-segment", vm.segmentValues(),
                vm.segmentProperty());
        HBox bar = new HBox(8, new Label("The model on screen (A) against scenario (B):"), scenario,
                new Label("Accounts:"), segment);
        bar.setAlignment(Pos.CENTER_LEFT);
        verdict.setId("compare-verdict");
        verdict.setWrapText(true);
        verdict.getStyleClass().add("compare-verdict");
        verdict.textProperty().bind(vm.summaryProperty());
        figures.setId("compare-figures");
        figures.setHgap(16);
        figures.setVgap(2);
        cellTitle.setId("compare-cell-title");
        cellAccounts.setId("compare-cell-accounts");
        cellAccounts.setPrefHeight(150);
        cellAccounts.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                open();
            }
        });
        cellAccounts.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                open();
            }
        });
        VBox matrixBox = new VBox(6, sectionTitle("Where the accounts go"), matrix, cellTitle, cellAccounts);
        HBox.setHgrow(matrixBox, Priority.ALWAYS);
        HBox tables = new HBox(24, new VBox(6, sectionTitle("Figures side by side"), figures), matrixBox);
        HBox chartRow = new HBox(8, charts.distributions, charts.roc);
        HBox.setHgrow(charts.distributions, Priority.ALWAYS);
        HBox.setHgrow(charts.roc, Priority.ALWAYS);
        buildMovers();
        Label moversTitle = sectionTitle("The accounts that move most (select one for each metric's contribution)");
        contributions.setId("compare-contributions");
        contributions.setHgap(16);
        contributions.setVgap(2);
        movers.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> showContributions(
                now.intValue()));
        shownWithFigures = List.of(tables, chartRow, moversTitle, movers, contributions);
        VBox content = new VBox(10, bar, new TaskBar(vm.task(), vm::cancel, "compare"), verdict, tables, chartRow,
                moversTitle, movers, contributions);
        content.setPadding(new Insets(12));
        setContent(content);
        setFitToWidth(true);
        vm.shownProperty().subscribe(this::show);
        vm.liveAProperty().subscribe(this::showLive);
    }

    /** A drag in progress: A's figures and the differences follow it; the labels change in place. */
    private void showLive(org.healthscore.engine.Evaluation a) {
        CompareViewModel.Shown s = vm.shownProperty().get();
        if (a == null || s == null) {
            return;
        }
        List<CompareRows.Figure> rows = CompareRows.figures(a, s.comparison().b());
        for (int r = 0; r < rows.size() && r < figureCells.size(); r++) {
            figureCells.get(r)[0].setText(rows.get(r).a());
            figureCells.get(r)[2].setText(rows.get(r).change());
        }
    }

    public void setActive(boolean now) {
        vm.setActive(now);
    }

    private static Label sectionTitle(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("panel-title");
        return l;
    }

    private void show(CompareViewModel.Shown s) {
        shownWithFigures.forEach(n -> {
            n.setVisible(s != null);
            n.setManaged(s != null);
        });
        cellTitle.setText("Click a cell to list its accounts (highest ARR first).");
        cellAccounts.getItems().clear();
        if (s == null) {
            return;
        }
        figures.getChildren().clear();
        figures.getColumnConstraints().setAll(new ColumnConstraints(), new ColumnConstraints(90),
                new ColumnConstraints(90), new ColumnConstraints(90));
        List<String[]> rows = CompareRows.figures(s.comparison().a(), s.comparison().b()).stream()
                .map(f -> new String[] {f.name(), f.a(), f.b(), f.change()}).toList();
        figureCells = fill(figures, new String[] {"", "A", "B", "B − A"}, rows, "compare");
        matrix.show(s.comparison().migration(), "A", "B");
        charts.show(s.comparison().a(), s.comparison().b(), s.a().name(), s.b().name());
        movers.getItems().setAll(CompareRows.movers(s.comparison(), s.a(), s.b()));
        movers.getSelectionModel().select(0); // the largest move's contributions at once
    }

    /** Each metric's contribution to the selected moving account's score under A and under B. */
    private void showContributions(int row) {
        contributions.getChildren().clear();
        CompareViewModel.Shown s = vm.shownProperty().get();
        if (s == null || row < 0 || row >= s.comparison().movers().size()) {
            return;
        }
        var mover = s.comparison().movers().get(row);
        List<String[]> rows = CompareRows.contributions(mover, s.a(), s.b()).stream()
                .map(c -> new String[] {c.metric(), c.a(), c.b(), c.change()}).toList();
        fill(contributions, new String[] {mover.id() + ": points of the score from", "under A", "under B", "B − A"},
                rows, "contribution");
    }

    /**
     * A header, then a row per {name, A, B, B − A}; the numbers right-aligned, with ids prefix-a-r, -b-r, -change-r.
     * Returns each row's three number labels.
     */
    private static List<Label[]> fill(GridPane grid, String[] head, List<String[]> rows, String idPrefix) {
        grid.getChildren().clear();
        for (int c = 0; c < head.length; c++) {
            Label l = new Label(head[c]);
            l.getStyleClass().add("tile-caption");
            grid.add(l, c, 0);
        }
        String[] ids = {"-a-", "-b-", "-change-"};
        List<Label[]> cells = new java.util.ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            grid.add(new Label(rows.get(r)[0]), 0, r + 1);
            Label[] numbers = new Label[3];
            for (int c = 1; c < 4; c++) {
                numbers[c - 1] = number(rows.get(r)[c], idPrefix + ids[c - 1] + r);
                grid.add(numbers[c - 1], c, r + 1);
            }
            cells.add(numbers);
        }
        return cells;
    }

    private static Label number(String text, String id) {
        Label l = new Label(text);
        l.setId(id);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setAlignment(Pos.CENTER_RIGHT);
        return l;
    }

    private void showCell(int row, int column) {
        CompareViewModel.Shown s = vm.shownProperty().get();
        if (s == null) {
            return;
        }
        var m = s.comparison().migration();
        List<String> ids = vm.accountsIn(row, column);
        cellTitle.setText(String.format(java.util.Locale.ROOT, "%s under A → %s under B: %,d accounts (Enter or a "
                + "double-click opens one)", m.bandsA().get(row), m.bandsB().get(column), ids.size()));
        cellAccounts.getItems().setAll(ids);
        if (!ids.isEmpty()) {
            cellAccounts.getSelectionModel().select(0);
        }
    }

    private void open() {
        String id = cellAccounts.getSelectionModel().getSelectedItem();
        if (id != null) {
            vm.showAccount(id);
        }
    }

    private void column(String title, java.util.function.Function<CompareRows.Mover, String> value) {
        TableColumn<CompareRows.Mover, String> col = new TableColumn<>(title);
        col.setCellValueFactory(d -> new javafx.beans.property.ReadOnlyStringWrapper(value.apply(d.getValue())));
        movers.getColumns().add(col);
    }

    private void buildMovers() {
        movers.setId("compare-movers");
        movers.setPrefHeight(320);
        movers.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        column("Account", CompareRows.Mover::id);
        column("Score A", CompareRows.Mover::scoreA);
        column("Score B", CompareRows.Mover::scoreB);
        column("Change", CompareRows.Mover::change);
        column("Band", CompareRows.Mover::bands);
        column("Moved most by", CompareRows.Mover::driver);
        movers.setOnMouseClicked(e -> {
            var selected = movers.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && selected != null) {
                vm.showAccount(selected.id());
            }
        });
    }
}
