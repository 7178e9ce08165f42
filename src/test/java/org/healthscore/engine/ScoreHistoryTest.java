package org.healthscore.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.healthscore.data.AsOfPolicy;
import org.healthscore.data.Dataset;
import org.healthscore.data.FrameAssembler;
import org.healthscore.model.HealthModel;
import org.healthscore.model.Segment;
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
        eachPointEqualsTheEngine(StarterTemplates.fourMetric());
    }

    @Test
    void anAccountInASegmentIsScoredWithItsSegmentsWeights() {
        var base = StarterTemplates.fourMetric();
        String first = base.metrics().get(0).key();
        // every segment value the sample has, so the account is in a segment whatever its value
        var everyone = new Segment("All", "segment", List.of("SMB", "Mid-Market", "Enterprise"),
                Map.of(first, 90.0), null);
        eachPointEqualsTheEngine(base.withSegments(List.of(everyone)));
    }

    private void eachPointEqualsTheEngine(HealthModel model) {
        Dataset d;
        try (Workspace w = Workspace.open(SampleWorkspace.ensure(dir.resolve("s.hsw"), ImportListener.NONE))) {
            d = new DatasetLoader(w).load();
        }
        int[] span = d.observationSpan();
        int account = 41;
        var latest = new ScoringEngine(new FrameAssembler(d).assemble(model.metrics(), AsOfPolicy.fixed(span[1])))
                .score(model, Cancel.NEVER);
        ScoreHistory.Series h = ScoreHistory.of(d, latest.metricsOf(account), latest.weightsOf(account), account, span[0],
                span[1], 91);
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
