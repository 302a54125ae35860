package rs.glasnik.pack;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** The pack's zip: names that stay inside it, the same bytes for the same files, fixed times. */
class PackZipTest {
    static final Instant TIME = Instant.parse("2026-12-10T08:00:00Z");

    static byte[] zip(Instant time) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PackZip zip = new PackZip(bytes, time)) {
            zip.add("pack/README.en.txt", "Press pack\n".getBytes(UTF_8));
            zip.add("pack/releases/a.en.pdf", new byte[] {'%', 'P', 'D', 'F'});
        }
        return bytes.toByteArray();
    }

    @Test
    void theSameFilesGiveTheSameBytesWithOneTime() throws IOException {
        byte[] first = zip(TIME);
        assertArrayEquals(first, zip(TIME));
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(first), UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
                assertEquals(LocalDateTime.of(2026, 12, 10, 8, 0), e.getTimeLocal());
                assertEquals(null, e.getExtra(), "no extra fields: " + e.getName());
            }
        }
        assertEquals(List.of("pack/README.en.txt", "pack/releases/a.en.pdf"), names);
        // Before 1980 the zip format has no time; the earliest it has is taken.
        assertArrayEquals(zip(Instant.EPOCH), zip(Instant.parse("1975-06-01T00:00:00Z")));
    }

    @Test
    void namesThatLeaveTheZipAreRefused() {
        for (String bad :
                List.of(
                        "/etc/passwd",
                        "../x.pdf",
                        "pack/../../x.pdf",
                        "pack/./x.pdf",
                        "pack//x.pdf",
                        "C:/x.pdf",
                        "pack\\..\\x.pdf",
                        "pack/",
                        "",
                        "pack/x\n.pdf")) {
            assertThrows(IllegalArgumentException.class, () -> PackZip.check(bad), bad);
        }
        PackZip.check("press-pack-2026-12-10/releases/a.sr-Cyrl.pdf");
        PackZip.check("pack/..hidden/x..pdf");
    }

    @Test
    void aNameIsAddedOnce() throws IOException {
        try (PackZip zip = new PackZip(new ByteArrayOutputStream(), TIME)) {
            zip.add("a.txt", new byte[0]);
            assertThrows(IllegalArgumentException.class, () -> zip.add("a.txt", new byte[0]));
        }
    }

    @Test
    void jsonEscapesWhatItMustAndReadsBack() throws IOException {
        String tricky = "„Штит“ \"quoted\" back\\slash\nline\ttab\u0001\u2028 ž";
        String json =
                Json.write(Map.of("text", tricky, "list", List.of(1, 2L, true), "none", List.of()));
        JsonNode node = new ObjectMapper().readTree(json);
        assertEquals(tricky, node.get("text").asText());
        assertEquals(3, node.get("list").size());
        assertEquals(0, node.get("none").size());
        assertEquals(false, json.contains("\u2028"));
    }
}
