package org.healthscore.store;

import java.util.ArrayList;
import java.util.List;

/** Collects rejected rows: all are counted, the first {@link #KEPT} are kept for the report. */
final class RejectLog {
    static final int KEPT = 10_000;

    private final List<RejectedRow> kept = new ArrayList<>();
    private long count;

    void add(RejectedRow row) {
        count++;
        if (kept.size() < KEPT) {
            kept.add(row);
        }
    }

    /** A file with a header and no data rows is reported like a rejected row, so it is never silent. */
    void noteEmpty(String file) {
        add(new RejectedRow(file, 1, null, null, "the file has no data rows"));
    }

    long count() {
        return count;
    }

    List<RejectedRow> kept() {
        return List.copyOf(kept);
    }
}
