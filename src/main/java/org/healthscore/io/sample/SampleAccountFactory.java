package org.healthscore.io.sample;

import java.time.LocalDate;
import java.util.SplittableRandom;

/** Draws one account's firmographics, latent health, outcome and the timing of its decline. */
final class SampleAccountFactory {
    private static final LocalDate FIRST_RENEWAL = LocalDate.of(2025, 5, 1);
    private static final int RENEWAL_SPREAD_DAYS = 730;

    private SampleAccountFactory() {
    }

    static SampleAccount create(int i, SplittableRandom r) {
        double u = r.nextDouble();
        String segment = u < 0.55 ? "SMB" : u < 0.85 ? "Mid-Market" : "Enterprise";
        int seats = switch (segment) {
            case "SMB" -> 5 + (int) Math.round(Math.exp(r.nextDouble() * Math.log(45)));
            case "Mid-Market" -> 50 + (int) Math.round(Math.exp(r.nextDouble() * Math.log(250)));
            default -> 300 + (int) Math.round(Math.exp(r.nextDouble() * Math.log(2700)));
        };
        double pricePerSeat = switch (segment) {
            case "SMB" -> 600;
            case "Mid-Market" -> 500;
            default -> 400;
        };
        double arr = Math.round(seats * pricePerSeat * (0.8 + 0.4 * r.nextDouble()) / 100.0) * 100.0;
        String name = pick(SampleWords.NAME_FIRST, r) + " " + pick(SampleWords.NAME_SECOND, r);
        String industry = pick(SampleWords.INDUSTRIES, r);
        String csm = pick(SampleWords.CSMS, r);
        double health = gaussian(r);

        LocalDate renewal = FIRST_RENEWAL.plusDays(r.nextInt(RENEWAL_SPREAD_DAYS));
        LocalDate contractStart = renewal.minusYears("Enterprise".equals(segment) ? 2 : 1);
        boolean decided = !renewal.isAfter(SampleDataGenerator.HISTORY_END);

        double base = switch (segment) {
            case "SMB" -> -1.6;
            case "Mid-Market" -> -2.1;
            default -> -2.6;
        };
        boolean churns = r.nextDouble() < logistic(base - 1.2 * health);
        // planted surprises: churners whose signals never degrade ("green but churned", e.g. acquired), and
        // retained accounts whose signals degrade anyway ("red but renewed", e.g. locked in by contract)
        boolean silentChurn = churns && r.nextDouble() < 0.15;
        boolean declinesButStays = !churns && r.nextDouble() < 0.06;

        String outcome;
        LocalDate outcomeDate = null;
        if (!decided) {
            outcome = "open";
        } else if (churns) {
            outcome = "churned";
            outcomeDate = renewal;
        } else {
            outcome = health > 0.6 && r.nextDouble() < 0.5 ? "expanded" : "renewed";
            outcomeDate = renewal;
        }

        LocalDate degradeFrom = null;
        LocalDate degradeTo = null;
        if ((churns && !silentChurn) || declinesButStays) {
            int leadMonths = switch (segment) {
                case "SMB" -> 3 + r.nextInt(4);
                case "Mid-Market" -> 4 + r.nextInt(5);
                default -> 6 + r.nextInt(4);
            };
            degradeTo = renewal;
            degradeFrom = renewal.minusMonths(leadMonths);
        }
        boolean csmStops = r.nextDouble() < 0.08;
        return new SampleAccount(i, String.format("ACC-%05d", i + 1), name, segment, industry, arr, seats, csm,
                contractStart, renewal, outcome, outcomeDate, health, degradeFrom, degradeTo, csmStops);
    }

    static double gaussian(SplittableRandom r) {
        // Box–Muller from the account's own stream keeps the draw deterministic per account
        double u1 = Math.max(1e-12, r.nextDouble());
        double u2 = r.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    static double logistic(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    static <T> T pick(java.util.List<T> list, SplittableRandom r) {
        return list.get(r.nextInt(list.size()));
    }
}
