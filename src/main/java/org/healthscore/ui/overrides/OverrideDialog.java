package org.healthscore.ui.overrides;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.healthscore.data.CsmOverride;
import org.healthscore.model.Metric;

/**
 * Asks what a CSM overrides on one account — its band, or one metric's points — why (a note is required), who
 * says so, from when (the day the account is scored as of) and until when (90 days later by default). OK stays disabled until the answer is complete.
 */
public final class OverrideDialog {
    /** The answer. */
    public record Answer(CsmOverride.Change change, String note, String author, LocalDate from, LocalDate until) {
    }

    private OverrideDialog() {
    }

    /** The person signed in, as the default author of an override. */
    public static String defaultAuthor() {
        String user = System.getProperty("user.name", "");
        return user == null ? "" : user;
    }

    public static Optional<Answer> ask(Window owner, String accountId, String modelBand, List<String> bands,
                                       List<Metric> metrics, LocalDate scoredAsOf) {
        Dialog<Answer> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Override " + accountId);
        d.setHeaderText("Override the health of " + accountId + (modelBand.isEmpty() ? ""
                : " (the model says " + modelBand + " as of " + scoredAsOf + ")")
                + ".\nIt holds from the first date until the day before it expires.");
        ToggleGroup kind = new ToggleGroup();
        RadioButton byBand = new RadioButton("Band");
        byBand.setId("override-by-band");
        byBand.setToggleGroup(kind);
        RadioButton byPoints = new RadioButton("One metric's points");
        byPoints.setId("override-by-points");
        byPoints.setToggleGroup(kind);
        byBand.setSelected(true);
        ComboBox<String> band = new ComboBox<>();
        band.setId("override-band");
        band.getItems().setAll(bands);
        band.setValue(bands.stream().filter(b -> !b.equals(modelBand)).findFirst().orElse(bands.isEmpty() ? null
                : bands.get(0)));
        ComboBox<Metric> metric = new ComboBox<>();
        metric.setId("override-metric");
        metric.getItems().setAll(metrics);
        metric.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Metric m) {
                return m == null ? "" : m.label();
            }

            @Override
            public Metric fromString(String s) {
                return null;
            }
        });
        if (!metrics.isEmpty()) {
            metric.setValue(metrics.get(0));
        }
        Spinner<Double> points = new Spinner<>(0.0, 10.0, 5.0, 0.5);
        points.setId("override-points");
        points.setEditable(true);
        TextArea note = new TextArea();
        note.setId("override-note");
        note.setPromptText("Why (required): \u201cExec sponsor re-engaged in the QBR\u201d");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        TextField author = new TextField(defaultAuthor());
        author.setId("override-author");
        DatePicker from = new DatePicker(scoredAsOf);
        from.setId("override-from");
        DatePicker until = new DatePicker(scoredAsOf.plusDays(90));
        until.setId("override-until");
        // the labels keep their words; the dates read as everywhere else in the app (2026-04-05)
        byBand.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        byPoints.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        metric.setPrefWidth(260);
        javafx.util.StringConverter<LocalDate> iso = new javafx.util.converter.LocalDateStringConverter(
                java.time.format.DateTimeFormatter.ISO_LOCAL_DATE, java.time.format.DateTimeFormatter.ISO_LOCAL_DATE);
        from.setConverter(iso);
        until.setConverter(iso);
        band.disableProperty().bind(byPoints.selectedProperty());
        metric.disableProperty().bind(byBand.selectedProperty());
        points.disableProperty().bind(byBand.selectedProperty());
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        g.setPadding(new Insets(12));
        g.addRow(0, byBand, band);
        g.addRow(1, byPoints, metric, points);
        g.addRow(2, new Label("Note"), note);
        GridPane.setColumnSpan(note, 2);
        g.addRow(3, new Label("Author"), author);
        g.addRow(4, new Label("Holds from"), from);
        g.addRow(5, new Label("Expires on"), until);
        Label problem = new Label();
        problem.setId("override-problem");
        problem.getStyleClass().add("form-problem");
        g.add(problem, 0, 6, 3, 1);
        d.getDialogPane().setContent(g);
        d.setResizable(true);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        javafx.scene.Node ok = d.getDialogPane().lookupButton(ButtonType.OK);
        Runnable check = () -> {
            String why = note.getText() == null || note.getText().isBlank() ? "Write a note saying why."
                    : from.getValue() == null ? "Give the date it holds from."
                    : until.getValue() == null || !until.getValue().isAfter(from.getValue())
                    ? "The expiry date must be after " + from.getValue() + "."
                    : byBand.isSelected() && band.getValue() == null ? "Choose a band."
                    : byPoints.isSelected() && metric.getValue() == null ? "Choose a metric." : "";
            problem.setText(why);
            ok.setDisable(!why.isEmpty());
        };
        note.textProperty().addListener((o, a, b) -> check.run());
        until.valueProperty().addListener((o, a, b) -> check.run());
        from.valueProperty().addListener((o, a, b) -> {
            if (b != null && a != null && until.getValue() != null) {
                until.setValue(until.getValue().plusDays(b.toEpochDay() - a.toEpochDay())); // keeps its length
            }
            check.run();
        });
        kind.selectedToggleProperty().addListener((o, a, b) -> check.run());
        band.valueProperty().addListener((o, a, b) -> check.run());
        metric.valueProperty().addListener((o, a, b) -> check.run());
        check.run();
        d.setResultConverter(b -> b != ButtonType.OK ? null : new Answer(byBand.isSelected()
                ? new CsmOverride.BandChange(band.getValue())
                : new CsmOverride.PointsChange(metric.getValue().key(), points.getValue()),
                note.getText().strip(), author.getText().strip(), from.getValue(), until.getValue()));
        javafx.application.Platform.runLater(note::requestFocus);
        return d.showAndWait();
    }
}
