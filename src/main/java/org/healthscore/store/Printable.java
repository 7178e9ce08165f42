package org.healthscore.store;

/**
 * Text from a file made safe to print on one terminal line: control characters (NUL, ESC, CR, LF, tab, DEL
 * and the C1 range) are written as escapes, so a hostile cell or header can neither split a line nor send a
 * terminal command. Every message that quotes file contents goes through it.
 */
public final class Printable {
    private Printable() {
    }

    public static String of(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            boolean control = ch < 0x20 || ch == 0x7F || (ch >= 0x80 && ch <= 0x9F) || ch == '\u2028' || ch == '\u2029';
            if (control && sb == null) {
                sb = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (sb != null) {
                if (!control) {
                    sb.append(ch);
                } else if (ch == '\n') {
                    sb.append("\\n");
                } else if (ch == '\r') {
                    sb.append("\\r");
                } else if (ch == '\t') {
                    sb.append("\\t");
                } else {
                    sb.append(String.format("\\u%04x", (int) ch));
                }
            }
        }
        return sb == null ? text : sb.toString();
    }
}
