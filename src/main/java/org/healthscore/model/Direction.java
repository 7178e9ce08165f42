package org.healthscore.model;

/** Whether a larger raw value of a metric means a healthier account. */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER;

    /** +1 for higher-is-better, -1 otherwise: multiplying by it turns every rule into "higher is better". */
    public double sign() {
        return this == HIGHER_IS_BETTER ? 1.0 : -1.0;
    }
}
