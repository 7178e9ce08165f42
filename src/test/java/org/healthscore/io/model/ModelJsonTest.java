package org.healthscore.io.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.healthscore.model.HealthModel;
import org.healthscore.model.ModelProblem;
import org.healthscore.model.StarterTemplates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModelJsonTest {
    @TempDir
    Path dir;

    private static HealthModel roundTrip(HealthModel m) throws ModelFileException {
        String json = ModelJsonWriter.write(ModelDocument.of(m));
        return ModelJsonReader.parse("m.json", json.getBytes(StandardCharsets.UTF_8), null).model();
    }

    /** The one problem a broken variant of the four-metric model gives. */
    private static List<ModelProblem> problems(String json) {
        var e = assertThrows(ModelFileException.class,
                () -> ModelJsonReader.parse("bad.json", json.getBytes(StandardCharsets.UTF_8), null));
        return e.problems();
    }

    private static String four() {
        return ModelJsonWriter.write(ModelDocument.of(StarterTemplates.fourMetric()));
    }

    private static void assertProblem(List<ModelProblem> problems, String path, String words) {
        assertTrue(problems.stream().anyMatch(p -> p.path().equals(path) && p.message().contains(words)),
                "expected " + path + " with '" + words + "' in " + problems);
    }

    @Test
    void templatesRoundTripToEqualModels() throws Exception {
        assertEquals(StarterTemplates.fourMetric(), roundTrip(StarterTemplates.fourMetric()));
        assertEquals(StarterTemplates.sixMetric(), roundTrip(StarterTemplates.sixMetric()));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void randomModelsRoundTripToEqualModels(int seed) throws Exception {
        HealthModel m = RandomModels.generate(new Random(seed));
        assertEquals(m, roundTrip(m));
    }

    @Test
    void theShippedExampleModelsAreTheStarterTemplates() throws Exception {
        assertEquals(StarterTemplates.fourMetric(),
                ModelJsonReader.read(Path.of("sample-data/models/four-metric.json"), null).model());
        assertEquals(StarterTemplates.sixMetric(),
                ModelJsonReader.read(Path.of("sample-data/models/six-metric.json"), null).model());
    }

    @Test
    void negativeWeightsAreRefusedWithTheirPath() {
        assertProblem(problems(four().replaceFirst("\"weight\" : 20.0", "\"weight\" : -5")),
                "$.metrics[0].weight", "minimum");
    }

    @Test
    void allZeroWeightsAreRefused() {
        String json = four().replace("\"weight\" : 20.0", "\"weight\" : 0").replace("\"weight\" : 40.0", "\"weight\" : 0");
        assertProblem(problems(json), "$.metrics", "all weights are zero");
    }

    @Test
    void nonFiniteAndHugeNumbersAreRefused() {
        assertProblem(problems(four().replaceFirst("\"weight\" : 20.0", "\"weight\" : 1e400")),
                "$.metrics[0].weight", "finite");
        String longNumber = "1" + "0".repeat(500);
        assertProblem(problems(four().replaceFirst("\"weight\" : 20.0", "\"weight\" : " + longNumber)), "$",
                "not valid JSON");
        assertProblem(problems(four().replaceFirst("\"weight\" : 20.0", "\"weight\" : NaN")), "$", "not valid JSON");
    }

    @Test
    void overlappingOrUnorderedBinsAreRefused() {
        String bins = "{\"type\":\"bins\",\"bins\":[{\"lo\":null,\"hi\":5,\"points\":0},{\"lo\":3,\"hi\":8,\"points\":5},"
                + "{\"lo\":8,\"hi\":null,\"points\":10}]}";
        String json = four().replaceFirst("(?s)\"normalization\" : \\{.*?\\}", "\"normalization\" : " + bins);
        assertProblem(problems(json), "$.metrics[0].normalization.bins[1]", "overlaps");
    }

    @Test
    void aSegmentsOwnPointsAreWrittenReadBackAndCheckedAsAMetricsAre() throws Exception {
        HealthModel four = StarterTemplates.fourMetric();
        String key = four.metrics().get(1).key();
        var own = new org.healthscore.model.SegmentPoints(org.healthscore.model.Direction.LOWER_IS_BETTER,
                org.healthscore.model.Normalization.linear(0, 0.5), org.healthscore.model.MissingPolicy.ZERO);
        HealthModel m = four.withSegments(List.of(new org.healthscore.model.Segment("SMB", "segment", List.of("SMB"),
                java.util.Map.of(), null, java.util.Map.of(key, own))));
        String json = ModelJsonWriter.write(ModelDocument.of(m));
        assertTrue(json.contains("\"points\" : {\n      \"" + key + "\" : {\n        \"direction\" : \"lower_is_better\""),
                json);
        assertEquals(m, roundTrip(m));
        assertEquals(own, roundTrip(m).segments().get(0).points().get(key));
        assertProblem(problems(json.replace("\"" + key + "\" : {\n        \"direction\"", "\"nope\" : {\n        \"direction\"")),
                "$.segments[0].points.nope", "no metric has the key 'nope'");
        assertProblem(problems(json.replace("\"max\" : 0.5", "\"max\" : -1.0")),
                "$.segments[0].points." + key + ".normalization", "must be below max");
        assertProblem(problems(json.replace("\"missing\" : \"zero\"", "\"missing\" : \"sometimes\"")),
                "$.segments[0].points." + key + ".missing", "");
    }

    @Test
    void unorderedBandsAreRefused() {
        String json = four().replace("\"lower_bound\" : 60.0", "\"lower_bound\" : 90.0");
        assertProblem(problems(json), "$.bands[1].lower_bound", "highest lower bound down");
    }

    @Test
    void anUnknownFormatVersionIsRefused() {
        assertProblem(problems(four().replace("\"version\" : 1", "\"version\" : 7")), "$.version", "not known");
    }

    @Test
    void wrongTypesAndUnknownFieldsAreRefusedByTheSchema() {
        List<ModelProblem> p = problems(four().replaceFirst("\"staleness_days\" : 120", "\"staleness_days\" : \"soon\"")
                .replaceFirst("\"name\" : \"Four-metric starter\"", "\"name\" : \"x\", \"surprise\" : 1"));
        assertProblem(p, "$.metrics[0].staleness_days", "integer");
        assertProblem(p, "$", "surprise");
    }

    @Test
    void duplicateKeysAreRefused() {
        assertProblem(problems(four().replaceFirst("\"version\" : 1,", "\"version\" : 1, \"version\" : 1,")), "$",
                "Duplicate field");
    }

    @Test
    void deepNestingIsRefusedQuickly() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        assertProblem(problems("{\"format\":\"health-score-model\",\"x\":" + deep + "}"), "$", "nesting depth");
    }

    @Test
    void aHugeFileIsRefusedBeforeReading() throws Exception {
        Path f = dir.resolve("huge.json");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(200L * 1024 * 1024); // sparse: instant, takes no disk
        }
        var e = assertThrows(ModelFileException.class, () -> ModelJsonReader.read(f, null));
        assertProblem(e.problems(), "$", "200.0 MB");
    }

    @Test
    void sourceColumnsMissingFromTheWorkspaceAreAllListed() {
        Set<String> columns = Set.of("onboarding_steps", "active_users");
        var e = assertThrows(ModelFileException.class, () -> ModelJsonReader.parse("m.json",
                four().getBytes(StandardCharsets.UTF_8), columns::contains));
        assertProblem(e.problems(), "$.metrics[1].source.denominator", "'licensed_seats' is not in this workspace");
        assertProblem(e.problems(), "$.metrics[2].source.column", "'nps_score'");
        assertProblem(e.problems(), "$.metrics[3].source.column", "'pulse'");
        assertEquals(3, e.problems().size());
    }

    @Test
    void theSchemaRejectsABrokenModelAndTheMessageNamesTheFile() throws Exception {
        Path f = dir.resolve("broken.json");
        Files.writeString(f, "{\"format\": \"health-score-model\", \"version\": 1, \"name\": \"\", \"metrics\": {}, "
                + "\"bands\": []}");
        var e = assertThrows(ModelFileException.class, () -> ModelJsonReader.read(f, null));
        assertTrue(e.getMessage().startsWith("broken.json: "), e.getMessage());
        assertProblem(e.problems(), "$.metrics", "array");
        assertProblem(e.problems(), "$.bands", "at least 1");
        assertProblem(e.problems(), "$.name", "1");
    }

    @Test
    void notJsonAtAllIsRefusedWithItsLocation() {
        assertProblem(problems("metrics: [usage]"), "$", "line 1");
    }
}
