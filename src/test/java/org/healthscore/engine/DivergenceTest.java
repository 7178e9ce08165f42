package org.healthscore.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.healthscore.data.Outcome;
import org.healthscore.model.MissingPolicy;
import org.junit.jupiter.api.Test;

class DivergenceTest {
    @Test
    void bothWaysOfDisagreementAreListedLargestFirst() {
        // usage (data) and pulse (CSM), both 0–10 = points
        var frame = TestFrames.frame(new byte[] {Outcome.UNKNOWN, Outcome.UNKNOWN, Outcome.UNKNOWN, Outcome.UNKNOWN},
                null, Map.of("usage", new double[] {2, 9, 5, 5}, "pulse", new double[] {9, 3, 5, Double.NaN}));
        var model = TestFrames.model(TestFrames.metric("usage", TestFrames.identity(), MissingPolicy.NEUTRAL, 1),
                TestFrames.metric("pulse", TestFrames.identity(), MissingPolicy.NEUTRAL, 1));
        List<Divergence.Row> rows = Divergence.find(frame, model, "pulse", 30, Cancel.NEVER);
        assertEquals(List.of("A1", "A2"), rows.stream().map(Divergence.Row::accountId).toList());
        assertEquals(90 - 20, rows.get(0).gap(), 1e-9, "A1: happy CSM, failing data");
        assertEquals(30 - 90, rows.get(1).gap(), 1e-9, "A2: worried CSM, healthy data");
    }
}
