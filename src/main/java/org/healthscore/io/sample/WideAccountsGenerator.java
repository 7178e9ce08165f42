package org.healthscore.io.sample;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * A large one-row-per-account file (16 columns) for import benchmarks and for trying the workbench on a
 * million accounts. Its columns carry the four-metric starter's names, so the app can score it at once.
 */
public final class WideAccountsGenerator {
    public static final String HEADER = "account_id,segment,industry,arr,licensed_seats,active_users,core_actions,"
            + "onboarding_steps,integrations,nps_score,pulse,tickets,escalations,sentiment,engaged_contacts,outcome";
    private static final String[] SEGMENTS = {"SMB", "Mid-Market", "Enterprise"};
    private static final String[] INDUSTRIES = {"Software", "Retail", "Healthcare", "Logistics", "Education"};

    private WideAccountsGenerator() {
    }

    public static void write(Path file, int rows, long seed) throws IOException {
        SplittableRandom r = new SplittableRandom(seed);
        StringBuilder line = new StringBuilder(160);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write('\n');
            for (int i = 0; i < rows; i++) {
                double health = r.nextDouble() * 2 - 1;
                int seats = 5 + r.nextInt(500);
                int active = (int) Math.round(seats * Math.max(0.02, Math.min(1, 0.55 + 0.3 * health
                        + 0.1 * (r.nextDouble() - 0.5))));
                boolean churned = r.nextDouble() < 1 / (1 + Math.exp(2.5 + 3 * health));
                line.setLength(0);
                line.append("ACC-").append(i + 1).append(',').append(SEGMENTS[r.nextInt(3)]).append(',')
                        .append(INDUSTRIES[r.nextInt(INDUSTRIES.length)]).append(',').append(seats * 480L).append(',')
                        .append(seats).append(',').append(active).append(',').append(active * (8 + r.nextInt(10)))
                        .append(',').append(Math.max(1, Math.min(8, (int) Math.round(5 + 3 * health)))).append(',')
                        .append(r.nextInt(6)).append(',');
                if (r.nextDouble() < 0.7) {
                    line.append(Math.max(0, Math.min(10, (int) Math.round(7 + 3 * health + r.nextDouble() - 0.5))));
                }
                line.append(',').append(Math.max(1, Math.min(10, (int) Math.round(6.5 + 3 * health)))).append(',');
                int tickets = r.nextInt(12);
                line.append(tickets).append(',').append(tickets == 0 ? 0 : r.nextInt(Math.max(1, tickets / 3 + 1)))
                        .append(',');
                if (tickets > 0) {
                    line.append(Math.round((0.2 + 0.5 * health) * 100) / 100.0);
                }
                line.append(',').append(r.nextInt(7)).append(',')
                        .append(r.nextDouble() < 0.2 ? "open" : churned ? "churned" : "renewed").append('\n');
                w.append(line);
            }
        }
    }
}
