package org.healthscore.cli;

import java.util.Locale;
import org.healthscore.engine.calibration.SegmentCalibration;
import org.healthscore.store.Printable;

/** `calibrate --segment-column`'s report: per segment and metric, the model's points against its own there. */
final class SegmentLines {
    private SegmentLines() {
    }

    static void print(SegmentCalibration fit, String column) {
        System.out.println("Points fitted on each " + Printable.of(column) + "'s own accounts (AUC on them: the "
                + "model's points, then its own cross-validated):");
        String last = null;
        for (SegmentCalibration.Line l : fit.lines()) {
            if (!l.segment().equals(last)) {
                System.out.printf(Locale.ROOT, "  %s (%,d accounts with an outcome)%s%n", Printable.of(l.segment()),
                        l.accounts(), l.metric() == null ? ": " + l.note() : "");
                last = l.segment();
            }
            if (l.metric() != null) {
                System.out.printf(Locale.ROOT, "    %-30s %.3f → %s  %s%n", l.metric(), l.modelAuc(),
                        Double.isNaN(l.ownCvAuc()) ? "  —  " : String.format(Locale.ROOT, "%.3f", l.ownCvAuc()),
                        l.kept() ? "its own points" : l.note());
            }
        }
    }
}
