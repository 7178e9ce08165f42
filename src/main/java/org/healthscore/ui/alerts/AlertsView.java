package org.healthscore.ui.alerts;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.healthscore.engine.Alerts;
import org.healthscore.engine.Divergence;
import org.healthscore.ui.common.TaskBar;

/**
 * Accounts whose score fell by at least the rule's drop within its window, as of the workspace date — also
 * those still in Green — each with the metric that moved most ("usage −12 points since 2026-08-01"). The rule
 * (drop and window) is edited here and saved with the model.
 */
public final class AlertsView extends BorderPane {
    private final AlertsViewModel vm;
    private final TableView<Alerts.Alert> table = new TableView<>();
    private final TableView<Divergence.Row> divergence = new TableView<>();
    private final TextField drop = new TextField();
    private final TextField days = new TextField();
    private final Label count = new Label();

    public AlertsView(AlertsViewModel vm) {
        this.vm = vm;
        table.setId("alerts-table");
        table.setPlaceholder(new Label("No account dropped that much."));
        // Enter or a double-click opens the account in the Accounts tab
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && table.getSelectionModel().getSelectedItem() != null) {
                vm.open(table.getSelectionModel().getSelectedItem().accountId());
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                vm.open(table.getSelectionModel().getSelectedItem().accountId());
            }
        });
        drop.setId("alert-drop");
        days.setId("alert-days");
        drop.setPrefColumnCount(4);
        days.setPrefColumnCount(4);
        count.setId("alert-count");
        drop.setOnAction(e -> vm.applyRule(drop.getText(), days.getText()));
        days.setOnAction(e -> vm.applyRule(drop.getText(), days.getText()));
        count.textProperty().bind(vm.countProperty());
        HBox bar = new HBox(8, new Label("Alert when a score drops by at least"), drop, new Label("points within"), days,
                new Label("days"), count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        setTop(new javafx.scene.layout.VBox(bar, new TaskBar(vm.task(), vm::cancel, "alerts")));
        divergence.setId("divergence-table");
        divergence.setPlaceholder(new Label("No metric reads the CSM pulse, or the CSM and the data agree."));
        divergence.getColumns().add(divColumn("Account", Divergence.Row::accountId, 110));
        divergence.getColumns().add(divColumn("CSM pulse (0–100)", r -> String.format(Locale.ROOT, "%.0f", r.pulse()), 140));
        divergence.getColumns().add(divColumn("Data score", r -> String.format(Locale.ROOT, "%.1f", r.dataScore()), 100));
        divergence.getColumns().add(divColumn("Disagreement", r -> String.format(Locale.ROOT, "%+.0f: %s", r.gap(),
                r.gap() > 0 ? "the CSM is more optimistic than the data" : "the CSM is more worried than the data"), 380));
        Label divTitle = new Label("CSM and data disagree by 30 points or more (follow up)");
        divTitle.getStyleClass().add("field-label");
        javafx.scene.layout.VBox center = new javafx.scene.layout.VBox(6, table, divTitle, divergence);
        javafx.scene.layout.VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.layout.VBox.setVgrow(divergence, javafx.scene.layout.Priority.ALWAYS);
        setCenter(center);
        // the columns share the table's width (their widths below are proportions): no text cut beside empty space
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        divergence.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(column("Account", Alerts.Alert::accountId, 110));
        table.getColumns().add(column("Score then → now", a -> String.format(Locale.ROOT, "%.1f → %.1f",
                a.scoreBefore(), a.scoreNow()), 140));
        table.getColumns().add(column("Drop", a -> String.format(Locale.ROOT, "%.1f", a.drop()), 70));
        table.getColumns().add(column("Band now", Alerts.Alert::bandNow, 90));
        table.getColumns().add(column("Moved most", a -> String.format(Locale.ROOT, "%s %+.1f points since %s",
                a.metricLabel(), a.metricChange(), LocalDate.ofEpochDay(a.sinceDay())), 420));
        vm.shownProperty().subscribe(this::show);
    }

    public void setActive(boolean now) {
        vm.setActive(now);
    }

    private void show(AlertsViewModel.Shown shown) {
        if (shown == null) {
            return;
        }
        drop.setText(String.format(Locale.ROOT, "%.0f", shown.rule().dropPoints()));
        days.setText(Integer.toString(shown.rule().withinDays()));
        Label placeholder = new Label(shown.needs() != null ? shown.needs() : "No account dropped that much.");
        placeholder.setWrapText(true);
        table.setPlaceholder(placeholder);
        table.getItems().setAll(shown.alerts());
        divergence.getItems().setAll(shown.divergence());
    }

    private static TableColumn<Divergence.Row, String> divColumn(String title, Function<Divergence.Row, String> f,
                                                                  double w) {
        TableColumn<Divergence.Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(f.apply(cd.getValue())));
        c.setPrefWidth(w);
        return c;
    }

    private static TableColumn<Alerts.Alert, String> column(String title, Function<Alerts.Alert, String> f, double w) {
        TableColumn<Alerts.Alert, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(f.apply(cd.getValue())));
        c.setPrefWidth(w);
        return c;
    }
}
