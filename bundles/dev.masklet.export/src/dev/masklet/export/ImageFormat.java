package dev.masklet.export;

/** The file format of exported frame images. */
public enum ImageFormat {
    JPEG("jpg"), PNG("png");

    private final String extension;

    ImageFormat(String extension) {
        this.extension = extension;
    }

    /** File name extension without the dot. */
    public String extension() {
        return extension;
    }

    /** {@code jpg}, {@code jpeg} or {@code png}, any case. */
    public static ImageFormat parse(String name) {
        return switch (name.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "jpg", "jpeg" -> JPEG;
            case "png" -> PNG;
            default -> throw new IllegalArgumentException("image format must be jpg or png, got '" + name + "'");
        };
    }
}
