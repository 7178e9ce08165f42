package org.healthscore.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.healthscore.store.ImportListener;
import org.healthscore.store.RecentWorkspaces;
import org.healthscore.store.SampleWorkspace;
import org.healthscore.ui.charts.ChartPng;
import org.healthscore.ui.common.FxExecutors;
import org.healthscore.ui.workbench.WorkbenchViewModel;

/**
 * Not a test: takes the README's screenshots from the real windows (run under Xvfb, see docs/SCREENSHOTS.md).
 * {@code java -cp ... org.healthscore.ui.DocsScreenshots\$Main docs}
 */
public final class DocsScreenshots extends Application {
    private static Path out;
    private WorkbenchViewModel vmOf;

    /** Entry point: a class that is not the Application, so JavaFX starts from the class path. */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            out = Path.of(args.length > 0 ? args[0] : "docs");
            Application.launch(DocsScreenshots.class, args);
        }
    }

    @Override
    public void start(Stage stage) throws Exception {
        Path home = Files.createTempDirectory("hsw-shots");
        Path sample = SampleWorkspace.ensure(home.resolve("sample.hsw"), ImportListener.NONE);
        FakeDialogs dialogs = new FakeDialogs();
        WorkbenchViewModel vm = new WorkbenchViewModel(FxExecutors.single("io"), FxExecutors.single("recompute"),
                FxExecutors.single("tab-work"), Platform::runLater, new RecentWorkspaces(home.resolve("recent.txt")));
        vmOf = vm;
        MainWindow window = new MainWindow(stage, vm, dialogs);
        Scene scene = AppLook.apply(new Scene(window, 1440, 900));
        stage.setScene(scene);
        stage.show();
        vm.session().design().resultProperty().addListener((o, a, r) -> {
            if (r != null && a == null) {
                Platform.runLater(() -> shoot(stage, window, dialogs));
            }
        });
        vm.session().workspace().open(sample, p -> p);
    }

    /** Runs {@code step} after the scene had time to lay out and draw (a screenshot tool, not a test). */
    private static void later(double seconds, Runnable step) {
        javafx.animation.PauseTransition p = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(seconds));
        p.setOnFinished(e -> step.run());
        p.play();
    }

    private static void save(javafx.scene.Node node, String name) {
        try {
            ChartPng.write(node.snapshot(null, null), out.resolve(name));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void shoot(Stage stage, MainWindow window, FakeDialogs dialogs) {
        WorkbenchViewModel vm = vmOf;
        // a weight change first, so the figures show their deltas
        vm.weights().setShare("nps", 10);
        later(2, () -> {
            save(stage.getScene().getRoot(), "screenshot-workbench.png");
            // the histogram as the PNG button saves it for slides
            dialogs.answer(out.resolve("chart-slide-score-distribution.png"));
            ((javafx.scene.control.Button) stage.getScene().lookup("#save-png-score-histogram")).fire();
            var menu = javafx.stage.Window.getWindows().stream()
                    .filter(w -> w instanceof javafx.scene.control.ContextMenu)
                    .map(w -> (javafx.scene.control.ContextMenu) w).findFirst();
            menu.ifPresent(m -> {
                m.getItems().stream().filter(i -> "save-slide-score-histogram".equals(i.getId())).findFirst()
                        .ifPresent(javafx.scene.control.MenuItem::fire);
                m.hide();
            });
            if (menu.isEmpty()) {
                dialogs.answers.poll(); // the menu did not open: the answer must not go to the next dialog
            }
            vm.session().selectedMetricProperty().set("usage");
            later(1, () -> {
                ((javafx.scene.control.Button) stage.getScene().lookup("#suggest-thresholds")).fire();
            });
            later(3, () -> {
                save(stage.getScene().getRoot(), "screenshot-metric-editor.png");
                ((javafx.scene.control.Button) stage.getScene().lookup("#fit-points")).fire();
            });
            later(6, () -> {
                save(stage.getScene().getRoot(), "screenshot-fit-points.png");
                vm.session().design().undo(); // the other screenshots show the starter's own points
                // SMB's own points for usage, fitted on its accounts
                vm.session().design().setSegmentView("SMB");
                later(1, () -> ((javafx.scene.control.Button) stage.getScene().lookup("#fit-points")).fire());
                later(4, () -> {
                    save(stage.getScene().getRoot(), "screenshot-segment-points.png");
                    vm.session().design().undo();
                    vm.session().design().setSegmentView(null);
                    vm.session().selectedMetricProperty().set(null);
                    org.healthscore.ui.suggest.SuggestWeightsDialog.show(stage, vm.session(), vm.compare().scenarios());
                });
            });
            later(12, () -> {
                Stage dialog = (Stage) Window.getWindows().stream().filter(w -> w != stage).findFirst().orElseThrow();
                @SuppressWarnings("unchecked")
                var floor = (javafx.scene.control.Spinner<Integer>) dialog.getScene().lookup("#suggest-floor");
                floor.getValueFactory().setValue(10);
            });
            later(16, () -> {
                Stage dialog = (Stage) Window.getWindows().stream().filter(w -> w != stage).findFirst().orElseThrow();
                save(dialog.getScene().getRoot(), "screenshot-suggest-weights.png");
                dialog.close();
                var tabs = (javafx.scene.control.TabPane) stage.getScene().lookup("#workbench-tabs");
                tabs.getSelectionModel().select(1);
                later(2, () -> {
                    @SuppressWarnings("unchecked")
                    var table = (javafx.scene.control.TableView<Object>) stage.getScene().lookup("#accounts-table");
                    table.getSelectionModel().select(3);
                    later(2, () -> {
                        save(stage.getScene().getRoot(), "screenshot-accounts.png");
                        compareAndDrift(stage, tabs, () -> presentation(stage, window, dialogs, tabs));
                    });
                });
            });
        });
    }

    /**
     * An override on the account shown, and (for the Backtest's "were the CSMs right?") illustrative overrides held
     * before outcomes: CSMs who moved up low-band accounts, most of which renewed, and moved down top-band ones.
     */
    private void overrides(Stage stage, javafx.scene.control.TabPane tabs, int row, Runnable then) {
        tabs.getSelectionModel().select(1);
        later(2, () -> {
            @SuppressWarnings("unchecked")
            var table = (javafx.scene.control.TableView<Object>) stage.getScene().lookup("#accounts-table");
            table.getSelectionModel().select(row);
            later(2, () -> {
                // the dialog as a CSM fills it in: its window is shot, then cancelled
                later(2, () -> {
                    Stage dialog = (Stage) Window.getWindows().stream().filter(w -> w != stage).findFirst()
                            .orElseThrow();
                    ((javafx.scene.control.TextArea) dialog.getScene().lookup("#override-note"))
                            .setText("Exec sponsor re-engaged in the QBR; expansion talks started");
                    later(1, () -> {
                        save(dialog.getScene().getRoot(), "screenshot-override-dialog.png");
                        dialog.close();
                        later(1, () -> overridesOnAccounts(stage, tabs, row, then));
                    });
                });
                javafx.application.Platform.runLater(() -> // a dialog may not open inside an animation's handler
                        ((javafx.scene.control.Button) stage.getScene().lookup("#override-add")).fire());
            });
        });
    }

    private void overridesOnAccounts(Stage stage, javafx.scene.control.TabPane tabs, int row, Runnable then) {
        WorkbenchViewModel vm = vmOf;
        var r = vm.session().design().resultProperty().get();
        var scores = r.scores();
        var a = scores.frame().accounts();
        @SuppressWarnings("unchecked")
        var table = (javafx.scene.control.TableView<org.healthscore.ui.accounts.AccountRow>) stage.getScene()
                .lookup("#accounts-table");
        var shown = table.getItems().get(row);
        java.time.LocalDate from = java.time.LocalDate.ofEpochDay(scores.frame().asOfDays()[shown.index()]);
        vm.overrides().add(shown.id(), new org.healthscore.data.CsmOverride.BandChange("Yellow"),
                "Exec sponsor re-engaged in the QBR; expansion talks started", "Dana Whitfield", from, from.plusDays(90));
        java.util.List<org.healthscore.data.CsmOverride> past = new java.util.ArrayList<>();
        int up = 0;
        int down = 0;
        int lowest = scores.bands().size() - 1;
        for (int i = 0; i < scores.size() && (up < 40 || down < 12); i++) {
            if (a.outcome()[i] == org.healthscore.data.Outcome.UNKNOWN || a.outcomeDay()[i] == org.healthscore.data.AccountTable.NO_DAY) {
                continue;
            }
            boolean churned = a.outcome()[i] == org.healthscore.data.Outcome.CHURNED;
            int band = scores.band()[i];
            String change = null;
            if (band >= lowest - 1 && up < 40 && (!churned || i % 4 == 0)) {
                change = "Green";
                up++;
            } else if (band == 0 && churned && down < 12) {
                change = "Red";
                down++;
            }
            if (change != null) {
                int day = a.outcomeDay()[i];
                past.add(new org.healthscore.data.CsmOverride(0, a.ids()[i],
                        new org.healthscore.data.CsmOverride.BandChange(change), change.equals("Green")
                        ? "Champion confident about the renewal" : "Sponsor gone quiet", "CSM team", day - 240, day,
                        org.healthscore.data.AccountTable.NO_DAY, "", ""));
            }
        }
        vm.session().onWorkspace(w -> new org.healthscore.store.CsmOverrides(w.workspace()).addAll(past));
        later(4, () -> {
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().select(row);
            later(2, () -> {
                save(stage.getScene().getRoot(), "screenshot-override.png");
                tabs.getSelectionModel().select(2);
                later(8, () -> {
                    save(stage.getScene().getRoot(), "screenshot-csm-verdict.png");
                    tabs.getSelectionModel().select(0);
                    later(3, () -> {
                        save(stage.getScene().getRoot(), "screenshot-overrides-line.png");
                        then.run();
                    });
                });
            });
        });
    }

    /** Compare against a six-metric scenario (a matrix cell listed), then the six-metric model's drift. */
    private void compareAndDrift(Stage stage, javafx.scene.control.TabPane tabs, Runnable then) {
        WorkbenchViewModel vm = vmOf;
        vm.compare().scenarios().save("Six-metric what-if", org.healthscore.model.StarterTemplates.sixMetric());
        later(1, () -> {
            tabs.getSelectionModel().select(5);
            later(3, () -> {
                ((javafx.scene.control.Button) stage.getScene().lookup("#matrix-1-2")).fire();
                later(1, () -> {
                    save(stage.getScene().getRoot(), "screenshot-compare.png");
                    vm.files().newModelFrom(org.healthscore.model.StarterTemplates.sixMetric());
                    tabs.getSelectionModel().select(6);
                    later(4, () -> {
                        @SuppressWarnings("unchecked")
                        var table = (javafx.scene.control.TableView<Object>) stage.getScene().lookup("#drift-table");
                        table.getSelectionModel().select(5); // Engaged contacts: the one that shifted
                        later(1, () -> {
                            save(stage.getScene().getRoot(), "screenshot-drift.png");
                            tabs.getSelectionModel().select(0);
                            later(2, () -> {
                                save(stage.getScene().getRoot(), "screenshot-drift-line.png");
                                vm.session().design().undo();
                                later(2, then);
                            });
                        });
                    });
                });
            });
        });
    }

    /** View → Presentation mode on the overview, at a projector's 1280 × 720, then back. */
    private void presentation(Stage stage, MainWindow window, FakeDialogs dialogs,
                              javafx.scene.control.TabPane tabs) {
        tabs.getSelectionModel().select(0);
        var menu = ((javafx.scene.control.MenuBar) stage.getScene().lookup(".menu-bar")).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "menu-presentation".equals(i.getId()))
                .map(javafx.scene.control.CheckMenuItem.class::cast).findFirst().orElseThrow();
        menu.setSelected(true);
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1280);
        stage.setHeight(720);
        later(3, () -> {
            save(stage.getScene().getRoot(), "screenshot-presentation.png");
            menu.setSelected(false);
            stage.setWidth(1440);
            stage.setHeight(900);
            later(1, () -> overrides(stage, tabs, 3, () -> importWizard(stage, window, dialogs)));
        });
    }

    /** An R write.csv export with a few bad rows: its columns and outcome values, then the review of rejects. */
    private void realExport(Stage stage, MainWindow window, FakeDialogs dialogs, Path dir) {
        try {
            Path telco = dir.resolve("telco_churn.csv");
            org.healthscore.testing.RealShapedExports.rWriteCsv(telco, 2_000, 42);
            Files.writeString(telco, "\"2001\",\"0007-HXYZ\",\"Male\",12,29.5,354,\"Month-to-month\",\"No\"\n"
                    + "\"2002\",\"2002-BXYZ\",\"Female\",eight,70.1,560.8,\"Two year\",\"Yes\"\n"
                    + "\"2003\",\"2003-CXYZ\",\"Female\",8,70.1,560.8,\"Two year\",\"Maybe\"\n",
                    java.nio.file.StandardOpenOption.APPEND);
            dialogs.answer(List.of(telco));
            window.openImportWizard();
            Stage wizard = (Stage) Window.getWindows().stream().filter(w -> w != stage).findFirst().orElseThrow();
            ((javafx.scene.control.Button) wizard.getScene().lookup("#add-files")).fire();
            later(2, () -> {
                var tabs = (javafx.scene.control.TabPane) wizard.getScene().getRoot().lookupAll(".tab-pane").stream()
                        .findFirst().orElseThrow();
                tabs.getSelectionModel().select(1);
                later(1, () -> {
                    save(wizard.getScene().getRoot(), "screenshot-import-columns.png");
                    ((javafx.scene.control.Button) wizard.getScene().lookup("#start-import")).fire();
                    later(3, () -> {
                        save(wizard.getScene().getRoot(), "screenshot-import-rejects.png");
                        ((javafx.scene.control.Button) wizard.getScene().lookup("#abort-import")).fire();
                        later(1, () -> {
                            Platform.exit();
                            System.exit(0);
                        });
                    });
                });
            });
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void importWizard(Stage stage, MainWindow window, FakeDialogs dialogs) {
        try {
            Path csv = Files.createTempDirectory("hsw-csv");
            for (String f : List.of("accounts.csv", "usage_monthly.csv", "nps_responses.csv")) {
                Files.copy(Path.of("sample-data", f), csv.resolve(f));
            }
            dialogs.answer(List.of(csv.resolve("accounts.csv"), csv.resolve("usage_monthly.csv"),
                    csv.resolve("nps_responses.csv")));
            window.openImportWizard();
            Stage wizard = (Stage) Window.getWindows().stream().filter(w -> w != stage).findFirst().orElseThrow();
            ((javafx.scene.control.Button) wizard.getScene().lookup("#add-files")).fire();
            later(3, () -> {
                save(wizard.getScene().getRoot(), "screenshot-import.png");
                wizard.close();
                realExport(stage, window, dialogs, csv);
            });
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
