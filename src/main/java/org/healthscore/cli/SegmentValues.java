package org.healthscore.cli;

import org.healthscore.data.Dataset;
import org.healthscore.engine.drift.DriftCheck;

/** --segment: a value of the workspace's segment column, refused with the values there are when none has it. */
final class SegmentValues {
    private SegmentValues() {
    }

    static void require(Dataset d, String segment) {
        if (segment != null && !DriftCheck.segments(d).contains(segment)) {
            throw new IllegalArgumentException("--segment " + segment + ": no account has it; the segments are "
                    + (DriftCheck.segments(d).isEmpty() ? "none (the workspace has no segment column)"
                    : String.join(", ", DriftCheck.segments(d))));
        }
    }
}
