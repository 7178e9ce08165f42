package org.healthscore.ui.common;

import java.util.Locale;

/** Number formats shared by the workbench views: NaN shows as an em dash, never as "NaN". */
public final class Formats {
    private Formats() {
    }

    public static String percent(double fraction) {
        return Double.isNaN(fraction) ? "—" : String.format(Locale.ROOT, "%.1f %%", 100 * fraction);
    }

    public static String ratio(double value) {
        return Double.isNaN(value) ? "—" : String.format(Locale.ROOT, "%.3f", value);
    }

    /** A metric value as a person types it: three significant digits, whole numbers from 100 up. */
    public static String number(double v) {
        if (Double.isNaN(v)) {
            return "—";
        }
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.3g", v);
    }

    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** "1 account", "2,000 accounts". */
    public static String accounts(long n) {
        return count(n) + (n == 1 ? " account" : " accounts");
    }

    /** A change of money with its sign first: "+$1.2M", "-$600k". */
    public static String moneyChange(double value) {
        return Double.isNaN(value) ? "—" : (value < 0 ? "-" : "+") + money(Math.abs(value));
    }

    public static String money(double value) {
        if (Double.isNaN(value)) {
            return "—";
        }
        if (Math.abs(value) >= 1e9) {
            return String.format(Locale.ROOT, "$%.1fB", value / 1e9);
        }
        if (Math.abs(value) >= 1e6) {
            return String.format(Locale.ROOT, "$%.1fM", value / 1e6);
        }
        return String.format(Locale.ROOT, "$%,.0fk", value / 1e3);
    }
}
