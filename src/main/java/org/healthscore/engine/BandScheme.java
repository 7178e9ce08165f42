package org.healthscore.engine;

import java.util.ArrayList;
import java.util.List;
import org.healthscore.model.Band;
import org.healthscore.model.Bands;
import org.healthscore.model.HealthModel;
import org.healthscore.model.Segment;

/**
 * The model's bands as one list across segments: the default bands (best first), then any band name that only
 * a segment defines. Tables and charts count accounts per entry of this list, matched by name.
 */
public record BandScheme(List<Band> bands, int[][] segmentToGlobal) {

    public static BandScheme of(HealthModel model) {
        List<Band> global = new ArrayList<>(Bands.descending(model.bands()));
        List<Segment> segments = model.segments();
        int[][] map = new int[segments.size() + 1][];
        map[0] = identity(global.size());
        for (int s = 0; s < segments.size(); s++) {
            List<Band> own = Bands.descending(segments.get(s).bandsOr(model.bands()));
            map[s + 1] = new int[own.size()];
            for (int b = 0; b < own.size(); b++) {
                int g = indexByName(global, own.get(b).name());
                if (g < 0) {
                    global.add(own.get(b));
                    g = global.size() - 1;
                }
                map[s + 1][b] = g;
            }
        }
        return new BandScheme(List.copyOf(global), map);
    }

    /** Bands (best first) an account of segment {@code segment} (-1 = none) is matched against. */
    public List<Band> bandsFor(HealthModel model, int segment) {
        return segment < 0 ? Bands.descending(model.bands())
                : Bands.descending(model.segments().get(segment).bandsOr(model.bands()));
    }

    public int size() {
        return bands.size();
    }

    public int indexOf(String name) {
        return indexByName(bands, name);
    }

    private static int indexByName(List<Band> bands, String name) {
        for (int i = 0; i < bands.size(); i++) {
            if (bands.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static int[] identity(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return a;
    }
}
