package org.healthscore.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.healthscore.data.AccountTable;
import org.healthscore.data.CsmOverride;

/**
 * The CSM overrides kept in a workspace's {@code csm_override} table: added one at a time from the Accounts tab
 * or all of a file at once (in one transaction: all or none), removed by marking the day they stop. Nothing is
 * deleted, so an account's history shows every override it ever had.
 */
public final class CsmOverrides {
    private static final String COLUMNS = "id, account_id, band, metric_key, points, note, author, starts_on, until, "
            + "removed_on, removed_by, created_at";
    private final Workspace workspace;

    public CsmOverrides(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Every override, oldest first. */
    public List<CsmOverride> all() {
        return query("SELECT " + COLUMNS + " FROM csm_override ORDER BY id", null);
    }

    /** One account's overrides, newest first: its history. */
    public List<CsmOverride> forAccount(String accountId) {
        return query("SELECT " + COLUMNS + " FROM csm_override WHERE account_id = ? ORDER BY id DESC", accountId);
    }

    /** Stores one override; returns it with its id. */
    public CsmOverride add(CsmOverride o) {
        return addAll(List.of(o)).get(0);
    }

    /** Stores all of them in one transaction: all are stored, or (on any error) none. */
    public List<CsmOverride> addAll(List<CsmOverride> overrides) {
        workspace.requireWritable("add CSM overrides to it");
        Connection c = workspace.connection();
        List<CsmOverride> out = new ArrayList<>();
        try {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO csm_override(account_id, band, metric_key, "
                    + "points, note, author, starts_on, until, removed_on, removed_by, created_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                for (CsmOverride o : overrides) {
                    ps.setString(1, o.accountId());
                    if (o.change() instanceof CsmOverride.BandChange b) {
                        ps.setString(2, b.band());
                        ps.setNull(3, Types.VARCHAR);
                        ps.setNull(4, Types.REAL);
                    } else if (o.change() instanceof CsmOverride.PointsChange p) {
                        ps.setNull(2, Types.VARCHAR);
                        ps.setString(3, p.metricKey());
                        ps.setDouble(4, p.points());
                    }
                    ps.setString(5, o.note());
                    ps.setString(6, o.author());
                    ps.setString(7, CsmOverride.date(o.startsOn()));
                    ps.setString(8, CsmOverride.date(o.until()));
                    ps.setString(9, o.removed() ? CsmOverride.date(o.removedOn()) : null);
                    ps.setString(10, o.removed() ? o.removedBy() : null);
                    ps.setString(11, o.createdAt().isEmpty() ? java.time.Instant.now().toString() : o.createdAt());
                    ps.executeUpdate();
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        keys.next();
                        out.add(o.withId(keys.getLong(1)));
                    }
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new WorkspaceException(WorkspaceErrors.describe(workspace.file(), "Cannot save the CSM overrides",
                    e), e);
        }
        return out;
    }

    /** Marks an override removed from {@code day}: it stops applying then and stays in the history. */
    public void remove(long id, int day, String who) {
        workspace.requireWritable("remove a CSM override from it");
        try (PreparedStatement ps = workspace.connection().prepareStatement(
                "UPDATE csm_override SET removed_on = ?, removed_by = ? WHERE id = ? AND removed_on IS NULL")) {
            ps.setString(1, CsmOverride.date(day));
            ps.setString(2, who == null ? "" : who);
            ps.setLong(3, id);
            if (ps.executeUpdate() == 0) {
                throw new WorkspaceException("There is no standing CSM override " + id + " (removed already?).");
            }
        } catch (SQLException e) {
            throw new WorkspaceException(WorkspaceErrors.describe(workspace.file(), "Cannot remove the CSM override",
                    e), e);
        }
    }

    private List<CsmOverride> query(String sql, String accountId) {
        List<CsmOverride> out = new ArrayList<>();
        try (PreparedStatement ps = workspace.connection().prepareStatement(sql)) {
            if (accountId != null) {
                ps.setString(1, accountId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    CsmOverride o = read(rs);
                    if (o != null) {
                        out.add(o);
                    }
                }
            }
        } catch (SQLException e) {
            throw new WorkspaceException(WorkspaceErrors.describe(workspace.file(), "Cannot read the CSM overrides",
                    e), e);
        }
        return out;
    }

    /** One row; null for a row this version cannot read (written by hand, or before overrides had dates). */
    private static CsmOverride read(ResultSet rs) throws SQLException {
        String band = rs.getString(3);
        String metric = rs.getString(4);
        double points = rs.getDouble(5);
        boolean hasPoints = !rs.wasNull();
        try {
            CsmOverride.Change change = band != null ? new CsmOverride.BandChange(band)
                    : metric != null && hasPoints ? new CsmOverride.PointsChange(metric, points) : null;
            if (change == null || rs.getString(8) == null || rs.getString(9) == null) {
                return null;
            }
            String removed = rs.getString(10);
            return new CsmOverride(rs.getLong(1), rs.getString(2), change, rs.getString(6), rs.getString(7),
                    day(rs.getString(8)), day(rs.getString(9)), removed == null ? AccountTable.NO_DAY : day(removed),
                    rs.getString(11), rs.getString(12));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static int day(String iso) {
        return (int) LocalDate.parse(iso).toEpochDay();
    }
}
