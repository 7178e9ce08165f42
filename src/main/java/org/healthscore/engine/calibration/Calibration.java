package org.healthscore.engine.calibration;

/**
 * A weight suggestion and how honest it is: AUC in-sample and cross-validated for the suggestion, the current
 * weights and an unconstrained logistic regression on the same points.
 *
 * @param suggestedPercent non-negative weights summing to 100, in metric order
 * @param overfitWarning   the suggestion beats the current weights in-sample but not under cross-validation
 * @param freeCvAuc        the best fit's cross-validated AUC with no floor and no pull: what those cost
 */
public record Calibration(double[] suggestedPercent, double suggestedAuc, double suggestedCvAuc, double currentAuc,
                          double currentCvAuc, double logisticAuc, double logisticCvAuc, int folds, int accounts,
                          boolean overfitWarning, double freeCvAuc) {
}
