package org.healthscore.ui.session;

import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.healthscore.store.LoadListener;

/**
 * Turns the loader's row counts (from its reader threads) into a status line — "Opening big.hsw… 23 % (12.1 M of
 * 52.4 M rows)" — posted to the FX thread only when the whole percentage changes.
 */
final class LoadProgress implements LoadListener {
    private final String message;
    private final Consumer<String> status;
    private final Executor fxThread;
    private int shownPercent = -1;

    LoadProgress(String message, Consumer<String> status, Executor fxThread) {
        this.message = message;
        this.status = status;
        this.fxThread = fxThread;
    }

    @Override
    public synchronized void progress(long rowsRead, long rowsTotal) {
        int percent = rowsTotal <= 0 ? 100 : (int) Math.min(100, 100 * rowsRead / rowsTotal);
        if (percent == shownPercent) {
            return;
        }
        shownPercent = percent;
        String text = String.format(Locale.ROOT, "%s… %d %% (%s of %s rows read)", message, percent,
                millions(rowsRead), millions(rowsTotal));
        fxThread.execute(() -> status.accept(text));
    }

    static String millions(long rows) {
        return rows >= 1_000_000 ? String.format(Locale.ROOT, "%.1f M", rows / 1e6)
                : String.format(Locale.ROOT, "%,d", rows);
    }
}
