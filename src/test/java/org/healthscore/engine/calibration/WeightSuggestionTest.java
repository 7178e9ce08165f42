package org.healthscore.engine.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.healthscore.engine.Cancel;
import org.healthscore.engine.Scores;
import org.healthscore.engine.ScoringEngine;
import org.healthscore.engine.SyntheticFrame;
import org.healthscore.model.HealthModel;
import org.healthscore.model.Metric;
import org.healthscore.model.Segment;
import org.junit.jupiter.api.Test;

class WeightSuggestionTest {
    private final HealthModel model = SyntheticFrame.model(3).withSegments(List.of(
            new Segment("Enterprise", "segment", List.of("Enterprise"), Map.of("m1", 5.0), null),
            new Segment("SMB", "segment", List.of("SMB"), Map.of(), null)));
    private final Scores scores = new ScoringEngine(SyntheticFrame.generate(20_000, 3, 9)).score(model, Cancel.NEVER);

    @Test
    void fitsTheDefaultsOnEveryAccountAndEachSegmentOnItsOwn() {
        List<int[]> progress = new ArrayList<>();
        WeightSuggestion s = WeightSuggestion.fit(scores, 4, Cancel.NEVER, (done, total) -> progress.add(
                new int[] {done, total}));
        double[] defaults = model.metrics().stream().mapToDouble(Metric::weight).toArray();
        Calibration all = WeightCalibrator.calibrate(scores.points(), scores.frame().accounts().outcome(), defaults, 4,
                Cancel.NEVER, WeightCalibrator.Progress.NONE);
        assertArrayEquals(all.suggestedPercent(), s.all().suggestedPercent(), 1e-12);
        assertEquals(2, s.bySegment().size());
        for (int seg = 0; seg < 2; seg++) {
            Calibration own = WeightCalibrator.calibrateSegment(scores.points(), scores.frame().accounts().outcome(),
                    scores.segmentOf(), seg, scores.weightsBySegment()[seg + 1], 4, Cancel.NEVER,
                    WeightCalibrator.Progress.NONE);
            assertArrayEquals(own.suggestedPercent(), s.bySegment().get(seg).suggestedPercent(), 1e-12);
            assertEquals(own.accounts(), s.bySegment().get(seg).accounts());
        }
        int[] last = progress.get(progress.size() - 1);
        assertEquals(last[1], last[0], "progress ends complete");
        assertEquals(4 + 1 + 2, last[1], "folds, the final fit, then one step per segment");
    }

    @Test
    void appliesTheDefaultsAndOnlyTheSegmentsTaken() {
        WeightSuggestion s = WeightSuggestion.fit(scores, 3, Cancel.NEVER, WeightCalibrator.Progress.NONE);
        HealthModel applied = s.applyTo(model, Set.of(0));
        for (int j = 0; j < 3; j++) {
            String key = model.metrics().get(j).key();
            assertEquals(Math.round(s.all().suggestedPercent()[j] * 10) / 10.0, applied.metrics().get(j).weight(), 0);
            assertEquals(Math.round(s.bySegment().get(0).suggestedPercent()[j] * 10) / 10.0,
                    applied.segments().get(0).weights().get(key), 0, "Enterprise takes its own fit");
        }
        assertEquals(model.segments().get(1), applied.segments().get(1), "SMB was not taken: unchanged");
        assertEquals(model.bands(), applied.bands());
    }
}
