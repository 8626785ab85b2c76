package dev.masklet.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The manifest: what each line gives, and that a bad line is named before anything runs. */
class ManifestTest {
    private static final String PROMPTS = "{\"objects\": [{\"id\": 1, \"frame\": 0, \"points\": [[5, 5]]}]}";

    @Test
    void linesBecomeItemsWithTheirDefaults() {
        List<BatchItem> items = Manifest.parse("# comment\n\n{\"video\": \"hdfs:///in/a.mp4\", \"prompts\": " + PROMPTS
                + "}\n{\"id\": \"b\", \"frames\": \"s3a://x/shots/\", \"prompts\": \"s3a://x/b.json\", \"range\": \"3:\","
                + " \"reverse\": true, \"model\": \"sam2.1-tiny\", \"exports\": [\"mot\"], \"cleanup\": 20}\n",
                List.of("coco"));
        assertEquals(2, items.size());
        BatchItem a = items.get(0);
        assertEquals("a.mp4", a.id());
        assertEquals(3, a.line());
        assertEquals(List.of("coco"), a.exports());
        assertTrue(a.prompts().contains("\"points\""));
        assertNull(a.promptsLocation());
        BatchItem b = items.get(1);
        assertEquals("b", b.id());
        assertTrue(b.frameFolder());
        assertEquals("s3a://x/b.json", b.promptsLocation());
        assertEquals("3:", b.range());
        assertTrue(b.reverse());
        assertEquals("sam2.1-tiny", b.model());
        assertEquals(List.of("mot"), b.exports());
        assertEquals(20, b.cleanupPixels());
        BatchItem c = Manifest.parse("{\"video\": \"c.mp4\", \"project\": \"hdfs:///r/c.mp4.masklet.json\"}",
                List.of()).get(0);
        assertEquals("hdfs:///r/c.mp4.masklet.json", c.project());
        assertNull(c.prompts());
    }

    @Test
    void aBadLineIsNamedWithItsNumber() {
        assertEquals("manifest line 2 needs exactly one of \"video\" and \"frames\"", message(
                "{\"video\": \"a.mp4\", \"prompts\": " + PROMPTS + "}\n{\"prompts\": " + PROMPTS + "}"));
        assertEquals("manifest line 1 is not valid JSON", message("{\"video\": "));
        assertTrue(message("{\"video\": \"a.mp4\"}").startsWith("manifest line 1 needs \"prompts\""));
        assertEquals("manifest line 2: id 'a.mp4' is already used by an earlier line", message(
                "{\"video\": \"x/a.mp4\", \"prompts\": " + PROMPTS + "}\n{\"video\": \"y/a.mp4\", \"prompts\": "
                        + PROMPTS + "}"));
        assertTrue(message("{\"id\": \"../up\", \"video\": \"a.mp4\", \"prompts\": " + PROMPTS + "}")
                .contains("id '../up' must be letters"));
        assertEquals("the manifest has no items", message("# nothing\n"));
        assertEquals("manifest line 1 has both \"prompts\" and \"project\"; give one", message("{\"video\": \"a.mp4\","
                + " \"project\": \"a.mp4.masklet.json\", \"prompts\": " + PROMPTS + "}"));
    }

    private static String message(String manifest) {
        return assertThrows(IllegalArgumentException.class, () -> Manifest.parse(manifest, List.of("coco")))
                .getMessage();
    }
}
