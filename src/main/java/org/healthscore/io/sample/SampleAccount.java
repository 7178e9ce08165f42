package org.healthscore.io.sample;

import java.time.LocalDate;

/**
 * One generated account and its hidden truth: latent health, outcome and when (if ever) its signals start to
 * degrade. {@code degradeFrom}/{@code degradeTo} bound the decline (null when the account does not decline).
 */
record SampleAccount(int index, String id, String name, String segment, String industry, double arr, int seats,
                     String csm, LocalDate contractStart, LocalDate renewal, String outcome, LocalDate outcomeDate,
                     double health, LocalDate degradeFrom, LocalDate degradeTo, boolean csmStopsReporting) {

    boolean churned() {
        return "churned".equals(outcome);
    }

    /** Last day the account produces data: its churn date, or the end of the history. */
    LocalDate activeUntil(LocalDate historyEnd) {
        return churned() && outcomeDate.isBefore(historyEnd) ? outcomeDate : historyEnd;
    }

    /** 0 before the decline starts, rising to 1 at its end (the outcome date), shifted by {@code lagDays}. */
    double decline(LocalDate day, int lagDays) {
        if (degradeFrom == null) {
            return 0;
        }
        long span = Math.max(1, degradeTo.toEpochDay() - degradeFrom.toEpochDay());
        double t = (day.toEpochDay() - lagDays - degradeFrom.toEpochDay()) / (double) span;
        return Math.max(0, Math.min(1, t));
    }
}
