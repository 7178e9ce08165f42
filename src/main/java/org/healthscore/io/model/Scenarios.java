package org.healthscore.io.model;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.healthscore.model.HealthModel;
import org.healthscore.store.Workspace;
import org.healthscore.store.WorkspaceException;

/**
 * Named what-if scenarios saved in a workspace ("Usage counts less, support more"), each a whole model as a model
 * JSON document, to compare with the model being edited. Names are unique: saving under a name that is taken
 * replaces that scenario.
 */
public final class Scenarios {
    /** One saved scenario. */
    public record Scenario(long id, String name, String createdAt) {
        @Override
        public String toString() {
            return name;
        }
    }

    private final Workspace workspace;

    public Scenarios(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Saves {@code model} as scenario {@code name} (the model takes the name), replacing one of that name. */
    public Scenario save(String name, HealthModel model) {
        String clean = checked(name);
        workspace.requireWritable("save a scenario in it");
        String now = java.time.Instant.now().toString();
        try (PreparedStatement ps = workspace.connection().prepareStatement("INSERT INTO scenario(name, model_json, "
                + "created_at) VALUES (?, ?, ?) ON CONFLICT(name) DO UPDATE SET model_json = excluded.model_json, "
                + "created_at = excluded.created_at", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, clean);
            ps.setString(2, ModelJsonWriter.write(new ModelDocument(model.withName(clean), now, null, null)));
            ps.setString(3, now);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot save the scenario: " + e.getMessage(), e);
        }
        return list().stream().filter(s -> s.name().equals(clean)).findFirst().orElseThrow();
    }

    /** In the order they were saved. */
    public List<Scenario> list() {
        List<Scenario> out = new ArrayList<>();
        try (Statement s = workspace.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT id, name, created_at FROM scenario ORDER BY id")) {
            while (rs.next()) {
                out.add(new Scenario(rs.getLong(1), rs.getString(2), rs.getString(3)));
            }
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot list scenarios: " + e.getMessage(), e);
        }
        return out;
    }

    /** A saved scenario's model; a stored document is validated like any model file. */
    public HealthModel load(long id) throws ModelFileException {
        try (PreparedStatement ps = workspace.connection().prepareStatement(
                "SELECT name, model_json FROM scenario WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new WorkspaceException("There is no scenario " + id + " (deleted?).");
                }
                return ModelJsonReader.parse("scenario '" + rs.getString(1) + "'",
                        rs.getString(2).getBytes(StandardCharsets.UTF_8), null).model();
            }
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot read scenario " + id + ": " + e.getMessage(), e);
        }
    }

    /** Renames a scenario (its model takes the new name); refused when another has that name. */
    public void rename(long id, String name) throws ModelFileException {
        String clean = checked(name);
        workspace.requireWritable("rename a scenario in it");
        if (list().stream().anyMatch(s -> s.name().equals(clean) && s.id() != id)) {
            throw new WorkspaceException("There is already a scenario named '" + clean + "'.");
        }
        HealthModel model = load(id).withName(clean);
        try (PreparedStatement ps = workspace.connection().prepareStatement(
                "UPDATE scenario SET name = ?, model_json = ? WHERE id = ?")) {
            ps.setString(1, clean);
            ps.setString(2, ModelJsonWriter.write(new ModelDocument(model, java.time.Instant.now().toString(), null,
                    null)));
            ps.setLong(3, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot rename the scenario: " + e.getMessage(), e);
        }
    }

    public void delete(long id) {
        workspace.requireWritable("delete a scenario from it");
        try (PreparedStatement ps = workspace.connection().prepareStatement("DELETE FROM scenario WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot delete the scenario: " + e.getMessage(), e);
        }
    }

    private static String checked(String name) {
        if (name == null || name.isBlank()) {
            throw new WorkspaceException("A scenario needs a name.");
        }
        String clean = name.strip();
        if (clean.length() > 120) {
            throw new WorkspaceException("A scenario's name is at most 120 characters; this one has "
                    + clean.length() + ".");
        }
        return clean;
    }
}
