package dev.masklet.media;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.imageio.ImageIO;

import dev.masklet.core.image.RgbImage;
import dev.masklet.media.MediaException.Kind;
import dev.masklet.media.internal.WebpImages;

/**
 * A folder of still images (JPEG, PNG, BMP, TIFF, WebP) as a video: one frame per file, in natural order of the file
 * names ({@code frame2.png} before {@code frame10.png}), decoded when asked for (nothing is kept) by
 * {@code javax.imageio}, WebP by JavaCV's FFmpeg ({@link WebpImages}).
 * Every image must have the first one's size. EXIF orientation is not applied; a folder has no frame rate of its
 * own, so it reports the one it was opened with.
 */
public final class FrameFolderSource implements VideoSource {
    /** File name extensions read as frames (lower case). */
    public static final Set<String> EXTENSIONS = Set.of("jpg", "jpeg", "png", "bmp", "tif", "tiff", "webp");
    /** The frame rate reported when none is given. */
    public static final double DEFAULT_FPS = 25;

    private final Path dir;
    private final List<Path> files;
    private final int width;
    private final int height;
    private final double fps;
    private final String codec;

    private FrameFolderSource(Path dir, List<Path> files, int width, int height, double fps, String codec) {
        this.dir = dir;
        this.files = files;
        this.width = width;
        this.height = height;
        this.fps = fps;
        this.codec = codec;
    }

    public static FrameFolderSource open(Path dir) throws MediaException {
        return open(dir, DEFAULT_FPS);
    }

    /**
     * @param fps the frame rate to report (a folder has none)
     * @throws MediaException when the folder does not exist, holds no image, or its first image cannot be read
     */
    public static FrameFolderSource open(Path dir, double fps) throws MediaException {
        if (!Files.isDirectory(dir)) {
            throw new MediaException(Kind.NOT_FOUND, dir, "no such folder of frames", null);
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                if (EXTENSIONS.contains(extension(p)) && Files.isRegularFile(p)) {
                    files.add(p);
                }
            }
        } catch (IOException e) {
            throw new MediaException(Kind.NOT_FOUND, dir, "cannot list the folder (" + e.getMessage() + ")", e);
        }
        if (files.isEmpty()) {
            throw new MediaException(Kind.NO_FRAMES, dir, "holds no .jpg, .jpeg, .png, .bmp, .tif or .webp images",
                    null);
        }
        files.sort(Comparator.comparing((Path p) -> p.getFileName().toString(), FrameFolderSource::naturalCompare));
        BufferedImage first = read(files.get(0), 0);
        String codec = switch (extension(files.get(0))) {
            case "jpg", "jpeg" -> "mjpeg";
            case "tif", "tiff" -> "tiff";
            default -> extension(files.get(0));
        };
        return new FrameFolderSource(dir, List.copyOf(files), first.getWidth(), first.getHeight(), fps, codec);
    }

    /** The frame files in frame order. */
    public List<Path> files() {
        return files;
    }

    public Path folder() {
        return dir;
    }

    @Override
    public int frameCount() {
        return files.size();
    }

    @Override
    public double fps() {
        return fps;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return height;
    }

    /** The format of the first image, in FFmpeg's words: {@code png}, {@code mjpeg}, {@code bmp}, {@code tiff} or {@code webp}. */
    @Override
    public String codec() {
        return codec;
    }

    @Override
    public int rotation() {
        return 0;
    }

    @Override
    public RgbImage frame(int index) throws MediaException {
        if (index < 0 || index >= files.size()) {
            throw new IndexOutOfBoundsException("frame " + index + " of " + files.size());
        }
        BufferedImage image = read(files.get(index), index);
        if (image.getWidth() != width || image.getHeight() != height) {
            throw new MediaException(Kind.DECODE_FAILED, files.get(index), "frame " + index + " is "
                    + image.getWidth() + "x" + image.getHeight() + ", the first frame is " + width + "x" + height,
                    null);
        }
        return toRgb(image);
    }

    @Override
    public void close() {
        // nothing is held open
    }

    private static BufferedImage read(Path file, int index) throws MediaException {
        BufferedImage image;
        try {
            image = extension(file).equals("webp") ? WebpImages.read(file) : ImageIO.read(file.toFile());
        } catch (IOException | RuntimeException e) {
            throw new MediaException(Kind.DECODE_FAILED, file, "frame " + index + " cannot be read ("
                    + e.getMessage() + ")", e);
        }
        if (image == null) {
            throw new MediaException(Kind.DECODE_FAILED, file, "frame " + index + " is not an image javax.imageio"
                    + " can read", null);
        }
        return image;
    }

    /**
     * 8-bit samples are taken as stored (no colour management), gray replicated, alpha dropped; other layouts
     * (palettes, 16-bit) go through Java's sRGB conversion.
     */
    static RgbImage toRgb(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        byte[] rgb = new byte[w * h * 3];
        Raster raster = image.getRaster();
        int bands = raster.getNumBands();
        boolean plain8Bit = !(image.getColorModel() instanceof IndexColorModel)
                && raster.getSampleModel().getSampleSize(0) == 8 && bands >= 1 && bands <= 4;
        if (plain8Bit) {
            int[] row = new int[w * bands];
            for (int y = 0; y < h; y++) {
                raster.getPixels(0, y, w, 1, row);
                for (int x = 0; x < w; x++) {
                    int i = 3 * (y * w + x);
                    int s = x * bands;
                    if (bands <= 2) {
                        rgb[i] = rgb[i + 1] = rgb[i + 2] = (byte) row[s];
                    } else {
                        rgb[i] = (byte) row[s];
                        rgb[i + 1] = (byte) row[s + 1];
                        rgb[i + 2] = (byte) row[s + 2];
                    }
                }
            }
        } else {
            int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
            for (int p = 0; p < argb.length; p++) {
                rgb[3 * p] = (byte) (argb[p] >> 16);
                rgb[3 * p + 1] = (byte) (argb[p] >> 8);
                rgb[3 * p + 2] = (byte) argb[p];
            }
        }
        return new RgbImage(w, h, rgb);
    }

    private static String extension(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * Natural order: runs of digits compare by their number, the rest case-insensitively; ties are broken by the
     * plain string order so that the order is total.
     */
    public static int naturalCompare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int ei = i;
                while (ei < a.length() && Character.isDigit(a.charAt(ei))) {
                    ei++;
                }
                int ej = j;
                while (ej < b.length() && Character.isDigit(b.charAt(ej))) {
                    ej++;
                }
                String na = stripZeros(a.substring(i, ei));
                String nb = stripZeros(b.substring(j, ej));
                int c = na.length() != nb.length() ? Integer.compare(na.length(), nb.length()) : na.compareTo(nb);
                if (c != 0) {
                    return c;
                }
                i = ei;
                j = ej;
            } else {
                int c = Character.compare(Character.toLowerCase(ca), Character.toLowerCase(cb));
                if (c != 0) {
                    return c;
                }
                i++;
                j++;
            }
        }
        int c = Integer.compare(a.length() - i, b.length() - j);
        return c != 0 ? c : a.compareTo(b);
    }

    private static String stripZeros(String digits) {
        int k = 0;
        while (k < digits.length() - 1 && digits.charAt(k) == '0') {
            k++;
        }
        return digits.substring(k);
    }
}
