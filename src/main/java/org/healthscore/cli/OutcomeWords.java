package org.healthscore.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.healthscore.data.Outcome;
import org.healthscore.store.OutcomeMeaning;
import org.healthscore.store.Printable;

/**
 * Reads outcome cells for a headless command: the values the user named (--churned-values, --retained-values),
 * then the usual words; a value with neither is counted, and the command is refused with the counts and
 * examples rather than taking it as "retained".
 */
final class OutcomeWords {
    private final String column;
    private final Set<String> churned;
    private final Set<String> retained;
    private final Map<String, Long> unknown = new LinkedHashMap<>();

    OutcomeWords(String column, List<String> churned, List<String> retained) {
        this.column = column;
        this.churned = churned.stream().map(String::strip).collect(Collectors.toSet());
        this.retained = retained.stream().map(String::strip).collect(Collectors.toSet());
    }

    byte read(String cell) {
        String v = cell == null ? "" : cell.strip();
        if (v.isEmpty()) {
            return Outcome.UNKNOWN;
        }
        if (churned.contains(v)) {
            return Outcome.CHURNED;
        }
        if (retained.contains(v)) {
            return Outcome.RETAINED;
        }
        var meaning = OutcomeMeaning.usual(v);
        if (meaning.isEmpty()) {
            unknown.merge(v, 1L, Long::sum);
            return Outcome.UNKNOWN;
        }
        return switch (meaning.get()) {
            case CHURNED -> Outcome.CHURNED;
            case RETAINED -> Outcome.RETAINED;
            case UNKNOWN -> Outcome.UNKNOWN;
        };
    }

    /** Refuses when any value had no meaning: which, how often, and how to map them. */
    void refuseUnknown() {
        if (unknown.isEmpty()) {
            return;
        }
        long rows = unknown.values().stream().mapToLong(Long::longValue).sum();
        throw new IllegalArgumentException(String.format(Locale.ROOT, "%s has %,d rows with values that mean neither "
                        + "churned nor retained: %s; map them with --churned-values or --retained-values", column, rows,
                unknown.entrySet().stream().limit(5).map(e -> "'" + Printable.of(e.getKey()) + "' (" + e.getValue()
                        + ")").collect(Collectors.joining(", ")) + (unknown.size() > 5 ? " and " + (unknown.size() - 5)
                        + " more" : "")));
    }
}
