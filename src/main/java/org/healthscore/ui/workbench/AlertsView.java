package org.healthscore.ui.workbench;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.application.Platform;
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
import org.healthscore.engine.Cancel;
import org.healthscore.engine.Divergence;
import org.healthscore.model.AlertRule;
import org.healthscore.model.HealthModel;

/**
 * Accounts whose score fell by at least the rule's drop within its window, as of the workspace date — also
 * those still in Green — each with the metric that moved most ("usage −12 points since 2026-08-01"). The rule
 * (drop and window) is edited here and saved with the model.
 */
public final class AlertsView extends BorderPane {
    private final WorkbenchViewModel vm;
    private final TableView<Alerts.Alert> table = new TableView<>();
    private final TableView<Divergence.Row> divergence = new TableView<>();
    private final TextField drop = new TextField();
    private final TextField days = new TextField();
    private final Label count = new Label();
    private final TabFollow follow;

    public AlertsView(WorkbenchViewModel vm) {
        this.vm = vm;
        table.setId("alerts-table");
        table.setPlaceholder(new Label("No account dropped that much."));
        // Enter or a double-click opens the account in the Accounts tab
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && table.getSelectionModel().getSelectedItem() != null) {
                open(table.getSelectionModel().getSelectedItem().accountId());
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                open(table.getSelectionModel().getSelectedItem().accountId());
            }
        });
        drop.setId("alert-drop");
        days.setId("alert-days");
        drop.setPrefColumnCount(4);
        days.setPrefColumnCount(4);
        count.setId("alert-count");
        drop.setOnAction(e -> applyRule());
        days.setOnAction(e -> applyRule());
        HBox bar = new HBox(8, new Label("Alert when a score drops by at least"), drop, new Label("points within"), days,
                new Label("days"), count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        setTop(bar);
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
        follow = new TabFollow(vm, this::refresh);
    }

    public void setActive(boolean now) {
        follow.setActive(now);
    }

    private AlertRule rule(HealthModel m) {
        return m.alerts().isEmpty() ? new AlertRule("Sharp drop", 15, 60) : m.alerts().get(0);
    }

    private void applyRule() {
        HealthModel m = vm.modelProperty().get();
        try {
            AlertRule r = new AlertRule(rule(m).name(), Double.parseDouble(drop.getText().trim()),
                    Integer.parseInt(days.getText().trim()));
            if (r.dropPoints() <= 0 || r.withinDays() < 1) {
                vm.notify("The drop must be above 0 and the window at least 1 day.");
                return;
            }
            List<AlertRule> rules = new java.util.ArrayList<>(m.alerts());
            if (rules.isEmpty()) {
                rules.add(r);
            } else {
                rules.set(0, r);
            }
            vm.setModel(new HealthModel(m.name(), m.description(), m.metrics(), m.bands(), m.segments(), rules));
        } catch (NumberFormatException e) {
            vm.notify("Type numbers for the drop and the window.");
        }
    }

    private void open(String accountId) {
        vm.accountToShowProperty().set(null); // the same account twice still opens it
        vm.accountToShowProperty().set(accountId);
    }

    private void refresh() {
        TabFollow.Key key = follow.pending();
        if (key == null) {
            return;
        }
        HealthModel model = key.model();
        LoadedWorkspace w = key.workspace();
        AlertRule r = rule(model);
        drop.setText(String.format(Locale.ROOT, "%.0f", r.dropPoints()));
        days.setText(Integer.toString(r.withinDays()));
        int asOf = w.asOf().asOfDay();
        String needs = w.coverage().alertsNeeds();
        table.setPlaceholder(new Label(needs != null ? needs : "No account dropped that much."));
        ((Label) table.getPlaceholder()).setWrapText(true);
        if (needs != null) {
            follow.computed(key);
            table.getItems().clear();
            divergence.getItems().clear();
            count.setText("");
            return;
        }
        String pulseKey = model.metrics().stream().filter(m -> m.source().columns().stream()
                .anyMatch(c -> c.toLowerCase(Locale.ROOT).contains("pulse"))).map(m -> m.key()).findFirst().orElse(null);
        vm.onWorkspace(x -> pulseKey == null ? List.<Divergence.Row>of()
                : Divergence.find(w.engineFor(model).frame(), model, pulseKey, 30, Cancel.NEVER))
                .thenAccept(rows -> Platform.runLater(() -> divergence.getItems().setAll(rows)));
        vm.onWorkspace(x -> Alerts.detect(w.dataset(), model, r, asOf, Cancel.NEVER))
                .whenComplete((alerts, error) -> Platform.runLater(() -> {
                    if (error != null) {
                        count.setText("Alerts failed: " + ModelFileCommands.cause(error).getMessage());
                        return;
                    }
                    follow.computed(key);
                    table.getItems().setAll(alerts);
                    long green = alerts.stream().filter(a -> a.bandNow().equals(model.bands().stream()
                            .max(java.util.Comparator.comparingDouble(b -> b.lowerBound())).orElseThrow().name())).count();
                    count.setText(String.format(Locale.ROOT, "  %s as of %s, %,d of them still in the top band",
                            Formats.accounts(alerts.size()), LocalDate.ofEpochDay(asOf), green));
                }));
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
