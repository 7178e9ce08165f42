package org.healthscore.data;

import java.util.Locale;
import java.util.Set;

/** Outcome codes in {@link AccountTable#outcome()}: churned, retained (renewed or expanded), or not known yet. */
public final class Outcome {
    public static final byte UNKNOWN = -1;
    public static final byte RETAINED = 0;
    public static final byte CHURNED = 1;

    private static final Set<String> CHURN_WORDS = Set.of("churned", "churn", "lost", "cancelled", "canceled",
            "yes", "y", "true", "1");
    private static final Set<String> OPEN_WORDS = Set.of("", "open", "pending", "unknown", "n/a", "na");

    private Outcome() {
    }

    /** Reads an outcome cell as CRMs write it: "churned"/"yes"/"1" churned; "open"/empty unknown; else retained. */
    public static byte parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (OPEN_WORDS.contains(t)) {
            return UNKNOWN;
        }
        return CHURN_WORDS.contains(t) ? CHURNED : RETAINED;
    }
}
