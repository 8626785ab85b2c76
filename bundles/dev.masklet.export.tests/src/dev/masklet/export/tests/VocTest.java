package dev.masklet.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import dev.masklet.export.ExportOptions;
import dev.masklet.export.ExportResult;

/** Pascal VOC (host.robots.ox.ac.uk/pascal/VOC devkit): XML boxes and the segmentation PNGs. */
class VocTest {
    private static String text(Element e, String tag) {
        return e.getElementsByTagName(tag).item(0).getTextContent();
    }

    @Test
    void xmlAndSegmentationPngsFollowVoc(@TempDir Path dir) throws Exception {
        ExportResult result = Fixtures.export("voc", dir, ExportOptions.builder().includeImages(true).build());
        assertTrue(Files.exists(dir.resolve("JPEGImages/frame_000002.jpg")));
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(dir.resolve("Annotations/frame_000002.xml").toFile());
        Element root = doc.getDocumentElement();
        assertEquals("annotation", root.getTagName());
        assertEquals("frame_000002.jpg", text(root, "filename"));
        assertEquals("160", text(root, "width"));
        assertEquals("120", text(root, "height"));
        assertEquals("3", text(root, "depth"));
        assertEquals("1", text(root, "segmented"));
        NodeList objects = root.getElementsByTagName("object");
        assertEquals(3, objects.getLength(), "ball, tram, pan");
        Element ball = (Element) objects.item(0);
        assertEquals(Fixtures.BALL, text(ball, "name"), "quotes survive XML escaping");
        assertEquals(Fixtures.TRAM, text((Element) objects.item(1), "name"), "non-ASCII survives");
        // ball on frame 2: disk at (36, 30) r 12 -> pixels 24..48 x 18..42; VOC counts from 1
        assertEquals(List.of("25", "19", "49", "43"), List.of(text(ball, "xmin"), text(ball, "ymin"),
                text(ball, "xmax"), text(ball, "ymax")));
        assertEquals("0", text(ball, "truncated"));
        assertEquals("0", text(ball, "difficult"));
        Element attribute = (Element) ball.getElementsByTagName("attribute").item(0);
        assertEquals("track_id", text(attribute, "name"));
        assertEquals("1", text(attribute, "value"));

        BufferedImage objectsPng = ImageIO.read(dir.resolve("SegmentationObject/frame_000002.png").toFile());
        BufferedImage classesPng = ImageIO.read(dir.resolve("SegmentationClass/frame_000002.png").toFile());
        assertTrue(objectsPng.getColorModel() instanceof IndexColorModel, "palette PNG");
        IndexColorModel palette = (IndexColorModel) objectsPng.getColorModel();
        assertEquals(0x800000, palette.getRGB(1) & 0xffffff, "VOC colour map: index 1 is dark red");
        assertEquals(0x008000, palette.getRGB(2) & 0xffffff, "index 2 dark green");
        assertEquals(1, objectsPng.getRaster().getSample(36, 30, 0), "first object of the XML");
        assertEquals(2, objectsPng.getRaster().getSample(20, 80, 0), "second object (the tram)");
        assertEquals(2, objectsPng.getRaster().getSample(60, 90, 0), "the tram's other part");
        assertEquals(3, objectsPng.getRaster().getSample(95, 65, 0), "third object (the pan)");
        assertEquals(0, objectsPng.getRaster().getSample(115, 85, 0), "the pan's hole is background");
        assertEquals(0, objectsPng.getRaster().getSample(150, 5, 0), "background");
        assertEquals(3, classesPng.getRaster().getSample(95, 65, 0), "class index = category id");
        assertEquals(2, classesPng.getRaster().getSample(20, 80, 0));

        List<String> main = Files.readAllLines(dir.resolve("ImageSets/Main/default.txt"));
        assertEquals(List.of("frame_000000", "frame_000001", "frame_000002", "frame_000003", "frame_000004"), main);
        List<String> labelmap = Files.readAllLines(dir.resolve("labelmap.txt"), StandardCharsets.UTF_8);
        assertEquals("background:0,0,0::", labelmap.get(1));
        assertEquals("red \"ball\":128,0,0::", labelmap.get(2));
        assertFalse(result.warnings().stream().anyMatch(w -> w.contains("':' separates")), "no label holds a colon");
    }

    @Test
    void overlappingObjectsGiveEachPixelToTheSmallerOne(@TempDir Path dir) throws Exception {
        dev.masklet.core.model.AnnotationProject p = new dev.masklet.core.model.AnnotationProject("o.mp4",
                Fixtures.W, Fixtures.H, 1);
        p.addObject("big").putMask(0, Fixtures.rect(10, 10, 100, 100));
        p.addObject("small").putMask(0, Fixtures.rect(40, 40, 50, 50));
        ExportResult result = Fixtures.export("voc", p, dir, ExportOptions.defaults());
        BufferedImage objectsPng = ImageIO.read(dir.resolve("SegmentationObject/frame_000000.png").toFile());
        assertEquals(2, objectsPng.getRaster().getSample(45, 45, 0), "the small object is in front");
        assertEquals(1, objectsPng.getRaster().getSample(20, 20, 0));
        assertEquals(List.of("frame 0: 121 pixels belong to more than one object; each went to the smaller object"),
                result.warnings());
    }
}
