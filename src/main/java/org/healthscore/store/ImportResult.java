package org.healthscore.store;

import java.util.List;

/**
 * What an import did. {@code rejects} holds the first rejected rows (up to a cap); {@code rejectedCount}
 * counts them all. When {@code committed} is false the workspace is exactly as before.
 */
public record ImportResult(List<String> datasets, long importedRows, long rejectedCount, List<RejectedRow> rejects,
                           boolean committed, String message) {
}
