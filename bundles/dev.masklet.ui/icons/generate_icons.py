#!/usr/bin/env python3
"""Draws Masklet's 16 x 16 toolbar icons (Eclipse style: simple shapes, a dark outline, a few flat colours) and
writes them as PNG files beside this script. Pure Python (zlib and struct only), so anyone can change an icon and
run it again: `python3 bundles/dev.masklet.ui/icons/generate_icons.py`. Shapes are drawn 4x larger and averaged
down, which gives the edges their anti-aliasing."""
import math
import os
import struct
import zlib

SIZE = 16
SS = 4  # supersampling factor
N = SIZE * SS

OUTLINE = (60, 60, 70)
BLUE = (53, 132, 228)
GREEN = (46, 160, 67)
RED = (214, 56, 56)
MAGENTA = (206, 47, 170)
YELLOW = (240, 190, 40)
GREY = (120, 124, 134)
WHITE = (255, 255, 255)


class Canvas:
    def __init__(self):
        self.px = [[None] * N for _ in range(N)]

    def fill(self, inside, colour):
        """Paints every supersampled pixel whose centre (in 16-px units) satisfies inside(x, y)."""
        for j in range(N):
            for i in range(N):
                if inside((i + 0.5) / SS, (j + 0.5) / SS):
                    self.px[j][i] = colour

    def rect(self, x0, y0, x1, y1, colour):
        self.fill(lambda x, y: x0 <= x < x1 and y0 <= y < y1, colour)

    def circle(self, cx, cy, r, colour):
        self.fill(lambda x, y: (x - cx) ** 2 + (y - cy) ** 2 <= r * r, colour)

    def polygon(self, pts, colour):
        def inside(x, y):
            c = False
            for k in range(len(pts)):
                (ax, ay), (bx, by) = pts[k], pts[k - 1]
                if (ay > y) != (by > y) and x < (bx - ax) * (y - ay) / (by - ay) + ax:
                    c = not c
            return c
        self.fill(inside, colour)

    def line(self, ax, ay, bx, by, width, colour):
        def inside(x, y):
            dx, dy = bx - ax, by - ay
            t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
            return math.hypot(x - ax - t * dx, y - ay - t * dy) <= width / 2
        self.fill(inside, colour)

    def png(self, path):
        rows = []
        for y in range(SIZE):
            row = bytearray([0])
            for x in range(SIZE):
                r = g = b = a = 0
                for j in range(SS):
                    for i in range(SS):
                        c = self.px[y * SS + j][x * SS + i]
                        if c is not None:
                            r += c[0]; g += c[1]; b += c[2]; a += 1
                if a:
                    row += bytes([r // a, g // a, b // a, 255 * a // (SS * SS)])
                else:
                    row += bytes([0, 0, 0, 0])
            rows.append(bytes(row))
        raw = zlib.compress(b"".join(rows), 9)

        def chunk(kind, data):
            return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff)
        with open(path, "wb") as f:
            f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0))
                    + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


def blob(c, cx, cy, r, colour):
    c.circle(cx, cy, r + 0.8, OUTLINE)
    c.circle(cx, cy, r, colour)


def arrow(c, tip_x, y, direction, colour):
    """A short arrow pointing right (direction 1) or left (-1), its tip at tip_x."""
    c.line(tip_x - direction * 7, y, tip_x - direction * 2, y, 2.2, colour)
    c.polygon([(tip_x, y), (tip_x - direction * 4, y - 3.5), (tip_x - direction * 4, y + 3.5)], colour)


def open_video():
    c = Canvas()
    c.rect(1, 3, 15, 13, OUTLINE)
    c.rect(2, 4, 14, 12, GREY)
    for x in (3, 6, 9, 12):
        c.rect(x, 4.6, x + 1.4, 5.8, WHITE)
        c.rect(x, 10.2, x + 1.4, 11.4, WHITE)
    c.polygon([(6.5, 6.3), (6.5, 9.7), (10, 8)], WHITE)
    return c


def finish_object():
    c = Canvas()
    blob(c, 7, 8, 5.5, MAGENTA)
    c.line(4.5, 8, 6.6, 10.4, 1.8, WHITE)
    c.line(6.6, 10.4, 10.5, 5.2, 1.8, WHITE)
    return c


def clear_prompts():
    c = Canvas()
    blob(c, 4.5, 5, 2.4, GREEN)
    blob(c, 10.5, 4.5, 2.4, RED)
    c.line(6, 8.5, 13, 15, 2.2, RED)
    c.line(13, 8.5, 6, 15, 2.2, RED)
    return c


def save():
    c = Canvas()
    c.polygon([(1.5, 1.5), (12.5, 1.5), (14.5, 3.5), (14.5, 14.5), (1.5, 14.5)], OUTLINE)
    c.polygon([(2.5, 2.5), (12, 2.5), (13.5, 4), (13.5, 13.5), (2.5, 13.5)], BLUE)
    c.rect(4.5, 2.5, 11.5, 6.5, WHITE)
    c.rect(9, 3.2, 10.5, 5.8, OUTLINE)
    c.rect(4, 9, 12, 13.5, WHITE)
    return c


def track(direction):
    c = Canvas()
    x = 4.5 if direction > 0 else 11.5
    blob(c, x, 5, 3.2, MAGENTA)
    arrow(c, 14.5 if direction > 0 else 1.5, 12, direction, BLUE)
    return c


def edit_mode():
    c = Canvas()
    pts = [(2.5, 4), (11, 2.5), (13.5, 11), (5, 13.5)]
    c.polygon(pts, (232, 198, 230))
    for k in range(4):
        c.line(*pts[k], *pts[k - 1], 1.3, MAGENTA)
    for (x, y) in pts:
        c.rect(x - 1.6, y - 1.6, x + 1.6, y + 1.6, OUTLINE)
        c.rect(x - 0.9, y - 0.9, x + 0.9, y + 0.9, WHITE)
    return c


def labels():
    c = Canvas()
    tag = [(1.5, 6), (6, 1.5), (14.5, 1.5), (14.5, 10), (10, 14.5)]
    c.polygon(tag, OUTLINE)
    c.polygon([(2.9, 6), (6.5, 2.5), (13.5, 2.5), (13.5, 9.6), (10, 13.1)], YELLOW)
    c.circle(10.5, 5.5, 1.5, OUTLINE)
    c.circle(10.5, 5.5, 0.8, WHITE)
    return c


ICONS = {
    "open_video": open_video,
    "finish_object": finish_object,
    "clear_prompts": clear_prompts,
    "save": save,
    "track_forward": lambda: track(1),
    "track_backward": lambda: track(-1),
    "edit_mode": edit_mode,
    "labels": labels,
}

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    for name, draw in ICONS.items():
        draw().png(os.path.join(here, name + ".png"))
        print(name + ".png")
