package org.healthscore.model;

import java.util.Objects;

/** Raise an alert when an account's score falls by at least {@code dropPoints} within {@code withinDays}. */
public record AlertRule(String name, double dropPoints, int withinDays) {
    public AlertRule {
        Objects.requireNonNull(name, "name");
    }
}
