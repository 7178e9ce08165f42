package org.healthscore.ui.alerts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.healthscore.engine.Alerts;
import org.healthscore.engine.Divergence;
import org.healthscore.model.AlertRule;
import org.healthscore.model.Band;
import org.healthscore.model.HealthModel;
import org.healthscore.ui.common.Errors;
import org.healthscore.ui.common.Formats;
import org.healthscore.ui.common.LatestTask;
import org.healthscore.ui.session.LoadedWorkspace;
import org.healthscore.ui.session.Session;
import org.healthscore.ui.session.TabFollow;
import org.healthscore.ui.session.TabWork;

/**
 * The Alerts tab's state: the model's alert rule, the accounts whose score fell by its drop within its window
 * as of the workspace date, and where the CSM pulse and the data disagree. Computed on the tab worker while the
 * tab is shown, cancellable.
 */
public final class AlertsViewModel {
    static final AlertRule DEFAULT_RULE = new AlertRule("Sharp drop", 15, 60);

    /** What the tab shows: the alerts, the disagreements, or why there are none (null when there are). */
    public record Shown(List<Alerts.Alert> alerts, List<Divergence.Row> divergence, String needs, AlertRule rule) {
    }

    private final Session session;
    private final TabWork<Shown> work;
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");

    public AlertsViewModel(Session session, Executor worker) {
        this.session = session;
        this.work = new TabWork<>(session, worker, this::refresh);
    }

    public void setActive(boolean now) {
        work.setActive(now);
    }

    public void cancel() {
        if (work.cancel()) {
            count.set("  Cancelled; show the tab again to look for alerts.");
        }
    }

    /** The rule in force: the model's first, or a sharp drop of 15 points in 60 days. */
    static AlertRule rule(HealthModel m) {
        return m.alerts().isEmpty() ? DEFAULT_RULE : m.alerts().get(0);
    }

    /** The rule as typed (an edit of the model, undoable), or a message saying what to type. */
    public void applyRule(String dropText, String daysText) {
        HealthModel m = session.design().modelProperty().get();
        try {
            AlertRule r = new AlertRule(rule(m).name(), Double.parseDouble(dropText.trim()),
                    Integer.parseInt(daysText.trim()));
            if (r.dropPoints() <= 0 || r.withinDays() < 1) {
                session.status().notify("The drop must be above 0 and the window at least 1 day.");
                return;
            }
            List<AlertRule> rules = new ArrayList<>(m.alerts());
            if (rules.isEmpty()) {
                rules.add(r);
            } else {
                rules.set(0, r);
            }
            session.design().setModel(m.withAlerts(rules));
        } catch (NumberFormatException e) {
            session.status().notify("Type numbers for the drop and the window.");
        }
    }

    /** Shows the account in the Accounts tab. */
    public void open(String accountId) {
        session.accountToShowProperty().set(null); // the same account twice still opens it
        session.accountToShowProperty().set(accountId);
    }

    private void refresh(TabFollow.Key key) {
        HealthModel model = key.model();
        LoadedWorkspace w = key.workspace();
        AlertRule r = rule(model);
        int asOf = w.asOf().asOfDay();
        String needs = w.coverage().alertsNeeds();
        if (needs != null) {
            work.nothingFor(key);
            shown.set(new Shown(List.of(), List.of(), needs, r));
            count.set("");
            return;
        }
        String pulseKey = model.metrics().stream().filter(m -> m.source().columns().stream()
                .anyMatch(c -> c.toLowerCase(Locale.ROOT).contains("pulse"))).map(m -> m.key()).findFirst().orElse(null);
        count.set("  Looking for scores that dropped…");
        work.run(key, (cancel, progress) -> {
            List<Divergence.Row> rows = pulseKey == null ? List.of()
                    : Divergence.find(w.engineFor(model).frame(), model, pulseKey, 30, cancel);
            progress.done(1, 2);
            List<Alerts.Alert> alerts = Alerts.detect(w.dataset(), model, r, asOf, cancel);
            return new Shown(alerts, rows, null, r);
        }, result -> {
            shown.set(result);
            String top = model.bands().stream().max(Comparator.comparingDouble(Band::lowerBound)).orElseThrow().name();
            long green = result.alerts().stream().filter(a -> a.bandNow().equals(top)).count();
            count.set(String.format(Locale.ROOT, "  %s as of %s, %,d of them still in the top band",
                    Formats.accounts(result.alerts().size()), LocalDate.ofEpochDay(asOf), green));
        }, error -> count.set("Alerts failed: " + Errors.cause(error).getMessage()));
    }

    public LatestTask<?> task() {
        return work.task();
    }

    public ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The line beside the rule: how many alerts, as of when, how many still in the top band. */
    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }
}
