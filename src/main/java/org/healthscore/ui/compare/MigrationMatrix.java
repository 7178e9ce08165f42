package org.healthscore.ui.compare;

import java.util.Locale;
import java.util.function.BiConsumer;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.healthscore.engine.compare.BandMigration;
import org.healthscore.ui.common.Formats;

/**
 * Where the accounts go: a cell per band under A (rows) and band under B (columns) with its accounts and ARR,
 * shaded by its share of the accounts; the diagonal (no move) grey. A click on a cell lists its accounts.
 */
final class MigrationMatrix extends GridPane {
    private final BiConsumer<Integer, Integer> onCell;

    /** @param onCell told the row (band under A) and column (band under B) of a clicked cell */
    MigrationMatrix(BiConsumer<Integer, Integer> onCell) {
        this.onCell = onCell;
        setId("compare-matrix");
        setHgap(4);
        setVgap(4);
    }

    void show(BandMigration m, String nameA, String nameB) {
        getChildren().clear();
        Label corner = new Label(nameA + " ↓  " + nameB + " →");
        corner.getStyleClass().add("tile-caption");
        corner.setWrapText(true);
        corner.setMaxWidth(160);
        add(corner, 0, 0);
        for (int j = 0; j < m.bandsB().size(); j++) {
            Label head = new Label(m.bandsB().get(j));
            head.getStyleClass().add("panel-title");
            GridPane.setHalignment(head, HPos.CENTER);
            add(head, j + 1, 0);
        }
        long total = Math.max(1, m.total());
        for (int i = 0; i < m.bandsA().size(); i++) {
            Label head = new Label(m.bandsA().get(i));
            head.getStyleClass().add("panel-title");
            add(head, 0, i + 1);
            for (int j = 0; j < m.bandsB().size(); j++) {
                long n = m.accounts()[i][j];
                Button cell = new Button(Formats.count(n) + "\n" + Formats.money(m.arr()[i][j]));
                cell.setId("matrix-" + i + "-" + j);
                cell.setAlignment(Pos.CENTER);
                cell.setMinSize(96, 52);
                cell.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
                double share = (double) n / total;
                // shade by share: a big move stands out; the diagonal (no move) in grey
                String color = i == j ? String.format(Locale.ROOT, "rgba(140,149,159,%.2f)", 0.15 + 0.6 * share)
                        : String.format(Locale.ROOT, "rgba(9,105,218,%.2f)", n == 0 ? 0.03 : 0.12 + 0.8 * Math.sqrt(share));
                cell.setStyle("-fx-background-color: " + color + "; -fx-text-alignment: center;"
                        + (share > 0.3 && i != j ? " -fx-text-fill: white;" : ""));
                int row = i;
                int col = j;
                cell.setOnAction(e -> onCell.accept(row, col));
                cell.setDisable(n == 0);
                add(cell, j + 1, i + 1);
            }
        }
    }
}
