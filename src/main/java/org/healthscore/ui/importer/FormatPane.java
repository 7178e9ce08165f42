package org.healthscore.ui.importer;

import java.nio.charset.Charset;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.healthscore.store.CsvFormat;
import org.healthscore.store.FormatChoice;

/** How the selected file is written: every detected choice shown, and each can be overridden. */
final class FormatPane extends FlowPane {
    private static final Map<String, Character> DELIMITERS = Map.of("Comma ,", ',', "Semicolon ;", ';',
            "Tab", '\t', "Pipe |", '|');
    private final ComboBox<String> encoding = new ComboBox<>();
    private final ComboBox<String> delimiter = new ComboBox<>();
    private final ComboBox<String> quote = new ComboBox<>();
    private final CheckBox header = new CheckBox("First row is the header");
    private final CheckBox decimalComma = new CheckBox("Decimal comma (1.234,5)");
    private final ComboBox<String> dateFormat = new ComboBox<>();
    final TextField datasetName = new TextField();
    private final TextField missing = new TextField();
    private boolean showing;
    private String shownMissing = "";

    FormatPane(Consumer<FormatChoice> onChange, Consumer<String> onName) {
        setHgap(14);
        setVgap(8);
        setPadding(new Insets(0, 0, 8, 0));
        encoding.getItems().addAll("UTF-8", "UTF-16LE", "UTF-16BE", "windows-1252");
        delimiter.getItems().addAll("Comma ,", "Semicolon ;", "Tab", "Pipe |");
        quote.getItems().addAll("Double quote \"", "Single quote '");
        dateFormat.getItems().addAll("yyyy-MM-dd", "M/d/yyyy", "d/M/yyyy", "d.M.yyyy", "yyyy/MM/dd", "dd-MM-yyyy");
        dateFormat.setEditable(true);
        encoding.setId("format-encoding");
        delimiter.setId("format-delimiter");
        header.setId("format-header");
        decimalComma.setId("format-decimal-comma");
        dateFormat.setId("format-date");
        datasetName.setId("dataset-name");
        missing.setId("format-missing");
        missing.setPrefColumnCount(30);
        missing.setTooltip(new javafx.scene.control.Tooltip("Cell texts that mean \"no value\", comma-separated. "
                + "An empty cell always does."));
        getChildren().addAll(field("Dataset", datasetName), field("Encoding", encoding), field("Delimiter", delimiter),
                field("Quote", quote), field("Dates", dateFormat), field("Missing values", missing),
                new VBox(6, header, decimalComma));
        Runnable changed = () -> {
            if (!showing) {
                onChange.accept(choice());
            }
        };
        encoding.valueProperty().addListener((o, a, b) -> changed.run());
        delimiter.valueProperty().addListener((o, a, b) -> changed.run());
        quote.valueProperty().addListener((o, a, b) -> changed.run());
        dateFormat.valueProperty().addListener((o, a, b) -> changed.run());
        header.selectedProperty().addListener((o, a, b) -> changed.run());
        decimalComma.selectedProperty().addListener((o, a, b) -> changed.run());
        datasetName.focusedProperty().addListener((o, was, is) -> {
            if (!is && !showing) {
                onName.accept(datasetName.getText());
            }
        });
        datasetName.setOnAction(e -> onName.accept(datasetName.getText()));
        missing.setOnAction(e -> changed.run());
        missing.focusedProperty().addListener((o, was, is) -> {
            if (!is && !showing && !missing.getText().equals(shownMissing)) {
                changed.run();
            }
        });
    }

    /** Shows a file's format without treating it as the user's change. */
    void show(ImportFile f) {
        showing = true;
        try {
            setDisable(f == null);
            if (f == null) {
                return;
            }
            CsvFormat fmt = f.spec().format();
            encoding.setValue(fmt.charset().name());
            delimiter.setValue(DELIMITERS.entrySet().stream().filter(e -> e.getValue() == fmt.delimiter())
                    .map(Map.Entry::getKey).findFirst().orElse("Comma ,"));
            quote.setValue(fmt.quote() == '\'' ? "Single quote '" : "Double quote \"");
            header.setSelected(fmt.header());
            decimalComma.setSelected(fmt.decimalComma());
            dateFormat.setValue(fmt.datePattern());
            shownMissing = ImportChoices.missingText(fmt.missing());
            missing.setText(shownMissing);
            datasetName.setText(f.spec().datasetName());
        } finally {
            showing = false;
        }
    }

    private FormatChoice choice() {
        return new FormatChoice(Charset.forName(encoding.getValue()), DELIMITERS.get(delimiter.getValue()),
                quote.getValue() != null && quote.getValue().startsWith("Single") ? '\'' : '"',
                header.isSelected(), decimalComma.isSelected(), dateFormat.getValue(),
                ImportChoices.parseMissing(missing.getText()));
    }

    private static VBox field(String label, javafx.scene.Node control) {
        Label l = new Label(label);
        l.getStyleClass().add("field-label");
        return new VBox(3, l, control);
    }
}
