package org.healthscore.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Proposes a role for each column from its name, type and sampled values; the user confirms or changes it. */
final class RoleGuesser {
    private static final Set<String> ID_NAMES = Set.of("account_id", "accountid", "account id", "customer_id",
            "customerid", "customer id", "id", "account", "client_id", "clientid", "clientnum", "user_id", "userid");
    private static final Set<String> OUTCOME_DATE_NAMES = Set.of("outcome_date", "churn_date", "outcome date",
            "closed_date");
    private static final Set<String> OUTCOME_NAMES = Set.of("outcome", "churned", "churn", "status", "attrition",
            "cancelled", "canceled", "exited", "churn_flag", "attrition_flag", "churn label", "churn_label");
    private static final Set<String> NOTE_WORDS = Set.of("note", "notes", "comment", "comments", "feedback");
    /** An outcome has a handful of values (churned, renewed, open, …); a status with 40 is something else. */
    static final int MAX_OUTCOME_VALUES = 8;

    private RoleGuesser() {
    }

    static List<ColumnSpec> guess(List<ColumnSpec> columns) {
        return guess(columns, List.of(), null);
    }

    static List<ColumnSpec> guess(List<ColumnSpec> columns, List<List<String>> sample, CsvFormat format) {
        List<ColumnSpec> out = new ArrayList<>();
        boolean haveId = false;
        boolean haveAsOf = false;
        boolean haveOutcome = false;
        boolean haveOutcomeDate = false;
        for (ColumnSpec c : columns) {
            String n = c.name().toLowerCase(Locale.ROOT).strip();
            ColumnRole role;
            if (isRowNames(c, sample)) {
                role = ColumnRole.IGNORE; // R's write.csv row names: an unnamed column counting 1, 2, 3, …
            } else if (!haveId && ID_NAMES.contains(n)) {
                role = ColumnRole.ACCOUNT_ID;
                haveId = true;
            } else if (n.equals("segment") || n.equals("tier")) {
                role = ColumnRole.SEGMENT;
            } else if (!haveOutcome && isOutcomeName(n) && c.type() != ColumnType.DATE
                    && distinct(sample, c.index(), format) <= MAX_OUTCOME_VALUES) {
                role = ColumnRole.OUTCOME; // before the type's guess: churn = Yes/No is the outcome, not a metric
                haveOutcome = true;
            } else if (n.equals("arr") || n.equals("annual_recurring_revenue")) {
                role = ColumnRole.ARR;
            } else if (c.type() == ColumnType.DATE && !haveOutcomeDate && OUTCOME_DATE_NAMES.contains(n)) {
                role = ColumnRole.OUTCOME_DATE;
                haveOutcomeDate = true;
            } else if (c.type() == ColumnType.DATE && !haveAsOf && isAsOfName(n)) {
                role = ColumnRole.AS_OF;
                haveAsOf = true;
            } else if (NOTE_WORDS.contains(n)) {
                role = ColumnRole.NOTE;
            } else if (c.type().isNumeric()) {
                role = ColumnRole.METRIC;
            } else {
                role = ColumnRole.ATTRIBUTE;
            }
            out.add(role == ColumnRole.OUTCOME ? c.withType(ColumnType.TEXT).withRole(role) : c.withRole(role));
        }
        return out;
    }

    /** An unnamed column whose sampled values are the row numbers 1, 2, 3, … (R writes its row names so). */
    private static boolean isRowNames(ColumnSpec c, List<List<String>> sample) {
        if (!c.sourceName().isBlank() || sample.isEmpty()) {
            return false;
        }
        for (int i = 0; i < sample.size(); i++) {
            List<String> row = sample.get(i);
            if (c.index() >= row.size() || !row.get(c.index()).strip().equals(Integer.toString(i + 1))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isOutcomeName(String n) {
        String squashed = n.replace(' ', '_').replace('-', '_');
        return OUTCOME_NAMES.contains(n) || OUTCOME_NAMES.contains(squashed) || squashed.startsWith("churn")
                || squashed.startsWith("attrition");
    }

    /** Distinct non-missing values of a column in the sample (0 with no sample: the name decides). */
    private static int distinct(List<List<String>> sample, int column, CsvFormat format) {
        Set<String> seen = new HashSet<>();
        for (List<String> row : sample) {
            if (column < row.size() && (format == null || !format.isMissing(row.get(column)))) {
                seen.add(row.get(column).strip().toLowerCase(Locale.ROOT));
            }
        }
        return seen.size();
    }

    private static boolean isAsOfName(String n) {
        return n.equals("month") || n.equals("date") || n.equals("as_of") || n.equals("as of")
                || n.equals("week") || n.equals("day")
                || (n.endsWith("_date") && !n.startsWith("contract") && !n.startsWith("renewal"));
    }
}
