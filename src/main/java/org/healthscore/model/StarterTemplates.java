package org.healthscore.model;

import java.util.List;
import java.util.Map;

/**
 * Published starting points for a health model, written against the column names of the bundled sample
 * workspace (see sample-data/README.md). A user's own workspace maps its columns to these names or edits them.
 */
public final class StarterTemplates {
    private StarterTemplates() {
    }

    /** Product setup 20 %, usage 40 %, NPS 20 %, CSM pulse 20 % — the classic four-metric model. */
    public static HealthModel fourMetric() {
        return new HealthModel("Four-metric starter", "Setup 20 / usage 40 / NPS 20 / CSM pulse 20.",
                List.of(setup(20), usage(40), nps(20), pulse(20)),
                Bands.defaults(), List.of(), defaultAlerts());
    }

    /** Engagement 30, onboarding 20, support sentiment 15, NPS trend 15, relationship 10, expansion 10. */
    public static HealthModel sixMetric() {
        Metric engagement = new Metric("engagement", "Engagement (core actions per seat)",
                new MetricSource.Ratio("core_actions", "licensed_seats"), Direction.HIGHER_IS_BETTER,
                Normalization.interpolated(2, 8, 20), MissingPolicy.ZERO, Metric.DEFAULT_STALENESS_DAYS, 30);
        Metric sentiment = new Metric("support_sentiment", "Support sentiment",
                new MetricSource.Column("sentiment"), Direction.HIGHER_IS_BETTER,
                Normalization.linear(-0.6, 0.6), MissingPolicy.NEUTRAL, Metric.DEFAULT_STALENESS_DAYS, 15);
        Metric npsTrend = new Metric("nps_trend", "NPS trend (180 days)",
                new MetricSource.Trend("nps_score", 180), Direction.HIGHER_IS_BETTER,
                Normalization.linear(-3, 3), MissingPolicy.REWEIGHT, 365, 15);
        Metric relationship = new Metric("relationship", "Engaged contacts",
                new MetricSource.Column("engaged_contacts"), Direction.HIGHER_IS_BETTER,
                Normalization.interpolated(0, 2, 5), MissingPolicy.NEUTRAL, 200, 10);
        Metric expansion = new Metric("expansion", "Seat utilization (expansion signal)",
                new MetricSource.Ratio("active_users", "licensed_seats"), Direction.HIGHER_IS_BETTER,
                Normalization.linear(0.5, 1.0), MissingPolicy.ZERO, Metric.DEFAULT_STALENESS_DAYS, 10);
        return new HealthModel("Six-metric starter",
                "Engagement 30 / onboarding 20 / support sentiment 15 / NPS trend 15 / relationship 10 / expansion 10.",
                List.of(engagement, setup(20).withLabelAndKey("onboarding", "Onboarding completion"), sentiment,
                        npsTrend, relationship, expansion),
                Bands.defaults(), List.of(), defaultAlerts());
    }

    /** No metrics yet: the user adds them from the workspace's columns. */
    public static HealthModel blank() {
        return new HealthModel("New model", "", List.of(), Bands.defaults(), List.of(), defaultAlerts());
    }

    private static Metric setup(double weight) {
        return new Metric("setup", "Product setup (onboarding steps of 8)",
                new MetricSource.Column("onboarding_steps"), Direction.HIGHER_IS_BETTER,
                Normalization.linear(0, 8), MissingPolicy.NEUTRAL, Metric.DEFAULT_STALENESS_DAYS, weight);
    }

    private static Metric usage(double weight) {
        return new Metric("usage", "Usage (active users per licensed seat)",
                new MetricSource.Ratio("active_users", "licensed_seats"), Direction.HIGHER_IS_BETTER,
                Normalization.interpolated(0.2, 0.45, 0.75), MissingPolicy.ZERO, Metric.DEFAULT_STALENESS_DAYS,
                weight);
    }

    private static Metric nps(double weight) {
        return new Metric("nps", "NPS (latest response)",
                new MetricSource.Column("nps_score"), Direction.HIGHER_IS_BETTER,
                Normalization.stepped(7, 9), MissingPolicy.REWEIGHT, 365, weight);
    }

    private static Metric pulse(double weight) {
        return new Metric("pulse", "CSM pulse (1–10)",
                new MetricSource.Column("pulse"), Direction.HIGHER_IS_BETTER,
                Normalization.linear(1, 10), MissingPolicy.NEUTRAL, Metric.DEFAULT_STALENESS_DAYS, weight);
    }

    private static List<AlertRule> defaultAlerts() {
        return List.of(new AlertRule("Sharp drop", 15, 60));
    }

    /** Category points for the NPS classes, for models that read a Promoter/Passive/Detractor column. */
    public static Map<String, Double> npsClassPoints() {
        return Map.of("Promoter", 10.0, "Passive", 5.0, "Detractor", 0.0);
    }
}
