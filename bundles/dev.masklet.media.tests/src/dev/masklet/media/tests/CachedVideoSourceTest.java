package dev.masklet.media.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.masklet.core.image.RgbImage;
import dev.masklet.media.CachedVideoSource;
import dev.masklet.media.VideoSource;
import dev.masklet.media.VideoSources;
import dev.masklet.media.sample.SampleScene;
import dev.masklet.media.sample.SampleVideoWriter;

class CachedVideoSourceTest {
    @TempDir
    Path dir;

    @Test
    void framesAreCachedWithinTheBudgetAndPrefetched() throws Exception {
        Path clip = dir.resolve("c.mp4");
        SampleVideoWriter.write(new SampleScene(160, 90, 40), clip, 25);
        long frameBytes = 160 * 90 * 3;
        try (VideoSource plain = VideoSources.open(clip);
                CachedVideoSource cached = new CachedVideoSource(VideoSources.open(clip), 5 * frameBytes, 3)) {
            RgbImage first = cached.frame(10);
            assertSame(first, cached.frame(10), "a cached frame is not decoded again");
            assertArrayEquals(plain.frame(10).rgb(), first.rgb(), "cached pixels are the decoder's");
            long deadline = System.currentTimeMillis() + 10_000;
            while (!(cached.isCached(11) && cached.isCached(13)) && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(cached.isCached(11) && cached.isCached(13), "the next frames were prefetched");
            for (int i = 0; i < 40; i += 2) {
                cached.frame(i);
                assertTrue(cached.cachedBytes() <= 5 * frameBytes, "budget kept: " + cached.cachedBytes());
            }
            assertArrayEquals(plain.frame(37).rgb(), cached.frame(37).rgb());
        }
    }
}
