package org.healthscore.ui.workbench;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import javafx.animation.AnimationTimer;
import javafx.beans.value.ChangeListener;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.healthscore.engine.Cancel;
import org.healthscore.engine.EvaluationOptions;
import org.healthscore.engine.RecomputeResult;
import org.healthscore.engine.ScoringEngine;
import org.healthscore.engine.SyntheticFrame;
import org.healthscore.model.Bands;
import org.healthscore.model.HealthModel;
import org.healthscore.model.WeightShares;
import org.healthscore.ui.AppLook;
import org.healthscore.ui.common.Formats;
import org.healthscore.ui.common.FxExecutors;
import org.healthscore.ui.overview.OverviewPane;
import org.healthscore.ui.session.StartOptions;

/**
 * A weight drag rehearsed off screen on generated accounts while the app starts and opens its first workspace,
 * so that the JIT compiler has compiled much of what a drag runs — the engine's live previews, the charts' and
 * figures' updates, the weight controls, CSS, layout and drawing — before the user's first drag. Without it, the
 * first drag after opening a million accounts ran that code before it was compiled, while the compiler took a core
 * (docs/PERFORMANCE.md). Nothing of it is ever on screen. It stops at the user's first press of a key or a mouse
 * button, or first scroll, or edit of the model, or after {@value #MAX_FRAMES} frames: from then on the FX
 * thread and the cores are the user's.
 */
public final class DragRehearsal {
    private static final Logger LOG = Logger.getLogger(DragRehearsal.class.getName());
    static final int ACCOUNTS = 20_000;
    static final int MAX_FRAMES = 900; // 15 s at 60 frames a second
    private static final int METRICS = 8;
    private static final int POSITIONS = 60; // per rehearsed drag; each ends with the exact figures, as on release
    private static final EvaluationOptions LIVE = StartOptions.OPTIONS.withExact(false);

    private final OverviewPane overview = new OverviewPane(name -> Optional.empty(), message -> { });
    /** Stand-ins for the weights panel's rows: a drag moves every row's slider, share and exact field. */
    private final Slider[] sliders = new Slider[METRICS];
    private final Label[] shares = new Label[METRICS];
    private final TextField[] fields = new TextField[METRICS];
    private final BorderPane root = new BorderPane(overview);
    private final WritableImage drawn;
    private final ExecutorService worker = FxExecutors.single("drag-rehearsal");
    private final AtomicReference<RecomputeResult> ready = new AtomicReference<>();
    private final AnimationTimer timer;
    private Runnable onStop = () -> { };
    private ScoringEngine engine; // worker thread only
    private HealthModel model; // worker thread only
    private int step; // worker thread only
    private RecomputeResult previous;
    private int frames;
    private int shown;
    private boolean stopped;

    private DragRehearsal(double width, double height) {
        VBox rows = new VBox(10);
        for (int j = 0; j < METRICS; j++) {
            sliders[j] = new Slider(0, 100, 0);
            shares[j] = new Label();
            fields[j] = new TextField();
            fields[j].setPrefColumnCount(4);
            rows.getChildren().add(new VBox(4, new HBox(6, sliders[j], shares[j]), fields[j]));
        }
        root.setLeft(rows);
        new Scene(root, width, height).getStylesheets().add(AppLook.stylesheet());
        drawn = new WritableImage((int) width, (int) height);
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                frame();
            }
        };
    }

    /** Starts rehearsing now, until {@link #stop()} or {@value #MAX_FRAMES} frames; call on the FX thread. */
    public static DragRehearsal start() {
        DragRehearsal r = new DragRehearsal(1280, 760);
        r.worker.execute(() -> {
            r.engine = new ScoringEngine(SyntheticFrame.generate(ACCOUNTS, METRICS, 7), true);
            r.model = SyntheticFrame.model(METRICS);
            r.computeNext();
        });
        r.timer.start();
        return r;
    }

    /**
     * Starts rehearsing while {@code vm} opens its first workspace in {@code window}; stops at the user's first
     * key or mouse press or scroll in the window, or first edit of the opened workspace's model.
     */
    public static DragRehearsal untilUserActs(WorkbenchViewModel vm, Scene window) {
        DragRehearsal r = start();
        EventHandler<Event> input = e -> r.stop();
        ChangeListener<HealthModel> edit = (o, old, now) -> {
            if (vm.session().design().resultProperty().get() != null) {
                r.stop(); // not the model the workspace opened with: an edit
            }
        };
        window.addEventFilter(MouseEvent.MOUSE_PRESSED, input);
        window.addEventFilter(KeyEvent.KEY_PRESSED, input);
        window.addEventFilter(ScrollEvent.SCROLL, input);
        vm.session().design().modelProperty().addListener(edit);
        r.onStop = () -> {
            window.removeEventFilter(MouseEvent.MOUSE_PRESSED, input);
            window.removeEventFilter(KeyEvent.KEY_PRESSED, input);
            window.removeEventFilter(ScrollEvent.SCROLL, input);
            vm.session().design().modelProperty().removeListener(edit);
        };
        return r;
    }

    /** One drag position on the worker: the second metric's share moves back and forth between 10 and 70 %. */
    private void computeNext() {
        step++;
        int position = step % POSITIONS;
        boolean up = (step / POSITIONS) % 2 == 0;
        double share = up ? 10 + position : 10 + POSITIONS - position;
        model = model.withMetrics(WeightShares.setShare(model.metrics(), SyntheticFrame.key(1), share, Set.of()));
        boolean release = position == POSITIONS - 1;
        ready.set(RecomputeResult.compute(step, engine, model, LIVE.withExact(release), Cancel.NEVER));
    }

    /** One frame: the newest rehearsed result applied as the window applies one, then the next one asked for. */
    private void frame() {
        if (stopped || ++frames > MAX_FRAMES) {
            stop();
            return;
        }
        RecomputeResult r = ready.getAndSet(null);
        if (r == null) {
            return;
        }
        overview.show(r, previous, Bands.descending(r.model().bands()));
        for (int j = 0; j < METRICS; j++) {
            double share = 100 * r.model().metrics().get(j).weight() / r.model().totalWeight();
            sliders[j].setValue(share);
            shares[j].setText(Formats.percent(share / 100));
            fields[j].setText(String.format(Locale.ROOT, "%.1f", share));
        }
        previous = r;
        shown++;
        if (shown % 4 == 0) {
            root.snapshot(null, drawn); // CSS, layout and drawing, as a frame of the window has them
        } else {
            root.applyCss();
            root.layout();
        }
        worker.execute(this::computeNext);
    }

    /** Stops rehearsing (again: nothing); what was compiled stays compiled. */
    public void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        timer.stop();
        worker.shutdownNow();
        onStop.run();
        LOG.fine(() -> "drag rehearsal: " + shown + " results in " + frames + " frames");
    }

    /** Results shown in the off-screen overview so far. */
    public int shown() {
        return shown;
    }

    public boolean isStopped() {
        return stopped;
    }

    /** The off-screen overview the rehearsal draws (never shown). */
    public OverviewPane overview() {
        return overview;
    }
}
