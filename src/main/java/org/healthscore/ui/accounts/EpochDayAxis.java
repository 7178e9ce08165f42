package org.healthscore.ui.accounts;

import java.time.LocalDate;
import javafx.scene.chart.NumberAxis;
import javafx.util.StringConverter;

/** Number axes of epoch days, labelled by month ("2026-08"), not forced to include day 0. */
final class EpochDayAxis {
    private EpochDayAxis() {
    }

    static NumberAxis create() {
        NumberAxis axis = new NumberAxis();
        axis.setForceZeroInRange(false);
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number day) {
                return LocalDate.ofEpochDay(day.longValue()).toString().substring(0, 7);
            }

            @Override
            public Number fromString(String text) {
                return LocalDate.parse(text + "-01").toEpochDay();
            }
        });
        return axis;
    }
}
