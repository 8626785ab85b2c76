package dev.masklet.media.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.masklet.core.image.RgbImage;
import dev.masklet.core.settings.MaskletPreferences;
import dev.masklet.media.CachedVideoSource;
import dev.masklet.media.MediaSettings;
import dev.masklet.media.TimelineThumbnails;
import dev.masklet.media.VideoSources;
import dev.masklet.media.sample.SampleScene;
import dev.masklet.media.sample.SampleVideoWriter;
import dev.masklet.media.sample.SampleVideoWriter.Codec;
import dev.masklet.media.sample.SampleVideoWriter.Encoding;

/** The frame cache size from preferences (or the CLI's system property) and timeline thumbnails. */
class SettingsAndThumbnailsTest {
    private static final SampleScene SCENE = new SampleScene(320, 180, 30);

    @TempDir
    Path dir;

    private final IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode(MaskletPreferences.NODE);

    @AfterEach
    void forget() {
        prefs.remove(MaskletPreferences.MEDIA_FRAME_CACHE_MB);
        System.clearProperty(MediaSettings.FRAME_CACHE_PROPERTY);
    }

    @Test
    void theFrameCacheSizeComesFromThePreferenceUnlessThePropertyOverridesIt() throws Exception {
        assertEquals("masklet.media.frameCacheMb", MediaSettings.FRAME_CACHE_PROPERTY);
        assertEquals(MaskletPreferences.MEDIA_FRAME_CACHE_MB_DEFAULT, MediaSettings.frameCacheMb(), "default");
        prefs.putInt(MaskletPreferences.MEDIA_FRAME_CACHE_MB, 3);
        assertEquals(3, MediaSettings.frameCacheMb(), "instance-scope preference");
        System.setProperty(MediaSettings.FRAME_CACHE_PROPERTY, "2");
        assertEquals(2, MediaSettings.frameCacheMb(), "system property for the CLI wins");
        System.setProperty(MediaSettings.FRAME_CACHE_PROPERTY, "lots");
        assertEquals(3, MediaSettings.frameCacheMb(), "a mistyped property is ignored");

        Path clip = dir.resolve("c.mp4");
        SampleVideoWriter.write(SCENE, clip, 25);
        long frameBytes = 320 * 180 * 3;
        try (CachedVideoSource cached = CachedVideoSource.withSettings(VideoSources.open(clip))) {
            assertEquals(3L << 20, cached.budgetBytes());
            for (int i = 0; i < 30; i++) {
                cached.frame(i);
                assertTrue(cached.cachedBytes() <= 3L << 20, "within the preference: " + cached.cachedBytes());
            }
            assertTrue(cached.cachedBytes() >= (3L << 20) - frameBytes, "and used: " + cached.cachedBytes());
        }
    }

    @Test
    void thumbnailsAreSmallCachedAndShowTheFrame() throws Exception {
        Path clip = dir.resolve("t.webm");
        SampleVideoWriter.write(SCENE, clip, Encoding.of(Codec.VP9, 25));
        try (TimelineThumbnails thumbs = new TimelineThumbnails(VideoSources.open(clip), 80, 80, 4)) {
            assertEquals(80, thumbs.thumbnailWidth());
            assertEquals(45, thumbs.thumbnailHeight(), "aspect ratio kept");
            int[] slots = TimelineThumbnails.evenlySpaced(thumbs.frameCount(), 4);
            assertEquals(java.util.List.of(0, 10, 19, 29), java.util.Arrays.stream(slots).boxed().toList());
            CompletableFuture<RgbImage> f = thumbs.thumbnail(19);
            assertSame(f, thumbs.thumbnail(19), "asked twice, computed once");
            RgbImage small = f.get(30, TimeUnit.SECONDS);
            assertEquals(80, small.width());
            assertEquals(45, small.height());
            assertSame(small, thumbs.ifReady(19));
            double[] disk = SCENE.geometry(SampleScene.DISK, 19);
            int p = small.pixel((int) (disk[0] / 4), (int) (disk[1] / 4));
            assertTrue((p >> 16 & 0xff) > 150 && (p >> 8 & 0xff) < 100, "the disk, shrunk: " + Integer.toHexString(p));
            assertNull(thumbs.ifReady(0), "nothing computed unasked");
            for (int frame : slots) {
                thumbs.thumbnail(frame).get(30, TimeUnit.SECONDS);
            }
            thumbs.thumbnail(5).get(30, TimeUnit.SECONDS);
            assertEquals(4, thumbs.size(), "at most the capacity is kept");
            assertNull(thumbs.ifReady(0), "the least recently used went first");
            assertThrows(IndexOutOfBoundsException.class, () -> thumbs.thumbnail(30));
        }
    }

    @Test
    void afterCloseEveryRequestFailsAndNoneHangs() throws Exception {
        Path clip = dir.resolve("c.mp4");
        SampleVideoWriter.write(SCENE, clip, 25);
        TimelineThumbnails thumbs = new TimelineThumbnails(VideoSources.open(clip), 64, 64, 8);
        RgbImage first = thumbs.thumbnail(0).get(30, TimeUnit.SECONDS);
        assertEquals(64, first.width());
        thumbs.close();
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> thumbs.thumbnail(3).get(30, TimeUnit.SECONDS), "after close every request fails, none hangs");
        assertTrue(e.getCause() instanceof IllegalStateException, String.valueOf(e.getCause()));
    }
}
