package org.healthscore.ui;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.healthscore.store.WindowMemory;
import org.healthscore.store.WindowMemory.Placement;

/**
 * Where the main window opens: where the user left it (when that is still on a screen), else large enough for
 * the charts next to the side panels. Remembers the window's normal (not maximized) bounds when it closes.
 */
final class WindowPlacement {
    /** Below this the four charts beside the weights and the metric editor cut their titles. */
    static final double FIRST_WIDTH = 1280;
    static final double FIRST_HEIGHT = 820;
    /** Share of the screen the window takes at first start on a large screen. */
    private static final double SCREEN_SHARE = 0.9;
    /** How much of a saved window must lie on a screen for it to open there again (a monitor may be gone). */
    private static final double ON_SCREEN = 100;

    private WindowPlacement() {
    }

    /** The first start's bounds on {@code screen} (its visual bounds): centred, 90 % of it, at least 1280 × 820. */
    static Rectangle2D firstStart(Rectangle2D screen) {
        double w = Math.min(screen.getWidth(), Math.max(FIRST_WIDTH, SCREEN_SHARE * screen.getWidth()));
        double h = Math.min(screen.getHeight(), Math.max(FIRST_HEIGHT, SCREEN_SHARE * screen.getHeight()));
        return new Rectangle2D(screen.getMinX() + (screen.getWidth() - w) / 2,
                screen.getMinY() + (screen.getHeight() - h) / 2, w, h);
    }

    /** The saved placement if its title bar's corner area lies on one of {@code screens}, else the first start's. */
    static Placement choose(Optional<Placement> saved, List<Rectangle2D> screens, Rectangle2D primary) {
        if (saved.isPresent()) {
            Placement p = saved.get();
            Rectangle2D corner = new Rectangle2D(p.x(), p.y(), Math.min(ON_SCREEN, p.width()), 1);
            if (screens.stream().anyMatch(s -> s.contains(corner))) {
                return p;
            }
        }
        Rectangle2D b = firstStart(primary);
        return new Placement(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight(), false);
    }

    /** Places {@code stage} before it is shown, and saves its placement to {@code memory} when it is hidden. */
    static void apply(Stage stage, WindowMemory memory) {
        List<Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
        Placement p = choose(memory.load(), screens, Screen.getPrimary().getVisualBounds());
        stage.setX(p.x());
        stage.setY(p.y());
        stage.setWidth(p.width());
        stage.setHeight(p.height());
        stage.setMaximized(p.maximized());
        double[] normal = {p.x(), p.y(), p.width(), p.height()};
        Runnable track = () -> {
            if (!stage.isMaximized() && !stage.isFullScreen() && !stage.isIconified()) {
                normal[0] = stage.getX();
                normal[1] = stage.getY();
                normal[2] = stage.getWidth();
                normal[3] = stage.getHeight();
            }
        };
        stage.xProperty().addListener(o -> track.run());
        stage.yProperty().addListener(o -> track.run());
        stage.widthProperty().addListener(o -> track.run());
        stage.heightProperty().addListener(o -> track.run());
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, e ->
                memory.save(new Placement(normal[0], normal[1], normal[2], normal[3], stage.isMaximized())));
    }
}
