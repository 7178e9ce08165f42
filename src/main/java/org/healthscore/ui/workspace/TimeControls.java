package org.healthscore.ui.workspace;

import java.time.LocalDate;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.healthscore.ui.session.Session;
import org.healthscore.ui.session.WorkspaceOpening;

/**
 * When the figures are scored: a slider over the workspace's observation dates (applied on release) and, for
 * workspaces with outcome dates, the lead time — accounts with an outcome are scored that many days before it.
 */
public final class TimeControls extends VBox {
    private final Session vm;
    private final WorkspaceCommands workspaces;
    private final Slider day = new Slider(0, 1, 1);
    private final Label dayLabel = new Label();
    private final Spinner<Integer> lead = new Spinner<>(0, WorkspaceCommands.MAX_LEAD_DAYS,
            WorkspaceOpening.DEFAULT_LEAD_DAYS, 15);
    private final HBox leadRow;
    private boolean updating;

    public TimeControls(Session vm, WorkspaceCommands workspaces) {
        super(2);
        this.vm = vm;
        this.workspaces = workspaces;
        day.setId("as-of-slider");
        dayLabel.setId("as-of-label");
        lead.setId("lead-days");
        lead.setEditable(true);
        lead.setPrefWidth(90);
        Label leadLabel = new Label("Lead time (days)");
        leadLabel.setLabelFor(lead);
        Tooltip.install(leadLabel, new Tooltip("Accounts with a renewal or churn date are scored this many days "
                + "before it: would the score have warned us in time?"));
        leadRow = new HBox(8, leadLabel, lead);
        leadRow.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(dayLabel, day, leadRow);
        vm.workspace().workspaceProperty().addListener((o, a, w) -> sync());
        day.valueProperty().addListener((o, a, v) -> {
            dayLabel.setText("As of " + LocalDate.ofEpochDay(Math.round(v.doubleValue())));
            if (!updating && !day.isValueChanging()) {
                workspaces.setAsOf(LocalDate.ofEpochDay(Math.round(v.doubleValue())));
            }
        });
        day.valueChangingProperty().addListener((o, was, now) -> {
            if (was && !now && !updating) {
                workspaces.setAsOf(LocalDate.ofEpochDay(Math.round(day.getValue())));
            }
        });
        lead.valueProperty().addListener((o, a, days) -> {
            if (!updating && days != null) {
                workspaces.setLeadDays(days);
            }
        });
        lead.getValueFactory().setConverter(new TypedLead());
        sync();
    }

    /** Reads a typed lead time; text that is not whole days in range keeps the current lead, with a message. */
    private final class TypedLead extends StringConverter<Integer> {
        @Override
        public String toString(Integer days) {
            return days == null ? "" : days.toString();
        }

        @Override
        public Integer fromString(String text) {
            var days = workspaces.typedLeadDays(text);
            if (days.isPresent()) {
                return days.getAsInt();
            }
            lead.getEditor().setText(String.valueOf(lead.getValue()));
            return lead.getValue();
        }
    }

    private void sync() {
        var w = vm.workspace().workspaceProperty().get();
        int[] span = w == null ? null : w.observationSpan();
        boolean dated = span != null && span[1] > span[0];
        day.setVisible(dated);
        day.setManaged(dated);
        dayLabel.setVisible(dated);
        dayLabel.setManaged(dated);
        boolean withLead = w != null && w.hasOutcomeDates();
        leadRow.setVisible(withLead);
        leadRow.setManaged(withLead);
        setVisible(dated || withLead);
        setManaged(dated || withLead);
        updating = true;
        try {
            if (dated) {
                day.setMin(span[0]);
                day.setMax(span[1]);
                day.setValue(w.asOf().asOfDay());
                dayLabel.setText("As of " + w.asOfDate());
            }
            if (withLead) {
                lead.getValueFactory().setValue(w.asOf().leadDays());
            }
        } finally {
            updating = false;
        }
    }
}
