package rs.glasnik.translit;

import java.util.Set;

/**
 * Unit symbols for {@link LatinToCyrillic}, which keeps them in Latin: 120 km/h, 25 °C, 5 kg.
 *
 * <p>{@code UnitSymbols.afterNumber("5 kg", 2, 4, 0)} is true.
 */
final class UnitSymbols {
    private UnitSymbols() {}

    /** Unit symbols kept in Latin after a number: 120 km/h, 25 °C, 5 kg. */
    private static final Set<String> UNITS =
            Set.of(
                    "km", "m", "cm", "mm", "dm", "nm", "µm", "kg", "mg", "t", "l", "ml", "dl", "cl",
                    "h", "kW", "kWh", "MW", "MWh", "GW", "GWh", "TWh", "W", "kV", "mV", "V", "mA",
                    "kA", "mAh", "Wh", "Hz", "kHz", "MHz", "GHz", "dB", "g", "µg", "ha", "kcal",
                    "kJ", "MJ", "Pa", "kPa", "hPa", "MPa", "bar", "mbar", "kB", "MB", "GB", "TB",
                    "Mb", "Gb", "ppm", "rpm", "mph", "kt", "lb", "oz", "ft", "km2", "m2", "m3",
                    "cm2", "cm3", "mm2");

    /**
     * A unit symbol: after a number (5 kg, 120 km/h, 120km/h), or one that cannot be a word (°C,
     * km/h, m/s).
     */
    static boolean afterNumber(CharSequence s, int from, int to, int lineFrom) {
        int b = to;
        while (b > from && ",.;:!?)”\"»".indexOf(s.charAt(b - 1)) >= 0) {
            b--;
        }
        int a = from;
        while (a < b && "(„“\"«".indexOf(s.charAt(a)) >= 0) {
            a++;
        }
        String token = s.subSequence(a, b).toString();
        int digits = 0;
        while (digits < token.length()
                && (Character.isDigit(token.charAt(digits))
                        || ((token.charAt(digits) == ',' || token.charAt(digits) == '.')
                                && digits > 0))) {
            digits++;
        }
        boolean glued = digits > 0;
        String unit = token.substring(digits);
        if (unit.startsWith("°")) {
            return true;
        }
        int slash = unit.indexOf('/');
        if (slash > 0) {
            return isUnit(unit.substring(0, slash))
                    && (isUnit(unit.substring(slash + 1)) || unit.substring(slash + 1).equals("s"));
        }
        int p = from - 1;
        while (p >= lineFrom && Letters.isWhitespace(s.charAt(p))) {
            p--;
        }
        boolean afterNumber = glued || (p >= lineFrom && Character.isDigit(s.charAt(p)));
        return afterNumber && !unit.isEmpty() && isUnit(unit);
    }

    /** Unit symbols that are never Serbian words, kept anywhere: u MHz, snaga u kWh. */
    private static final Set<String> UNAMBIGUOUS =
            Set.of(
                    "Hz", "kHz", "MHz", "GHz", "THz", "kW", "kWh", "MW", "MWh", "GW", "GWh", "TWh",
                    "Wh", "kV", "mV", "mA", "kA", "mAh", "dB", "dBm", "kJ", "MJ", "kPa", "hPa",
                    "MPa", "GPa", "km/h", "m/s", "kcal", "µm", "µg", "mg/l", "kB/s", "MB/s", "Mb/s",
                    "Gb/s", "kbit/s", "Mbit/s", "Gbit/s");

    static boolean unambiguous(CharSequence s, int from, int to) {
        if (to - from < 2 || to - from > 7) {
            return false;
        }
        boolean candidate = false;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            candidate |= Character.isUpperCase(c) || c == '/' || c == 'µ';
        }
        candidate |= to - from == 4 && s.charAt(from) == 'k' && s.charAt(from + 1) == 'c';
        return candidate && UNAMBIGUOUS.contains(s.subSequence(from, to).toString());
    }

    static boolean isUnit(String token) {
        return UNITS.contains(token) || UNITS.contains(token.replace("²", "2").replace("³", "3"));
    }
}
