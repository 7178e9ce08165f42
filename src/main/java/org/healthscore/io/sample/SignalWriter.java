package org.healthscore.io.sample;

import static org.healthscore.io.sample.SampleAccountFactory.gaussian;
import static org.healthscore.io.sample.SampleAccountFactory.logistic;
import static org.healthscore.io.sample.SampleAccountFactory.pick;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes the observation files. Each signal reacts to an account's decline with its own lag: support trouble
 * leads (−30 days), usage follows at once, NPS after 30 days, relationship after 45, and the CSM's pulse last
 * (60 days) — so a model can learn which signals warn first.
 */
final class SignalWriter {
    private static final LocalDate START = SampleDataGenerator.HISTORY_START;
    private static final LocalDate END = SampleDataGenerator.HISTORY_END;

    private final SampleDataGenerator generator;

    SignalWriter(SampleDataGenerator generator) {
        this.generator = generator;
    }

    void usage(CsvWriter w, List<SampleAccount> accounts) {
        w.writeRecord("account_id", "month", "active_users", "core_actions", "onboarding_steps", "integrations");
        for (SampleAccount a : accounts) {
            SplittableRandom r = generator.rng(a.index(), 1);
            double baseUtil = clamp(0.55 + 0.14 * a.health() + 0.08 * gaussian(r), 0.05, 0.98);
            int targetSteps = (int) clamp(Math.round(5.5 + 1.5 * a.health() + gaussian(r)), 1, 8);
            int integrations = (int) clamp(Math.round(1.5 + a.health() + 0.6 * gaussian(r)), 0, 6);
            for (LocalDate month : months(a)) {
                double noise = gaussian(r);
                boolean skip = r.nextDouble() < 0.02;
                boolean blankIntegrations = r.nextDouble() < 0.03;
                if (skip) {
                    continue; // the analytics export simply lacks some months
                }
                double decline = a.decline(month.plusDays(14), 0);
                double util = clamp(baseUtil * (1 + 0.07 * noise) * (1 - 0.75 * decline), 0.0, 1.0);
                long active = Math.round(a.seats() * util);
                double perUser = Math.max(0, (12 + 4 * a.health()) * (1 + 0.1 * noise) * (1 - 0.6 * decline));
                long actions = Math.round(active * perUser);
                long monthsIn = Math.max(0, ChronoUnit.MONTHS.between(a.contractStart(), month));
                int steps = (int) Math.min(targetSteps, 1 + 2 * monthsIn);
                w.writeRecord(a.id(), month.toString(), Long.toString(active), Long.toString(actions),
                        Integer.toString(steps), blankIntegrations ? "" : Integer.toString(integrations));
            }
        }
    }

    void nps(CsvWriter w, List<SampleAccount> accounts) {
        w.writeRecord("account_id", "response_date", "respondent_role", "nps_score", "comment");
        for (SampleAccount a : accounts) {
            SplittableRandom r = generator.rng(a.index(), 2);
            boolean neverAnswers = "SMB".equals(a.segment()) && r.nextDouble() < 0.25;
            double rate = switch (a.segment()) {
                case "SMB" -> 0.25;
                case "Mid-Market" -> 0.4;
                default -> 0.6;
            };
            int maxRespondents = "Enterprise".equals(a.segment()) ? 3 : 1;
            for (LocalDate month : months(a)) {
                if (month.getMonthValue() % 3 != 0) {
                    continue; // the survey goes out quarterly
                }
                int firstDay = r.nextInt(9);
                for (int k = 0; k < maxRespondents; k++) {
                    double draw = r.nextDouble();
                    // respondents answer on different days: one observation per account and date
                    LocalDate day = month.plusDays(firstDay + 9L * k + r.nextInt(9));
                    double noise = gaussian(r);
                    String role = pick(SampleWords.ROLES, r);
                    double commentDraw = r.nextDouble();
                    int commentPick = r.nextInt(100);
                    if (neverAnswers || draw >= rate || day.isAfter(a.activeUntil(END))) {
                        continue;
                    }
                    int score = (int) clamp(Math.round(7.2 + 1.4 * a.health() + 1.3 * noise
                            - 5 * a.decline(day, 30)), 0, 10);
                    List<String> pool = score >= 9 ? SampleWords.PROMOTER
                            : score >= 7 ? SampleWords.PASSIVE : SampleWords.DETRACTOR;
                    String comment = commentDraw < 0.6 ? pool.get(commentPick % pool.size()) : "";
                    w.writeRecord(a.id(), day.toString(), role, Integer.toString(score), comment);
                }
            }
        }
    }

    void pulse(CsvWriter w, List<SampleAccount> accounts) {
        w.writeRecord("account_id", "pulse_date", "pulse", "note");
        LocalDate stopsAfter = END.minusMonths(9);
        for (SampleAccount a : accounts) {
            SplittableRandom r = generator.rng(a.index(), 3);
            boolean smb = "SMB".equals(a.segment());
            for (LocalDate month : months(a)) {
                double draw = r.nextDouble();
                LocalDate day = month.plusDays(5 + r.nextInt(20));
                double noise = gaussian(r);
                int notePick = r.nextInt(100);
                boolean due = smb ? month.getMonthValue() % 3 == 1 && draw < 0.6 : draw < 0.8;
                if (!due || day.isAfter(a.activeUntil(END)) || (a.csmStopsReporting() && day.isAfter(stopsAfter))) {
                    continue;
                }
                int pulse = (int) clamp(Math.round(6.5 + 1.2 * a.health() + 0.9 * noise
                        - 4.5 * a.decline(day, 60)), 1, 10);
                List<String> pool = pulse >= 8 ? SampleWords.PULSE_GOOD
                        : pulse >= 5 ? SampleWords.PULSE_MID : SampleWords.PULSE_BAD;
                String note = notePick < 50 ? pool.get(notePick % pool.size()) : "";
                w.writeRecord(a.id(), day.toString(), Integer.toString(pulse), note);
            }
        }
    }

    void support(CsvWriter w, List<SampleAccount> accounts) {
        w.writeRecord("account_id", "month", "tickets", "escalations", "sentiment", "median_resolution_hours");
        for (SampleAccount a : accounts) {
            SplittableRandom r = generator.rng(a.index(), 4);
            for (LocalDate month : months(a)) {
                double decline = a.decline(month.plusDays(14), -30);
                double lambda = 0.4 * Math.sqrt(a.seats()) * (1 + 1.5 * decline);
                int tickets = poisson(lambda, r);
                int escalations = 0;
                for (int t = 0; t < tickets; t++) {
                    escalations += r.nextDouble() < 0.04 + 0.25 * decline ? 1 : 0;
                }
                double n1 = gaussian(r);
                double n2 = gaussian(r);
                String sentiment = tickets == 0 ? ""
                        : fmt(clamp(0.3 + 0.15 * a.health() - 0.8 * decline + 0.2 * n1, -1, 1), 2);
                String hours = tickets == 0 ? "" : fmt(Math.exp(2.5 + 0.4 * n2 + 0.8 * decline), 1);
                w.writeRecord(a.id(), month.toString(), Integer.toString(tickets), Integer.toString(escalations),
                        sentiment, hours);
            }
        }
    }

    void relationship(CsvWriter w, List<SampleAccount> accounts) {
        w.writeRecord("account_id", "review_date", "exec_sponsor_engaged", "engaged_contacts");
        for (SampleAccount a : accounts) {
            SplittableRandom r = generator.rng(a.index(), 5);
            double typical = switch (a.segment()) {
                case "SMB" -> 1.2;
                case "Mid-Market" -> 2.5;
                default -> 4.0;
            };
            for (LocalDate month : months(a)) {
                if (month.getMonthValue() % 3 != 2) {
                    continue; // quarterly business reviews
                }
                LocalDate day = month.plusDays(14);
                double draw = r.nextDouble();
                double noise = gaussian(r);
                if (day.isAfter(a.activeUntil(END))) {
                    continue;
                }
                double decline = a.decline(day, 45);
                boolean sponsor = draw < logistic(0.8 + a.health() - 3 * decline);
                long contacts = Math.max(0, Math.round(typical * Math.exp(0.3 * a.health() + 0.3 * noise)
                        * (1 - 0.6 * decline)));
                w.writeRecord(a.id(), day.toString(), sponsor ? "y" : "n", Long.toString(contacts));
            }
        }
    }

    /** Month starts from the later of history start and contract start, through the account's last active day. */
    private static List<LocalDate> months(SampleAccount a) {
        LocalDate first = a.contractStart().isAfter(START) ? a.contractStart().withDayOfMonth(1) : START;
        LocalDate last = a.activeUntil(END);
        List<LocalDate> out = new java.util.ArrayList<>();
        for (LocalDate m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            out.add(m);
        }
        return out;
    }

    private static int poisson(double lambda, SplittableRandom r) {
        if (lambda > 30) {
            return (int) Math.max(0, Math.round(lambda + Math.sqrt(lambda) * gaussian(r)));
        }
        double l = Math.exp(-lambda);
        int k = 0;
        double p = 1;
        do {
            k++;
            p *= r.nextDouble();
        } while (p > l);
        return k - 1;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private static String fmt(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
