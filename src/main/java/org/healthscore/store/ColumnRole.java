package org.healthscore.store;

/** What a column means to the workbench. A file with an AS_OF column holds observations over time. */
public enum ColumnRole {
    ACCOUNT_ID,
    AS_OF,
    SEGMENT,
    OUTCOME,
    OUTCOME_DATE,
    ARR,
    /** A signal a metric can read. */
    METRIC,
    /** Free text shown next to an account (CSM notes, NPS comments). */
    NOTE,
    /** Any other per-account value (name, industry, owner): kept, filterable. */
    ATTRIBUTE,
    IGNORE
}
