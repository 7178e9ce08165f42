package org.healthscore.store;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The cell texts that mean "no value": what R ({@code NA}), spreadsheets ({@code #N/A}, {@code -}) and
 * databases ({@code NULL}) write for a missing cell. Matched after trimming, case-sensitively as written here;
 * an empty cell is always missing. Every reader of CSV files (import, score, evaluate, calibrate) uses them.
 */
public final class MissingTokens {
    /** The defaults; a file's set can be edited in the wizard, the mapping file ("missing") or with --missing. */
    public static final List<String> DEFAULTS = List.of("NA", "N/A", "n/a", "null", "NULL", "None", "#N/A", "-", "NaN");

    private MissingTokens() {
    }

    public static Set<String> defaults() {
        return Set.copyOf(DEFAULTS);
    }

    /** True when the trimmed cell is empty or one of {@code tokens}. */
    public static boolean isMissing(String cell, Set<String> tokens) {
        if (cell == null) {
            return true;
        }
        String t = cell.strip();
        return t.isEmpty() || tokens.contains(t);
    }

    /** Reads a comma-separated list as a user writes it ("NA, -, #N/A"); blank items are dropped. */
    public static Set<String> parse(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The set as the comma-separated list a user edits, in a stable order. */
    public static String format(Set<String> tokens) {
        return tokens.stream().sorted().collect(Collectors.joining(", "));
    }
}
