package org.healthscore.ui;

import atlantafx.base.theme.PrimerLight;
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
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Path home = Files.createTempDirectory("hsw-shots");
        Path sample = SampleWorkspace.ensure(home.resolve("sample.hsw"), ImportListener.NONE);
        FakeDialogs dialogs = new FakeDialogs();
        WorkbenchViewModel vm = new WorkbenchViewModel(FxExecutors.single("io"), FxExecutors.single("recompute"),
                Platform::runLater, new RecentWorkspaces(home.resolve("recent.txt")));
        MainWindow window = new MainWindow(stage, vm, dialogs);
        Scene scene = new Scene(window, 1440, 900);
        scene.getStylesheets().add(App.class.getResource("workbench.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        vm.resultProperty().addListener((o, a, r) -> {
            if (r != null && a == null) {
                Platform.runLater(() -> shoot(stage, window, dialogs));
            }
        });
        vm.open(sample, p -> p);
    }

    private void shoot(Stage stage, MainWindow window, FakeDialogs dialogs) {
        try {
            ChartPng.save(stage.getScene().getRoot(), out.resolve("screenshot-workbench.png"));
            Path csv = Files.createTempDirectory("hsw-csv");
            for (String f : List.of("accounts.csv", "usage_monthly.csv", "nps_responses.csv")) {
                Files.copy(Path.of("sample-data", f), csv.resolve(f));
            }
            dialogs.answer(List.of(csv.resolve("accounts.csv"), csv.resolve("usage_monthly.csv"),
                    csv.resolve("nps_responses.csv")));
            window.openImportWizard();
            Stage wizard = (Stage) Window.getWindows().stream().filter(w -> w != stage).findFirst().orElseThrow();
            @SuppressWarnings("unchecked")
            var files = (javafx.scene.control.ListView<Object>) wizard.getScene().lookup("#import-files");
            files.getItems().addListener((javafx.collections.ListChangeListener<Object>) c -> {
                if (files.getItems().size() == 3) {
                    // two pulses later the preview and the columns are laid out
                    Platform.runLater(() -> Platform.runLater(() -> {
                        try {
                            ChartPng.save(wizard.getScene().getRoot(), out.resolve("screenshot-import.png"));
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                        Platform.exit();
                        System.exit(0);
                    }));
                }
            });
            ((javafx.scene.control.Button) wizard.getScene().lookup("#add-files")).fire();
        } catch (Exception e) {
            throw new RuntimeException(e);
        }
    }
}
