package org.healthscore.ui.overrides;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.healthscore.engine.overrides.CsmVerdict;

/**
 * The Backtest's "were the CSMs right?": a sentence per direction, and per model band the churn of the accounts
 * left alone, moved up and moved down. Hidden while the workspace has no override.
 */
public final class CsmVerdictPane extends VBox {
    private final Label title = new Label();
    private final Label headline = new Label();
    private final TableView<CsmVerdict.BandRow> table = new TableView<>();

    public CsmVerdictPane() {
        super(6);
        setId("csm-verdict");
        title.getStyleClass().add("panel-title");
        title.setId("csm-verdict-title");
        headline.setId("csm-verdict-headline");
        headline.setWrapText(true);
        headline.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        table.setId("csm-verdict-table");
        table.getColumns().add(column("Model band", r -> r.band().name(), 120));
        table.getColumns().add(column("Left alone", r -> CsmVerdictText.cell(r.untouched()), 170));
        table.getColumns().add(column("Moved up by a CSM", r -> CsmVerdictText.cell(r.movedUp()), 170));
        table.getColumns().add(column("Moved down by a CSM", r -> CsmVerdictText.cell(r.movedDown()), 170));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(26);
        table.setPlaceholder(new Label("No band."));
        getChildren().addAll(title, headline, table);
        show(null, 0);
    }

    /** @param v null: no override in the workspace (the pane is hidden) */
    public void show(CsmVerdict v, int leadDays) {
        setVisible(v != null);
        setManaged(v != null);
        if (v == null) {
            table.getItems().clear();
            return;
        }
        title.setText(CsmVerdictText.title(leadDays));
        headline.setText(CsmVerdictText.headline(v, leadDays) + " Each cell: churn rate of the accounts with an "
                + "outcome.");
        table.getItems().setAll(v.rows());
        table.setPrefHeight(46 + 26 * v.rows().size()); // the header and every band: never a scroll bar
        table.setMinHeight(table.getPrefHeight());
    }

    private static TableColumn<CsmVerdict.BandRow, String> column(String title,
                                                                  Function<CsmVerdict.BandRow, String> text,
                                                                  double width) {
        TableColumn<CsmVerdict.BandRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(text.apply(cd.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
