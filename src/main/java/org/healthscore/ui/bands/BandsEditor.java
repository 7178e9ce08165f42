package org.healthscore.ui.bands;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.healthscore.model.Band;
import org.healthscore.model.Bands;
import org.healthscore.ui.common.Errors;
import org.healthscore.ui.session.Session;

/**
 * Model → Bands…: each band's name, color, playbook and lower edge; drag an edge and every chart follows.
 * Edits the bands of the current view (all accounts, or the chosen segment).
 */
public final class BandsEditor extends VBox {
    private final Session vm;
    private final BandCommands bandCommands;
    private final GridPane grid = new GridPane();
    private final Label scope = new Label();
    private boolean updating;

    public BandsEditor(Session vm, BandCommands bandCommands) {
        this.bandCommands = bandCommands;
        this.vm = vm;
        setSpacing(10);
        setPadding(new Insets(12));
        grid.setHgap(8);
        grid.setVgap(8);
        Button add = new Button("Add band");
        add.setOnAction(e -> {
            List<Band> bands = new ArrayList<>(current());
            double lowest = bands.get(bands.size() - 1).lowerBound();
            bands.add(new Band("Band " + (bands.size() + 1), Math.max(0, lowest / 2), "#8c959f", ""));
            bandCommands.editBands(bands, false);
        });
        Button suggest = new Button("Suggest band edges");
        suggest.setId("suggest-bands");
        suggest.setTooltip(new javafx.scene.control.Tooltip("Edges at whole scores that make each band's churn rate as "
                + "distinct as the data allows, learned on each fold's training part and judged on the held-out part; "
                + "applied as one undo step."));
        Label suggestion = new Label();
        suggestion.setId("band-suggestion");
        suggestion.setWrapText(true);
        suggest.setOnAction(e -> {
            suggestion.setText("Placing band edges from churn (5 folds)…");
            bandCommands.suggestBandEdges().whenComplete((s, error) -> javafx.application.Platform.runLater(() ->
                    suggestion.setText(error != null ? "Cannot suggest band edges: "
                            + Errors.cause(error).getMessage() : BandMessages.describe(s))));
        });
        getChildren().addAll(scope, grid, new javafx.scene.layout.HBox(8, add, suggest), suggestion);
        vm.design().modelProperty().addListener((o, a, m) -> rebuild());
        vm.design().segmentViewProperty().addListener((o, a, v) -> rebuild());
        rebuild();
    }

    public static void show(Stage owner, Session vm, BandCommands bandCommands) {
        Stage s = new Stage();
        s.initOwner(owner);
        s.setTitle("Bands");
        javafx.scene.Scene scene = new javafx.scene.Scene(new BandsEditor(vm, bandCommands), 980, 480);
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        // undo and redo work here as in the main window: a suggestion or an edge moved here is undone here
        scene.getAccelerators().put(javafx.scene.input.KeyCombination.keyCombination("Shortcut+Z"), vm.design()::undo);
        scene.getAccelerators().put(javafx.scene.input.KeyCombination.keyCombination("Shortcut+Shift+Z"), vm.design()::redo);
        s.setScene(scene);
        s.show();
    }

    private List<Band> current() {
        return bandCommands.viewBands();
    }

    private void rebuild() {
        if (updating || vm.design().modelProperty().get() == null) {
            return;
        }
        String view = vm.design().segmentViewProperty().get();
        scope.setText(view == null ? "Bands for all accounts (best first)" : "Bands for segment " + view);
        grid.getChildren().clear();
        grid.addRow(0, new Label("Name"), new Label("Color"), new Label("From score"), new Label(""),
                new Label("Playbook"), new Label(""));
        List<Band> bands = current();
        for (int i = 0; i < bands.size(); i++) {
            Band b = bands.get(i);
            int index = i;
            TextField name = new TextField(b.name());
            name.setPrefColumnCount(8);
            ColorPicker color = new ColorPicker(Color.web(b.color()));
            color.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Slider edge = new Slider(0, 100, b.lowerBound());
            edge.setId("band-edge-" + i);
            edge.setPrefWidth(200);
            Label value = new Label(String.format(Locale.ROOT, "%.0f", b.lowerBound()));
            value.setMinWidth(32);
            edge.setDisable(i == bands.size() - 1 && b.lowerBound() == 0);
            TextField playbook = new TextField(b.playbook());
            playbook.setPrefColumnCount(22);
            Button remove = new Button("Remove");
            remove.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            remove.setDisable(bands.size() <= 1);
            Runnable apply = () -> apply(index, new Band(name.getText().isBlank() ? b.name() : name.getText().strip(),
                    Math.round(edge.getValue()), hex(color.getValue()), playbook.getText()), edge.isValueChanging());
            name.setOnAction(e -> apply.run());
            playbook.setOnAction(e -> apply.run());
            color.setOnAction(e -> apply.run());
            edge.valueProperty().addListener((o, a, v) -> {
                value.setText(String.format(Locale.ROOT, "%.0f", Math.round(v.doubleValue()) * 1.0));
                apply.run();
            });
            edge.valueChangingProperty().addListener((o, was, now) -> {
                if (was && !now) {
                    apply.run();
                }
            });
            remove.setOnAction(e -> {
                List<Band> rest = new ArrayList<>(current());
                rest.remove(index);
                bandCommands.editBands(rest, false);
            });
            grid.addRow(i + 1, name, color, edge, value, playbook, remove);
        }
    }

    private void apply(int index, Band changed, boolean stillDragging) {
        List<Band> bands = new ArrayList<>(current());
        if (index >= bands.size() || bands.get(index).equals(changed)) {
            return;
        }
        bands.set(index, changed);
        bands = new ArrayList<>(Bands.withEdge(bands, index, changed.lowerBound()));
        updating = stillDragging; // keep the slider being dragged; rebuild once it is released
        try {
            bandCommands.editBands(bands, stillDragging);
        } finally {
            updating = false;
        }
    }

    private static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
