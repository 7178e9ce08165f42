package org.healthscore.store;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a value of the outcome column means. The import stores the meaning ("churned", "retained" or no
 * value), not the file's word, so every later reader agrees; a value with no meaning is a rejected row,
 * never silently "retained".
 */
public enum OutcomeMeaning {
    CHURNED("churned"),
    RETAINED("retained"),
    UNKNOWN("not known yet");

    private static final Map<String, OutcomeMeaning> WORDS = Map.ofEntries(
            Map.entry("churned", CHURNED), Map.entry("churn", CHURNED), Map.entry("lost", CHURNED),
            Map.entry("cancelled", CHURNED), Map.entry("canceled", CHURNED), Map.entry("yes", CHURNED),
            Map.entry("y", CHURNED), Map.entry("true", CHURNED), Map.entry("1", CHURNED), Map.entry("bad", CHURNED),
            Map.entry("left", CHURNED), Map.entry("exited", CHURNED), Map.entry("attrited", CHURNED),
            Map.entry("attrited customer", CHURNED), Map.entry("terminated", CHURNED),
            Map.entry("retained", RETAINED), Map.entry("renewed", RETAINED), Map.entry("expanded", RETAINED),
            Map.entry("no", RETAINED), Map.entry("n", RETAINED), Map.entry("false", RETAINED),
            Map.entry("0", RETAINED), Map.entry("good", RETAINED), Map.entry("active", RETAINED),
            Map.entry("stayed", RETAINED), Map.entry("existing customer", RETAINED), Map.entry("existing", RETAINED),
            Map.entry("open", UNKNOWN), Map.entry("pending", UNKNOWN), Map.entry("unknown", UNKNOWN),
            Map.entry("not known yet", UNKNOWN));

    private final String label;

    OutcomeMeaning(String label) {
        this.label = label;
    }

    /** How the wizard and the mapping file name it. */
    public String label() {
        return label;
    }

    /** The text stored in the workspace for this meaning (null: no outcome yet). */
    public String stored() {
        return this == UNKNOWN ? null : name().toLowerCase(Locale.ROOT);
    }

    /** The meaning a CRM's or a spreadsheet's word usually has, or empty when there is no usual one. */
    public static Optional<OutcomeMeaning> usual(String value) {
        return Optional.ofNullable(WORDS.get(value.strip().toLowerCase(Locale.ROOT)));
    }

    /** Reads "churned", "retained", "unknown" or the label, as the mapping file and the wizard write them. */
    public static Optional<OutcomeMeaning> named(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (OutcomeMeaning m : values()) {
            if (m.name().toLowerCase(Locale.ROOT).equals(t) || m.label.equals(t)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return label;
    }
}
