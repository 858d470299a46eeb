"""The demo's pictures, drawn by the demo itself with Pillow (no photographs, no licence to track):
a map-like sketch of the district between the North Sea and the Baltic, with the Schlei, a few
towns, a marker in the picture's colour and a short label. The same picture on every machine
(the shape comes from a seed)."""

import io
import math
import random

from PIL import Image, ImageDraw, ImageFont, ImageOps

WIDTH, HEIGHT = 1200, 675  # 16:9; drawn at twice the size and scaled down for smooth edges
SCALE = 2
SEA = (214, 234, 243)
LAND = (246, 241, 227)
INK = (38, 50, 56)
WHITE = (255, 255, 255)


def _mix(colour, other, share):
    return tuple(round(a + (b - a) * share) for a, b in zip(colour, other, strict=True))


def _font(size):
    return ImageFont.load_default(size=size * SCALE)


def picture(label, colour, seed, marker=(0.45, 0.42)):
    """A PNG (bytes): the district as a coloured shape, towns, a marker and ``label``."""
    rnd = random.Random(seed)  # noqa: S311 - a drawing's shape, nothing secret
    width, height = WIDTH * SCALE, HEIGHT * SCALE
    image = Image.new("RGB", (width, height), SEA)
    draw = ImageDraw.Draw(image)

    # The land: the Baltic coast to the east, a wavy line; the North Sea as a strip on the west.
    coast = [(width * 0.05 + rnd.uniform(0, 30 * SCALE), 0)]
    coast += [
        (width * (0.74 + 0.05 * math.sin(step * 0.8 + seed)) + rnd.uniform(-20, 20) * SCALE, height * step / 16)
        for step in range(17)
    ]
    coast += [(width * 0.05 + rnd.uniform(0, 30 * SCALE), height)]
    draw.polygon(coast, fill=LAND)

    # The district: a soft blob in the picture's colour, with a darker border.
    centre_x, centre_y = width * 0.42, height * 0.5
    outline = []
    for step in range(36):
        angle = 2 * math.pi * step / 36
        radius = 1 + 0.12 * math.sin(3 * angle + seed) + rnd.uniform(-0.05, 0.05)
        outline.append(
            (centre_x + math.cos(angle) * radius * width * 0.27, centre_y + math.sin(angle) * radius * height * 0.36)
        )
    draw.polygon(outline, fill=_mix(colour, WHITE, 0.72))
    draw.line([*outline, outline[0]], fill=colour, width=7 * SCALE, joint="curve")

    # The Schlei: a narrow inlet from the Baltic into the district.
    inlet_y = height * 0.62
    inlet = [(width * 0.78, inlet_y)]
    inlet += [(width * (0.74 - 0.06 * step), inlet_y + math.sin(step * 1.3) * 14 * SCALE) for step in range(1, 5)]
    draw.line(inlet, fill=SEA, width=16 * SCALE, joint="curve")

    # Towns: small circles; the marker: the picture's colour with a white ring.
    for _town in range(7):
        x = centre_x + rnd.uniform(-0.2, 0.2) * width
        y = centre_y + rnd.uniform(-0.26, 0.26) * height
        radius = rnd.choice((7, 9, 12)) * SCALE
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=_mix(colour, INK, 0.45))
    pin_x, pin_y, pin = width * marker[0], height * marker[1], 34 * SCALE
    draw.ellipse((pin_x - pin, pin_y - pin, pin_x + pin, pin_y + pin), fill=colour, outline=WHITE, width=8 * SCALE)
    tip = [(pin_x - pin * 0.6, pin_y + pin * 0.7), (pin_x + pin * 0.6, pin_y + pin * 0.7), (pin_x, pin_y + pin * 1.9)]
    draw.polygon(tip, fill=colour)
    dot = 11 * SCALE
    draw.ellipse((pin_x - dot, pin_y - dot, pin_x + dot, pin_y + dot), fill=WHITE)

    # The label: dark text on a white card, bottom left (contrast far above 4.5:1).
    font = _font(54)
    left, top, right, bottom = draw.textbbox((0, 0), label, font=font)
    pad = 26 * SCALE
    card_x, card_y = 48 * SCALE, height - (bottom - top) - 2 * pad - 48 * SCALE
    card = (card_x, card_y, card_x + right - left + 2 * pad, card_y + bottom - top + 2 * pad)
    draw.rounded_rectangle(card, radius=18 * SCALE, fill=WHITE)
    draw.text((card_x + pad - left, card_y + pad - top), label, font=font, fill=INK)
    draw.rectangle((card_x, card_y, card_x + 10 * SCALE, card_y + bottom - top + 2 * pad), fill=colour)

    image = image.resize((WIDTH, HEIGHT), Image.Resampling.LANCZOS)
    image = ImageOps.posterize(image, 6)  # fewer colours: a smaller PNG
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def logo(letter, colour, size=160):
    """A small PNG logo (bytes) for an organisation of the demo: a shield in ``colour`` with two
    white waves (the Schlei) and ``letter`` in white, on a transparent ground."""
    big = size * SCALE
    image = Image.new("RGBA", (big, big), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    top, side = big * 0.06, big * 0.1
    shield = [(side, top), (big - side, top), (big - side, big * 0.55), (big / 2, big * 0.96), (side, big * 0.55)]
    draw.polygon(shield, fill=colour)
    font = _font(round(size * 0.36))
    left, top_, right, bottom = draw.textbbox((0, 0), letter, font=font)
    draw.text(((big - (right - left)) / 2 - left, big * 0.13 - top_), letter, font=font, fill=WHITE)
    for row in (0.62, 0.74):
        wave = [(big * (0.22 + 0.04 * step), big * row + math.sin(step * 1.4) * 5 * SCALE) for step in range(15)]
        draw.line(wave, fill=WHITE, width=5 * SCALE, joint="curve")
    image = image.resize((size, size), Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
