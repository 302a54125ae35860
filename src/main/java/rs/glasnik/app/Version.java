package rs.glasnik.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** glasnik's version, from the build ({@code version.properties} beside this class). */
final class Version {
    private static final String VERSION = read();

    private Version() {}

    static String get() {
        return VERSION;
    }

    /** The application named as the creator of the files: {@code glasnik 0.1.0}. */
    static String creator() {
        return "glasnik " + VERSION;
    }

    private static String read() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }
}
