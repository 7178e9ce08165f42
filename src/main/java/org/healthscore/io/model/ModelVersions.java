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

/** Named model versions saved in a workspace, as model JSON documents. */
public final class ModelVersions {
    /** One saved version. */
    public record Version(long id, String name, String savedAt) {
        @Override
        public String toString() {
            return name + " (" + savedAt.replace('T', ' ').replaceFirst("\\..*", "") + ")";
        }
    }

    private final Workspace workspace;

    public ModelVersions(Workspace workspace) {
        this.workspace = workspace;
    }

    public Version save(String name, HealthModel model) {
        if (name == null || name.isBlank()) {
            throw new WorkspaceException("A model version needs a name.");
        }
        workspace.requireWritable("save a model version in it");
        String now = java.time.Instant.now().toString();
        try (PreparedStatement ps = workspace.connection().prepareStatement(
                "INSERT INTO model_version(name, saved_at, model_json) VALUES (?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, name.strip());
            ps.setString(2, now);
            ps.setString(3, ModelJsonWriter.write(new ModelDocument(model.withName(name.strip()), now, null, null)));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return new Version(keys.getLong(1), name.strip(), now);
            }
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot save the model version: " + e.getMessage(), e);
        }
    }

    /** Newest first. */
    public List<Version> list() {
        List<Version> out = new ArrayList<>();
        try (Statement s = workspace.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT id, name, saved_at FROM model_version ORDER BY id DESC")) {
            while (rs.next()) {
                out.add(new Version(rs.getLong(1), rs.getString(2), rs.getString(3)));
            }
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot list model versions: " + e.getMessage(), e);
        }
        return out;
    }

    /** Loads a saved version; a stored document is validated like any model file. */
    public HealthModel load(long id) throws ModelFileException {
        try (PreparedStatement ps = workspace.connection().prepareStatement(
                "SELECT name, model_json FROM model_version WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new WorkspaceException("There is no model version " + id + ".");
                }
                return ModelJsonReader.parse("model version '" + rs.getString(1) + "'",
                        rs.getString(2).getBytes(StandardCharsets.UTF_8), null).model();
            }
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot read model version " + id + ": " + e.getMessage(), e);
        }
    }
}
