package org.healthscore.ui.accounts;

/** One account as the table shows it. */
public record AccountRow(int index, String id, String name, String segment, double score, String band,
                         double arr, String outcome, double[] points) {
}
