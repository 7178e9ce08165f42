package org.healthscore.ui.accounts;

/**
 * One account as the table shows it.
 *
 * @param band      the model's band ("" unscored)
 * @param finalBand the band after CSM overrides (the model's when none holds)
 * @param finalScore the score after CSM overrides (a metric's points overridden), else the model's
 * @param override  the note of the override that holds, or ""
 */
public record AccountRow(int index, String id, String name, String segment, double score, String band,
                         double arr, String outcome, double[] points, String finalBand, double finalScore,
                         String override) {
}
