package org.healthscore.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.healthscore.data.AsOfPolicy;
import org.healthscore.data.Dataset;
import org.healthscore.data.FrameAssembler;
import org.healthscore.model.StarterTemplates;
import org.healthscore.store.DatasetLoader;
import org.healthscore.store.ImportListener;
import org.healthscore.store.SampleWorkspace;
import org.healthscore.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreHistoryTest {
    @TempDir
    Path dir;

    @Test
    void eachPointEqualsTheEnginesScoreOfTheWholeFrameAsOfThatDay() {
        Dataset d;
        try (Workspace w = Workspace.open(SampleWorkspace.ensure(dir.resolve("s.hsw"), ImportListener.NONE))) {
            d = new DatasetLoader(w).load();
        }
        var model = StarterTemplates.fourMetric();
        int[] span = d.observationSpan();
        int account = 41;
        ScoreHistory.Series h = ScoreHistory.of(d, model, account, span[0], span[1], 91);
        for (int t = 0; t < h.days().length; t += 2) {
            var frame = new FrameAssembler(d).assemble(model.metrics(), AsOfPolicy.fixed(h.days()[t]));
            var scores = new ScoringEngine(frame).score(model, Cancel.NEVER);
            assertEquals(scores.score()[account], h.scores()[t], 1e-9, "day " + h.days()[t]);
            double sum = 0;
            for (double[] c : h.contributions()) {
                sum += Double.isNaN(c[t]) ? 0 : c[t];
            }
            assertEquals(h.scores()[t], sum, 1e-9, "contributions add up");
        }
    }
}
