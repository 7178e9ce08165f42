package org.healthscore.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import org.healthscore.store.AppInfo;
import org.healthscore.ui.importer.ImportWizardView;
import org.healthscore.ui.importer.ImportWizardViewModel;
import org.healthscore.ui.modelfiles.ModelFileCommandsView;
import org.healthscore.ui.modelfiles.ModelVersionCommandsView;
import org.healthscore.ui.workbench.WorkbenchView;
import org.healthscore.ui.workbench.WorkbenchViewModel;
import org.healthscore.ui.workspace.UnsavedChangesGuard;

/** The window's content: the menu bar over the workbench (or an invitation to import into an empty workspace). */
public final class MainWindow extends BorderPane {
    private final Stage stage;
    private final WorkbenchViewModel vm;
    private final FileDialogs dialogs;
    private WorkbenchView workbench;
    private final ModelVersionCommandsView versions;
    private final UnsavedChangesGuard unsaved;

    public MainWindow(Stage stage, WorkbenchViewModel vm, FileDialogs dialogs) {
        this.stage = stage;
        this.vm = vm;
        this.dialogs = dialogs;
        this.versions = new ModelVersionCommandsView(stage, vm.session(), vm.files());
        this.unsaved = new UnsavedChangesGuard(stage, vm.session(), versions);
        stage.setOnCloseRequest(e -> {
            if (vm.session().design().dirtyProperty().get()) {
                e.consume(); // closed below once the user has chosen
                unsaved.thenIfAllowed("Closing the window", stage::close);
            }
        });
        this.workbench = new WorkbenchView(vm, dialogs);
        StackPane center = new StackPane(workbench, emptyWorkspace(), openingOverlay());
        setCenter(center);
        setTop(menuBar());
        stage.titleProperty().bind(vm.session().status().titleProperty());
        sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, this::undoKeys);
            }
        });
    }

    /**
     * Ctrl+Z / Ctrl+Shift+Z undo and redo model edits wherever the focus is (sliders and the range slider
     * would otherwise swallow them), except in a text field, where they edit the text.
     */
    private void undoKeys(javafx.scene.input.KeyEvent e) {
        if (e.getCode() != javafx.scene.input.KeyCode.Z || !e.isShortcutDown()
                || getScene().getFocusOwner() instanceof javafx.scene.control.TextInputControl) {
            return;
        }
        if (e.isShiftDown()) {
            vm.session().design().redo();
        } else {
            vm.session().design().undo();
        }
        e.consume();
    }

    /**
     * Shown over the workbench while a workspace opens: a million accounts with their history take up to a minute,
     * and empty charts alone looked broken. It repeats the status line's progress ("… 23 % (12.1 M of 52.4 M rows
     * read)") where the eye is.
     */
    private VBox openingOverlay() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(48, 48);
        Label text = new Label();
        text.setId("opening-status");
        text.textProperty().bind(vm.session().status().statusProperty());
        text.getStyleClass().add("opening-status");
        text.setWrapText(true);
        VBox card = new VBox(14, spinner, text);
        card.setAlignment(Pos.CENTER);
        card.getStyleClass().add("opening-card");
        card.setMaxSize(480, Region.USE_PREF_SIZE);
        VBox box = new VBox(card);
        box.setAlignment(Pos.CENTER);
        box.setId("opening-overlay");
        box.getStyleClass().add("opening-overlay");
        box.visibleProperty().bind(vm.session().status().openingProperty());
        return box;
    }

    /** Shown over the workbench while the open workspace has no data. */
    private VBox emptyWorkspace() {
        Label text = new Label("This workspace has no data yet.\nImport your CRM, usage, survey and support exports "
                + "(CSV) to start.");
        text.getStyleClass().add("empty-title");
        text.setWrapText(true);
        Button importButton = new Button("Import CSV files…");
        importButton.setId("empty-import");
        importButton.setDefaultButton(true);
        importButton.setOnAction(e -> openImportWizard());
        VBox box = new VBox(16, text, importButton);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("empty-workspace");
        box.visibleProperty().bind(vm.session().workspace().workspaceProperty()
                .map(w -> w.dataset().accounts().size() == 0).orElse(false));
        return box;
    }

    private MenuBar menuBar() {
        ModelFileCommandsView models = new ModelFileCommandsView(stage, vm.session(), vm.files(), dialogs);
        MenuItem newWs = item("New workspace…", "Shortcut+N", "menu-new-workspace", () ->
                unsaved.thenIfAllowed("Creating another workspace", () -> dialogs.save("New workspace",
                        "workspace.hsw", "Workspace", ".hsw").ifPresent(p -> vm.session().workspace().create(withExtension(p)))));
        MenuItem open = item("Open workspace…", "Shortcut+O", "menu-open-workspace", () ->
                unsaved.thenIfAllowed("Opening another workspace", () -> dialogs.open("Open workspace",
                        "Workspace", ".hsw").ifPresent(p -> vm.session().workspace().open(p, x -> x))));
        MenuItem openReadOnly = item("Open read-only…", null, "menu-open-read-only", () ->
                unsaved.thenIfAllowed("Opening another workspace", () -> dialogs.open("Open workspace read-only",
                        "Workspace", ".hsw").ifPresent(vm.session().workspace()::openReadOnly)));
        Menu recent = new Menu("Open recent");
        recent.setId("menu-open-recent");
        ListChangeListener<Path> refresh = c -> fillRecent(recent);
        vm.session().workspace().recentWorkspaces().addListener(refresh);
        fillRecent(recent);
        MenuItem importCsv = item("Import CSV files…", "Shortcut+Shift+I", "menu-import-csv", this::openImportWizard);
        importCsv.disableProperty().bind(vm.session().workspace().workspaceProperty()
                .map(w -> w.workspace().isReadOnly()).orElse(true)); // nothing to import into, or not writable
        List<MenuItem> overrides = org.healthscore.ui.overrides.OverrideMenuItems.of(vm.session(), vm.overrides(),
                dialogs);
        MenuItem datasets = item("Datasets…", null, "menu-datasets",
                () -> org.healthscore.ui.workspace.DatasetsDialog.show(stage, vm.session()));
        datasets.disableProperty().bind(vm.session().workspace().workspaceProperty().isNull());
        MenuItem saveVersion = item("Save model version…", "Shortcut+S", "menu-save-version", versions::save);
        saveVersion.disableProperty().bind(vm.session().design().modelProperty().isNull());
        MenuItem openVersion = item("Open model version…", null, "menu-open-version", versions::open);
        openVersion.disableProperty().bind(vm.session().workspace().workspaceProperty().isNull());
        MenuItem importModel = item("Import model…", "Shortcut+I", "menu-import-model", models::importModel);
        importModel.disableProperty().bind(vm.session().workspace().workspaceProperty().isNull());
        MenuItem export = item("Export model…", "Shortcut+E", "menu-export-model", models::exportModel);
        export.disableProperty().bind(vm.session().design().modelProperty().isNull());
        var reports = new org.healthscore.ui.report.ReportCommands(vm.session());
        MenuItem exportReport = item("Export report…", "Shortcut+Shift+E", "menu-export-report",
                () -> dialogs.save("Export report", reports.suggestedName(".html"), "HTML report", ".html")
                        .ifPresent(reports::export));
        exportReport.disableProperty().bind(vm.session().design().resultProperty().isNull());
        MenuItem exportPdf = item("Export report as PDF…", null, "menu-export-report-pdf",
                () -> dialogs.save("Export report as PDF", reports.suggestedName(".pdf"), "PDF document", ".pdf")
                        .ifPresent(reports::export));
        exportPdf.disableProperty().bind(vm.session().design().resultProperty().isNull());
        MenuItem exportCompared = item("Export report compared with the scenario…", null, "menu-export-report-compare",
                () -> dialogs.save("Export report", reports.suggestedName(".html"), "HTML report", ".html")
                        .ifPresent(f -> vm.compare().scenarios().load(vm.compare().chosenProperty().get())
                                .thenAcceptAsync(b -> reports.export(f, b), vm.session().fxThread())));
        exportCompared.disableProperty().bind(vm.compare().chosenProperty().isNull()
                .or(vm.session().design().resultProperty().isNull()));
        MenuItem quit = item("Quit", "Shortcut+Q", "menu-quit", () -> unsaved.thenIfAllowed("Quitting", stage::close));
        Menu file = new Menu("File", null, newWs, open, openReadOnly, recent, new SeparatorMenuItem(), importCsv,
                overrides.get(0), overrides.get(1), datasets, new SeparatorMenuItem(), saveVersion, openVersion, importModel, export, exportReport, exportPdf, exportCompared, new SeparatorMenuItem(), quit);
        MenuItem undo = item("Undo", "Shortcut+Z", "menu-undo", vm.session().design()::undo);
        undo.disableProperty().bind(vm.session().design().canUndoProperty().not());
        MenuItem redo = item("Redo", "Shortcut+Shift+Z", "menu-redo", vm.session().design()::redo);
        redo.disableProperty().bind(vm.session().design().canRedoProperty().not());
        Menu edit = new Menu("Edit", null, undo, redo);
        Menu fromTemplate = new Menu("New model from template", null,
                item("Four-metric (setup 20 / usage 40 / NPS 20 / pulse 20)", null, "menu-template-four",
                        () -> vm.files().newModelFrom(org.healthscore.model.StarterTemplates.fourMetric())),
                item("Six-metric (engagement 30 / onboarding 20 / …)", null, "menu-template-six",
                        () -> vm.files().newModelFrom(org.healthscore.model.StarterTemplates.sixMetric())),
                item("Blank", null, "menu-template-blank",
                        () -> vm.files().newModelFrom(org.healthscore.model.StarterTemplates.blank())));
        fromTemplate.disableProperty().bind(vm.session().workspace().workspaceProperty().isNull());
        MenuItem bandsItem = item("Bands…", "Shortcut+B", "menu-bands",
                () -> org.healthscore.ui.bands.BandsEditor.show(stage, vm.session(), vm.bands()));
        bandsItem.disableProperty().bind(vm.session().design().modelProperty().isNull());
        MenuItem suggest = item("Suggest weights…", null, "menu-suggest-weights",
                () -> org.healthscore.ui.suggest.SuggestWeightsDialog.show(stage, vm.session(), vm.compare().scenarios()));
        suggest.disableProperty().bind(vm.session().design().resultProperty().isNull());
        MenuItem properties = item("Properties…", "Shortcut+Shift+P", "menu-properties",
                () -> org.healthscore.ui.modelfiles.ModelPropertiesDialog.show(stage,
                        new org.healthscore.ui.modelfiles.ModelPropertiesCommands(vm.session())));
        properties.disableProperty().bind(vm.session().design().modelProperty().isNull());
        var scenarios = vm.compare().scenarios();
        MenuItem saveScenario = item("Save as scenario…", "Shortcut+Alt+S", "menu-save-scenario", () ->
                org.healthscore.ui.compare.ScenarioDialogs.saveAs(stage, scenarios, vm.session().design()
                        .modelProperty().get(), vm.session().design().modelProperty().get().name() + " (what-if)"));
        saveScenario.disableProperty().bind(vm.session().design().modelProperty().isNull());
        MenuItem manageScenarios = item("Scenarios…", null, "menu-scenarios",
                () -> org.healthscore.ui.compare.ScenarioDialogs.manage(stage, scenarios, dialogs));
        manageScenarios.disableProperty().bind(vm.session().workspace().workspaceProperty().isNull());
        Menu modelMenu = new Menu("Model", null, properties, new SeparatorMenuItem(), fromTemplate, bandsItem, suggest,
                new SeparatorMenuItem(), saveScenario, manageScenarios);
        javafx.scene.control.CheckMenuItem presentation = new javafx.scene.control.CheckMenuItem("Presentation mode");
        presentation.setId("menu-presentation");
        presentation.setAccelerator(KeyCombination.keyCombination("F11"));
        presentation.selectedProperty().addListener((o, was, on) -> {
            // larger type and chart text for a projector, on the whole screen; the layout reflows around it
            if (on) {
                getStyleClass().add("presentation");
            } else {
                getStyleClass().remove("presentation");
            }
            workbench.setPresentation(on);
            stage.setFullScreen(on);
        });
        stage.setFullScreenExitHint("Presentation mode: F11 or Esc to leave");
        stage.fullScreenProperty().addListener((o, was, full) -> {
            if (!full) {
                presentation.setSelected(false); // Esc left full screen: leave presentation mode with it
            }
        });
        MenuItem switchAB = item("Switch between the model (A) and the scenario compared (B)", "F9", "menu-switch-ab",
                vm.compare()::switchAB);
        switchAB.disableProperty().bind(vm.session().design().modelProperty().isNull());
        Menu view = new Menu("View", null, presentation, switchAB, new SeparatorMenuItem());
        String[] chartNames = {"score distribution", "churn per band", "churn per decile", "ROC curve"};
        for (int c = 0; c < chartNames.length; c++) {
            int index = c;
            MenuItem enlarge = item("Enlarge the " + chartNames[c] + " (again: return)", "Shortcut+" + (c + 1),
                    "menu-enlarge-" + (c + 1), () -> workbench.toggleEnlargedChart(index));
            enlarge.disableProperty().bind(vm.session().design().resultProperty().isNull());
            view.getItems().add(enlarge);
        }
        MenuItem about = item("About", null, "menu-about", () -> {
            Alert a = new Alert(Alert.AlertType.INFORMATION, AppInfo.name() + " " + AppInfo.version()
                    + "\nDesign, validate and export customer health score models.", ButtonType.OK);
            a.initOwner(stage);
            a.show();
        });
        MenuItem keys = item("Keyboard shortcuts", "F1", "menu-keyboard-shortcuts", () -> { });
        MenuBar bar = new MenuBar(file, edit, view, modelMenu, new Menu("Help", null, keys, about));
        keys.setOnAction(e -> KeyboardShortcuts.show(stage, bar));
        return bar;
    }

    private void fillRecent(Menu recent) {
        recent.getItems().clear();
        for (Path p : vm.session().workspace().recentWorkspaces()) {
            MenuItem i = new MenuItem(p.getFileName() + "  —  " + p.getParent());
            i.setOnAction(e -> unsaved.thenIfAllowed("Opening another workspace", () -> vm.session().workspace().open(p, x -> x)));
            recent.getItems().add(i);
        }
        recent.setDisable(recent.getItems().isEmpty());
    }

    /** The modal import wizard; after a committed import the workbench reads the workspace again. */
    public void openImportWizard() {
        if (vm.session().workspace().workspaceProperty().get() == null) {
            return;
        }
        ImportWizardViewModel wizard = vm.workspaces().importWizard();
        Stage dialog = new Stage();
        dialog.initOwner(stage);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle("Import CSV files into " + vm.session().workspace().workspaceProperty().get().workspace().name());
        Scene scene = new Scene(new ImportWizardView(wizard, dialogs, dialog::close), 1100, 720);
        scene.getStylesheets().addAll(stage.getScene().getStylesheets());
        dialog.setScene(scene);
        dialog.setOnHidden(e -> {
            wizard.close(); // an import the user walked away from is cancelled or rolled back
            if (wizard.committedProperty().get()) {
                vm.session().workspace().reload();
            }
        });
        dialog.show();
    }

    private static Path withExtension(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".hsw") ? p : p.resolveSibling(n + ".hsw");
    }

    private static MenuItem item(String text, String accelerator, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
