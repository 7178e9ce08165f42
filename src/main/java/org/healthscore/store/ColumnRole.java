package org.healthscore.store;

import java.util.Locale;
import java.util.Optional;

/** What a column means to the workbench. A file with an AS_OF column holds observations over time. */
public enum ColumnRole {
    ACCOUNT_ID("Account id"),
    AS_OF("As-of date"),
    SEGMENT("Segment"),
    OUTCOME("Outcome (churned or not)"),
    OUTCOME_DATE("Outcome date"),
    ARR("ARR"),
    /** A signal a metric can read. */
    METRIC("Metric"),
    /** Free text shown next to an account (CSM notes, NPS comments). */
    NOTE("Note"),
    /** Any other per-account value (name, industry, owner): kept, filterable. */
    ATTRIBUTE("Attribute"),
    IGNORE("Ignore");

    private final String label;

    ColumnRole(String label) {
        this.label = label;
    }

    /** The role in words, as the wizard shows it. */
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }

    /** Reads a role as the mapping file writes it: its name in any case ("account_id") or its words. */
    public static Optional<ColumnRole> named(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (ColumnRole r : values()) {
            if (r.name().toLowerCase(Locale.ROOT).equals(t) || r.label.toLowerCase(Locale.ROOT).equals(t)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
