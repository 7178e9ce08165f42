package org.healthscore.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.ChoiceBox;

/** "All accounts" or one segment value, kept in a property (null: all) and following the workspace's segments. */
public final class SegmentChoice {
    public static final String ALL = "All accounts";

    private SegmentChoice() {
    }

    public static ChoiceBox<String> of(String id, ObservableList<String> values, ObjectProperty<String> chosen) {
        ChoiceBox<String> box = new ChoiceBox<>();
        box.setId(id);
        Runnable fill = () -> {
            List<String> items = new ArrayList<>();
            items.add(ALL);
            items.addAll(values);
            box.getItems().setAll(items);
            box.setValue(chosen.get() == null || !values.contains(chosen.get()) ? ALL : chosen.get());
        };
        fill.run();
        values.addListener((javafx.collections.ListChangeListener<String>) c -> fill.run());
        box.valueProperty().addListener((o, was, now) -> chosen.set(now == null || ALL.equals(now) ? null : now));
        return box;
    }
}
