package org.healthscore.ui.metric;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.healthscore.model.Normalization;

/**
 * Points per category for a categorical metric (e.g. Promoter 10, Passive 5, Detractor 0): one field per value
 * the data has, plus any the model names; Enter applies. An empty field leaves the category out (missing).
 */
final class CategoryPointsEditor extends VBox {
    private final GridPane grid = new GridPane();
    private final Map<String, TextField> fields = new LinkedHashMap<>();
    private final Consumer<Normalization.Categorical> onChange;
    private final Consumer<String> onError;

    CategoryPointsEditor(Consumer<Normalization.Categorical> onChange, Consumer<String> onError) {
        super(4);
        this.onChange = onChange;
        this.onError = onError;
        grid.setHgap(8);
        grid.setVgap(4);
        setId("category-points");
        Label hint = new Label("Points (0–10) per value; empty = missing");
        hint.getStyleClass().add("tile-detail");
        getChildren().addAll(hint, grid);
    }

    /** The model's mapping, with a row for every category in the data too. */
    void show(Normalization.Categorical mapping, List<String> dataCategories) {
        Set<String> categories = new LinkedHashSet<>(dataCategories);
        categories.addAll(new java.util.TreeSet<>(mapping.categoryPoints().keySet()));
        grid.getChildren().clear();
        fields.clear();
        int row = 0;
        for (String category : categories) {
            TextField points = new TextField();
            points.setId("category-points-" + category.replaceAll("[^A-Za-z0-9_-]", "-"));
            points.setPrefColumnCount(4);
            double p = mapping.pointsFor(category);
            points.setText(Double.isNaN(p) ? "" : String.format(Locale.ROOT, "%.3g", p));
            points.setOnAction(e -> apply());
            Label name = new Label(category);
            name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            grid.addRow(row++, name, points);
            fields.put(category, points);
        }
    }

    private void apply() {
        Map<String, Double> points = new LinkedHashMap<>();
        for (var e : fields.entrySet()) {
            String text = e.getValue().getText().trim();
            if (text.isEmpty()) {
                continue;
            }
            try {
                double p = Double.parseDouble(text);
                if (!(p >= 0 && p <= 10)) {
                    throw new NumberFormatException();
                }
                points.put(e.getKey(), p);
            } catch (NumberFormatException ex) {
                onError.accept("Points for \u201c" + e.getKey() + "\u201d must be a number from 0 to 10, not \u201c"
                        + text + "\u201d.");
                return;
            }
        }
        if (points.isEmpty()) {
            onError.accept("Give at least one category points; with none, every account would be missing.");
            return;
        }
        onChange.accept(new Normalization.Categorical(points));
    }
}
