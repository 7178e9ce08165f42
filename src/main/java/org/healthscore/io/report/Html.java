package org.healthscore.io.report;

/** Escaping for text from files and models (names, ids, playbooks): nothing a file says becomes markup. */
final class Html {
    private Html() {
    }

    static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(Character.isISOControl(c) && c != '\n' && c != '\t' ? ' ' : c);
            }
        }
        return sb.toString();
    }

    /** A band color as given by the model, if it is a #rgb or #rrggbb color; grey otherwise. */
    static String color(String css) {
        return css != null && css.matches("#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?") ? css : "#888888";
    }
}
