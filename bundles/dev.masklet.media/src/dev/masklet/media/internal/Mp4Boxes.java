package dev.masklet.media.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Looks at the top-level boxes of an ISO media file (MP4, MOV) to explain a failure: a recording that was cut off
 * has its 'ftyp' and 'mdat' but never got the 'moov' index written at the end, and FFmpeg then only says "Invalid
 * data". Reads 16 bytes per box; written here because it is a few lines and FFmpeg does not expose the reason.
 */
final class Mp4Boxes {
    private Mp4Boxes() {
    }

    /** Whether {@code file} starts as an ISO media file ('ftyp') and has no top-level 'moov' box. */
    static boolean lacksIndex(Path file) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            long pos = 0;
            boolean first = true;
            ByteBuffer header = ByteBuffer.allocate(16);
            while (pos + 8 <= size) {
                header.clear();
                ch.read(header, pos);
                long boxSize = Integer.toUnsignedLong(header.getInt(0));
                String type = new String(header.array(), 4, 4, StandardCharsets.ISO_8859_1);
                if (first && !type.equals("ftyp")) {
                    return false; // not an ISO media file at all
                }
                first = false;
                if (type.equals("moov")) {
                    return false;
                }
                if (boxSize == 1) {
                    boxSize = header.getLong(8); // 64-bit size follows the type
                } else if (boxSize == 0) {
                    boxSize = size - pos; // to the end of the file
                }
                if (boxSize < 8) {
                    return true; // a broken box: no index can be found past it
                }
                pos += boxSize;
            }
            return !first;
        } catch (IOException e) {
            return false;
        }
    }
}
