package org.healthscore.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.healthscore.data.Dataset;
import org.healthscore.engine.Backtest;
import org.healthscore.engine.Cancel;
import org.healthscore.store.DatasetLoader;
import org.healthscore.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = {"Score every account before its outcome: would the model have warned in time?",
                "Each account with an outcome is scored as of (outcome date - lead days); prints AUC and the share",
                "of churners (and churned ARR) then in the two lowest bands, for each lead time."})
final class BacktestCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Mixin
    ModelFileOption model;

    @Option(names = "--lead-days", split = ",", defaultValue = "30,60,90,180",
            description = "Lead times in days (default ${DEFAULT-VALUE}).")
    List<Integer> leads;

    @Option(names = "--format", defaultValue = "text", description = "text or json.")
    String format;

    @Override
    public Integer call() throws Exception {
        var m = model.load();
        Dataset d;
        try (Workspace ws = Workspace.openReadOnly(workspace.file)) {
            d = new DatasetLoader(ws).load();
        }
        int[] lead = leads.stream().mapToInt(Integer::intValue).toArray();
        List<Backtest.Result> results = Backtest.run(d, m, lead, Cancel.NEVER);
        if ("json".equalsIgnoreCase(format)) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Backtest.Result r : results) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("lead_days", r.leadDays());
                o.put("accounts", r.accounts());
                o.put("churned", r.churned());
                o.put("auc", Double.isFinite(r.auc()) ? r.auc() : null);
                o.put("captured_churned", Double.isFinite(r.capturedChurned()) ? r.capturedChurned() : null);
                o.put("captured_churned_arr", Double.isFinite(r.capturedChurnedArr()) ? r.capturedChurnedArr() : null);
                rows.add(o);
            }
            System.out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(rows));
        } else {
            System.out.printf(Locale.ROOT, "%9s %9s %8s %7s %17s %21s%n", "lead days", "accounts", "churned", "AUC",
                    "churners flagged", "churned ARR flagged");
            for (Backtest.Result r : results) {
                System.out.printf(Locale.ROOT, "%9d %9d %8d %7.3f %16.1f%% %20.1f%%%n", r.leadDays(), r.accounts(),
                        r.churned(), r.auc(), 100 * r.capturedChurned(), 100 * r.capturedChurnedArr());
            }
        }
        return 0;
    }
}
