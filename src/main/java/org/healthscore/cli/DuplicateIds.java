package org.healthscore.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.healthscore.io.csv.SnapshotRows;
import org.healthscore.store.Printable;

/**
 * Finds ids that repeat in a one-row-per-account file while it streams, in 8–16 bytes per row: a set of 64-bit
 * hashes flags candidates, and a second pass over the file confirms them exactly (a hash can collide; an id is
 * compared as written, never trimmed).
 */
final class DuplicateIds {
    private static final int MAX_CANDIDATES = 1000;
    private long[] table = new long[1 << 16];
    private int size;
    private boolean zeroSeen;
    private final Set<String> candidates = new LinkedHashSet<>();

    void add(String id) {
        if (id != null) {
            add(id, hash(id));
        }
    }

    /** As {@link #add(String)} with the id's {@link #hash} computed already (on a scoring thread). */
    void add(String id, long h) {
        if (id == null) {
            return;
        }
        if (h == 0) {
            if (zeroSeen) {
                candidate(id);
            }
            zeroSeen = true;
            return;
        }
        if (size * 2 >= table.length) {
            grow();
        }
        int mask = table.length - 1;
        for (int i = (int) (h ^ (h >>> 32)) & mask; ; i = (i + 1) & mask) {
            if (table[i] == 0) {
                table[i] = h;
                size++;
                return;
            }
            if (table[i] == h) {
                candidate(id);
                return;
            }
        }
    }

    private void candidate(String id) {
        if (candidates.size() < MAX_CANDIDATES) {
            candidates.add(id);
        }
    }

    boolean maybe() {
        return !candidates.isEmpty();
    }

    /** Reads the file again; returns "id 'A1' repeats (lines 3, 9), …" for the real repeats, or null. */
    String confirm(Path file, String idColumn, Set<String> missingTokens) throws IOException {
        Map<String, List<Long>> lines = new LinkedHashMap<>();
        candidates.forEach(c -> lines.put(c, new ArrayList<>()));
        SnapshotRows.read(file, Set.of(idColumn), missingTokens, row -> {
            List<Long> at = lines.get(row.cells().apply(idColumn));
            if (at != null) {
                at.add(row.line());
            }
        });
        List<Map.Entry<String, List<Long>>> real = lines.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .toList();
        if (real.isEmpty()) {
            return null;
        }
        return real.size() + (real.size() == 1 ? " id repeats: " : " ids repeat: ") + real.stream().limit(5)
                .map(e -> "'" + Printable.of(e.getKey()) + "' (lines " + e.getValue().stream().limit(4)
                        .map(String::valueOf).collect(Collectors.joining(", ")) + ")")
                .collect(Collectors.joining(", ")) + (real.size() > 5 ? " and " + (real.size() - 5) + " more" : "");
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        int mask = table.length - 1;
        for (long h : old) {
            if (h != 0) {
                int i = (int) (h ^ (h >>> 32)) & mask;
                while (table[i] != 0) {
                    i = (i + 1) & mask;
                }
                table[i] = h;
            }
        }
    }

    /** A 64-bit FNV-1a hash of the id's characters, mixed (so that similar ids spread over the table). */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }
}
