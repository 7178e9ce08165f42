package org.healthscore.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The free-text notes about one account (CSM notes, NPS comments): every NOTE column of every dataset. */
public final class AccountNotes {
    /** One note: when (may be null), from which dataset and column, and the text. */
    public record Note(String date, String source, String text) {
    }

    private final Workspace workspace;

    public AccountNotes(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Newest first; at most {@code limit}. */
    public List<Note> forAccount(String accountId, int limit) {
        List<Note> out = new ArrayList<>();
        for (DatasetInfo d : new Catalog(workspace).datasets()) {
            String id = Sql.quote(d.column(ColumnRole.ACCOUNT_ID).orElseThrow().name());
            String date = d.column(ColumnRole.AS_OF).map(c -> Sql.quote(c.name())).orElse("NULL");
            for (ColumnSpec note : d.columns()) {
                if (note.role() != ColumnRole.NOTE) {
                    continue;
                }
                String col = Sql.quote(note.name());
                String sql = "SELECT " + date + ", " + col + " FROM " + Sql.quote(d.table()) + " WHERE " + id
                        + " = ? AND " + col + " IS NOT NULL AND " + col + " <> ''";
                try (PreparedStatement ps = workspace.connection().prepareStatement(sql)) {
                    ps.setString(1, accountId);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(new Note(rs.getString(1), d.name() + " · " + note.sourceName(), rs.getString(2)));
                        }
                    }
                } catch (SQLException e) {
                    throw new WorkspaceException("Cannot read notes of " + accountId + ": " + e.getMessage(), e);
                }
            }
        }
        out.sort(Comparator.comparing((Note n) -> n.date() == null ? "" : n.date()).reversed());
        return out.size() > limit ? out.subList(0, limit) : out;
    }
}
