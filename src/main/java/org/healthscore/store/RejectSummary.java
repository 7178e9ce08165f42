package org.healthscore.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rejected rows counted by reason (a line number or a count in the reason does not make it another reason),
 * so that a person sees "6,971 × duplicate account id" rather than a wall of rows.
 */
public final class RejectSummary {
    private RejectSummary() {
    }

    /** One entry per reason, most frequent first: the reason and how many of the kept rows have it. */
    public static List<Map.Entry<String, Long>> counts(List<RejectedRow> rows) {
        Map<String, Long> byReason = new LinkedHashMap<>();
        for (RejectedRow r : rows) {
            byReason.merge(reasonKind(r.reason()), 1L, Long::sum);
        }
        List<Map.Entry<String, Long>> out = new ArrayList<>(byReason.entrySet());
        out.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        return out;
    }

    /** Lines such as "6,971 rows: duplicate account id"; counts are of the kept rows when more were rejected. */
    public static List<String> of(ImportResult r) {
        List<String> lines = new ArrayList<>();
        for (var e : counts(r.rejects())) {
            lines.add(String.format(java.util.Locale.ROOT, "%,d %s: %s", e.getValue(), e.getValue() == 1 ? "row" : "rows",
                    e.getKey()));
        }
        if (r.rejectedCount() > r.rejects().size()) {
            lines.add(String.format(java.util.Locale.ROOT, "(counted over the first %,d of %,d rejected rows)",
                    r.rejects().size(), r.rejectedCount()));
        }
        return lines;
    }

    /** The reason without its particulars: "(first on line 12)", "opened on line 4 (field 2)" and counts go. */
    static String reasonKind(String reason) {
        return reason.replaceAll(" \\(first on line \\d+\\)", "")
                .replaceAll("opened on line \\d+ \\(field \\d+\\)", "opened on a line")
                .replaceAll("has \\d+ fields, the header has \\d+", "has a different number of fields than the header")
                .replaceAll("over \\d+ lines", "over many lines")
                .replaceAll("field \\d+ spans \\d+ lines", "a field spans several lines");
    }
}
