package org.healthscore.io.model;

import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The schema's messages a person needs, cause first. A normalization is one of four shapes (a JSON Schema
 * {@code oneOf}), so one wrong value — category points above 10 — fails every shape and the validator reports
 * all four branches' complaints (fifteen lines) before the one that matters. The branch whose {@code type}
 * matched is the one the author meant: only its messages are kept, and the oneOf summary is dropped.
 */
final class SchemaCauses {
    private SchemaCauses() {
    }

    /** The problems to show, cause first. */
    static List<org.healthscore.model.ModelProblem> of(Collection<ValidationMessage> messages) {
        List<ValidationMessage> out = new ArrayList<>(messages);
        List<org.healthscore.model.ModelProblem> synthesized = new ArrayList<>();
        for (ValidationMessage oneOf : messages) {
            if (!"oneOf".equals(oneOf.getType())) {
                continue;
            }
            String at = oneOf.getSchemaLocation().toString() + "/";
            Set<Integer> branches = new HashSet<>();
            Set<Integer> typeRejected = new HashSet<>();
            for (ValidationMessage m : messages) {
                int b = branch(m, at);
                if (b >= 0) {
                    branches.add(b);
                    if ("const".equals(m.getType()) && m.getInstanceLocation().toString().endsWith(".type")) {
                        typeRejected.add(b);
                    }
                }
            }
            Set<Integer> meant = new HashSet<>(branches);
            meant.removeAll(typeRejected);
            if (meant.size() == 1) {
                int keep = meant.iterator().next();
                out.removeIf(m -> m == oneOf || (branch(m, at) >= 0 && branch(m, at) != keep));
            } else if (meant.isEmpty()) {
                // no shape's type matched: one message naming the types there are, not every shape's complaints
                out.removeIf(m -> m == oneOf || branch(m, at) >= 0);
                List<String> types = new ArrayList<>();
                for (ValidationMessage m : messages) {
                    var c = java.util.regex.Pattern.compile("constant value '([^']*)'").matcher(m.getMessage());
                    if (branch(m, at) >= 0 && "const".equals(m.getType()) && c.find() && !types.contains(c.group(1))) {
                        types.add(c.group(1));
                    }
                }
                synthesized.add(new org.healthscore.model.ModelProblem(oneOf.getInstanceLocation() + ".type",
                        "must be one of " + String.join(", ", types)));
            }
        }
        List<org.healthscore.model.ModelProblem> problems = new ArrayList<>(synthesized);
        for (ValidationMessage m : out) {
            String text = m.getMessage();
            String prefix = m.getInstanceLocation().toString() + ": ";
            problems.add(new org.healthscore.model.ModelProblem(m.getInstanceLocation().toString(),
                    text.startsWith(prefix) ? text.substring(prefix.length()) : text));
        }
        return problems;
    }

    /** The oneOf branch (0, 1, …) a message comes from, when its schema location is under {@code prefix}. */
    private static int branch(ValidationMessage m, String prefix) {
        String loc = m.getSchemaLocation().toString();
        if (!loc.startsWith(prefix)) {
            return -1;
        }
        int end = prefix.length();
        while (end < loc.length() && Character.isDigit(loc.charAt(end))) {
            end++;
        }
        return end == prefix.length() ? -1 : Integer.parseInt(loc.substring(prefix.length(), end));
    }
}
