package rs.glasnik.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;
import rs.glasnik.app.Requests;
import rs.glasnik.model.Problem;

/** {@code glasnik check --format json}: the check's result as one JSON object. */
final class CheckJson {
    private CheckJson() {}

    /**
     * JSON keeps every value as it is; besides the control characters JSON itself escapes, DEL, the
     * C1 controls and the bidirectional controls are written as &#92;u escapes too, so that the
     * output, read back, has the real value and, printed, cannot drive a terminal.
     */
    private static final class TerminalSafe extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii = standardAsciiEscapesForJSON();

        TerminalSafe() {
            ascii[0x7F] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch > 0x7F && !Character.isSurrogate((char) ch) && Problems.unsafe((char) ch)) {
                return new SerializedString(String.format(Locale.ROOT, "\\u%04x", ch));
            }
            return null;
        }
    }

    /** The result of {@code check} as JSON: ok, counts, every release and every problem. */
    static String json(Requests.CheckResult result) throws IOException {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
            g.useDefaultPrettyPrinter();
            g.setCharacterEscapes(new TerminalSafe());
            g.writeStartObject();
            g.writeBooleanField("ok", result.ok());
            g.writeNumberField("errors", result.errors());
            g.writeNumberField("warnings", result.warnings());
            g.writeArrayFieldStart("releases");
            for (Requests.CheckedRelease r : result.releases()) {
                g.writeStartObject();
                g.writeStringField("file", r.file().toString());
                if (r.id().isPresent()) {
                    g.writeStringField("id", r.id().get());
                } else {
                    g.writeNullField("id");
                }
                g.writeBooleanField("ok", r.ok());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("problems");
            for (Problem p : result.problems()) {
                g.writeStartObject();
                g.writeStringField("severity", p.severity().name().toLowerCase(Locale.ROOT));
                g.writeStringField("file", p.file().toString());
                g.writeNumberField("line", p.line());
                g.writeNumberField("column", p.column());
                g.writeStringField("field", p.field());
                g.writeStringField("message", p.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return w.toString();
    }
}
