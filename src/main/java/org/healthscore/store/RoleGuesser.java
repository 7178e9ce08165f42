package org.healthscore.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Proposes a role for each column from its name and type; the user confirms or changes it. */
final class RoleGuesser {
    private static final Set<String> ID_NAMES = Set.of("account_id", "accountid", "account id", "customer_id",
            "customer id", "id", "account");
    private static final Set<String> OUTCOME_DATE_NAMES = Set.of("outcome_date", "churn_date", "outcome date",
            "closed_date");
    private static final Set<String> NOTE_WORDS = Set.of("note", "notes", "comment", "comments", "feedback");

    private RoleGuesser() {
    }

    static List<ColumnSpec> guess(List<ColumnSpec> columns) {
        List<ColumnSpec> out = new ArrayList<>();
        boolean haveId = false;
        boolean haveAsOf = false;
        boolean haveOutcomeDate = false;
        for (ColumnSpec c : columns) {
            String n = c.name().toLowerCase(Locale.ROOT).strip();
            ColumnRole role;
            if (!haveId && ID_NAMES.contains(n)) {
                role = ColumnRole.ACCOUNT_ID;
                haveId = true;
            } else if (n.equals("segment") || n.equals("tier")) {
                role = ColumnRole.SEGMENT;
            } else if (n.equals("outcome") || n.equals("churned") || n.equals("status")) {
                role = ColumnRole.OUTCOME;
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
            out.add(c.withRole(role));
        }
        return out;
    }

    private static boolean isAsOfName(String n) {
        return n.equals("month") || n.equals("date") || n.equals("as_of") || n.equals("as of")
                || n.equals("week") || n.equals("day")
                || (n.endsWith("_date") && !n.startsWith("contract") && !n.startsWith("renewal"));
    }
}
