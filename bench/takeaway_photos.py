#!/usr/bin/python3
"""Photo simulation of the take-away code: does a phone read it off the kiosk's screen?

Takes screenshots of the take-away screen (from `repere shoot`), and for each one makes
simulated phone photos the way a person takes them at a stand, then decodes each photo
with zbarimg and compares it with the text of the clean screenshot.

A photo (every parameter drawn at random per photo, from a seed):
  - the frame is 1600x1200 (1200x1600 for a portrait screen: the phone is turned with it);
    the screen spans half the frame's width;
  - the screen's pixel grid: each screen pixel becomes 2x2 with its last row and column
    dimmed (the dark gaps between real pixels), keeping the screen's average light;
    resampled into the photo this aliases into a fine moiré, and a faint sinusoidal
    moiré (period 5-11 px, random angle) is added on top;
  - perspective: the screen turned 10-15 degrees about its vertical axis (either way),
    tilted up to 5 degrees about the horizontal one, rolled up to 3 degrees, seen by a
    pinhole camera;
  - a dark background, the screen's black level raised to 15-40 and its white lowered
    to 200-245 (glow: the levels a white and a black area of the screen average in the
    photo);
  - Gaussian blur, sigma 1.5 px, then the sensor's saturation; gamma 0.7-1.4; Gaussian
    noise, sigma 3-8 levels (--noise LO,HI for a stress run).

Usage: takeaway_photos.py [--photos N] [--seed S] [--min RATE] [--jobs J] [--noise LO,HI]
                          [--keep DIR] [--verbose] PNG...
Prints one line per screenshot (decoded photos / photos) and a summary; exits 1 if a
screenshot's clean image does not decode or any screenshot's rate is below --min.
Needs python3-numpy, python3-pil and zbarimg (zbar-tools).
"""
import argparse
import math
import multiprocessing
import os
import subprocess
import sys
import tempfile

import numpy as np
from PIL import Image


def decode(path):
    """The text zbarimg reads in the image, or None."""
    r = subprocess.run(["zbarimg", "--raw", "-q", "-Sdisable", "-Sqrcode.enable", path],
                       stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    if r.returncode != 0:
        return None
    out = r.stdout.decode("utf-8", "replace")
    return out[:-1] if out.endswith("\n") else out


GAP = 0.72  # how much light a pixel's last row and column of a 2x2 cell let through
GRID_MEAN = (1 + 2 * GAP + GAP * GAP) / 4


def pixel_grid(gray):
    """Each screen pixel as 2x2 with dark gaps: the structure a camera aliases into moiré.

    The texture keeps the screen's average light: how bright the screen's white comes
    out in the photo is the glow's white level, which the gaps are already part of."""
    up = np.repeat(np.repeat(gray, 2, axis=0), 2, axis=1).astype(np.float32)
    up[1::2, :] *= GAP
    up[:, 1::2] *= GAP
    return up / GRID_MEAN


def gaussian_blur(img, sigma):
    """A separable Gaussian blur of a float image (PIL blurs 8-bit images only)."""
    r = int(math.ceil(3 * sigma))
    k = np.exp(-np.arange(-r, r + 1) ** 2 / (2 * sigma * sigma))
    k /= k.sum()
    k = k.astype(np.float32)
    h, w = img.shape
    p = np.pad(img, ((r, r), (0, 0)), mode="edge")
    out = sum(k[i] * p[i:i + h, :] for i in range(2 * r + 1))
    p = np.pad(out, ((0, 0), (r, r)), mode="edge")
    return sum(k[i] * p[:, i:i + w] for i in range(2 * r + 1))


def homography(src, dst):
    """Coefficients mapping dst points to src points (what PIL's PERSPECTIVE wants)."""
    a, b = [], []
    for (x, y), (u, v) in zip(dst, src):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b += [u, v]
    return np.linalg.solve(np.array(a, float), np.array(b, float))


def projected_corners(w, h, frame, rng, params):
    """Where the screen's corners land in the photo: turned, tilted, rolled, pinhole camera."""
    fw, fh = frame
    yaw = math.radians(rng.uniform(10, 15)) * rng.choice([-1, 1])
    pitch = math.radians(rng.uniform(-5, 5))
    roll = math.radians(rng.uniform(-3, 3))
    params.update(yaw=round(math.degrees(yaw), 1), pitch=round(math.degrees(pitch), 1), roll=round(math.degrees(roll), 1))
    cy, sy, cp, sp, cr, sr = math.cos(yaw), math.sin(yaw), math.cos(pitch), math.sin(pitch), math.cos(roll), math.sin(roll)
    pts = []
    for x, y in [(-w / 2, -h / 2), (w / 2, -h / 2), (w / 2, h / 2), (-w / 2, h / 2)]:
        x1, z1 = x * cy, -x * sy                     # yaw about the vertical axis
        y2, z2 = y * cp - z1 * sp, y * sp + z1 * cp  # pitch about the horizontal axis
        x3, y3 = x1 * cr - y2 * sr, x1 * sr + y2 * cr  # roll
        pts.append((x3, y3, z2))
    distance = 2.0 * w  # about arm's length for a screen of that width, in screen pixels
    proj = [(x * distance / (distance + z), y * distance / (distance + z)) for x, y, z in pts]
    xs = [p[0] for p in proj]
    scale = (fw / 2) / (max(xs) - min(xs))  # the screen spans half the frame's width
    ox = rng.uniform(-0.12, 0.12) * fw + fw / 2
    oy = rng.uniform(-0.08, 0.08) * fh + fh / 2
    return [(ox + x * scale, oy + y * scale) for x, y in proj]


def simulate(screen, rng, params=None, noise_range=(3, 8)):
    params = {} if params is None else params
    gray = np.asarray(screen.convert("L"))
    h, w = gray.shape
    frame = (1200, 1600) if h > w else (1600, 1200)
    grid = pixel_grid(gray)
    glow_black, glow_white = rng.uniform(15, 40), rng.uniform(200, 245)
    grid = glow_black + grid * (glow_white - glow_black) / 255.0
    src = Image.fromarray(grid.astype(np.float32), mode="F")
    corners = projected_corners(w, h, frame, rng, params)
    coeffs = homography([(0, 0), (2 * w, 0), (2 * w, 2 * h), (0, 2 * h)], corners)
    photo = src.transform(frame, Image.PERSPECTIVE, tuple(coeffs), resample=Image.BILINEAR, fillcolor=float(rng.uniform(5, 25)))
    img = np.asarray(photo).astype(np.float32)
    yy, xx = np.mgrid[0:frame[1], 0:frame[0]].astype(np.float32)
    angle, period = rng.uniform(0, math.pi), rng.uniform(5, 11)
    params.update(black=round(glow_black), white=round(glow_white), period=round(period, 1))
    img *= 1 + 0.05 * np.sin(2 * math.pi * (xx * math.cos(angle) + yy * math.sin(angle)) / period)
    # The sensor saturates after the lens has blurred the light.
    img = np.clip(gaussian_blur(img, 1.5), 0, 255) / 255.0
    gamma, noise = rng.uniform(0.7, 1.4), rng.uniform(*noise_range)
    params.update(gamma=round(gamma, 2), noise=round(noise, 1))
    img = np.power(img, gamma) * 255.0
    img += rng.normal(0, noise, img.shape)
    return Image.fromarray(np.clip(img, 0, 255).astype(np.uint8))


def photograph(job):
    """Photos of one screenshot: (lines to print, photos read, photos, whether it failed)."""
    i, path, a, tmp = job
    expected = decode(path)
    if expected is None:
        return [f"{path}: the clean screenshot does not decode"], 0, 0, True
    rng = np.random.default_rng([a.seed, i])
    noise = tuple(float(v) for v in a.noise.split(","))
    lines, ok = [], 0
    for n in range(a.photos):
        out = os.path.join(a.keep or tmp, f"{i:03d}-{n:02d}.png")
        params = {}
        simulate(Image.open(path), rng, params, noise).save(out, compress_level=1)
        read_ok = decode(out) == expected
        ok += read_ok
        if not read_ok and a.verbose:
            lines.append(f"  unread: {out} {params}")
    rate = ok / a.photos
    lines.append(f"{path}\t{ok}/{a.photos}\t{rate:.0%}")
    return lines, ok, a.photos, rate < a.min


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--photos", type=int, default=20)
    ap.add_argument("--seed", type=int, default=23)
    ap.add_argument("--min", type=float, default=0.95)
    ap.add_argument("--jobs", type=int, default=1, help="screenshots photographed at once")
    ap.add_argument("--keep", help="write the simulated photos here")
    ap.add_argument("--noise", default="3,8", help="the noise's sigma is drawn between these levels (a stress run raises them)")
    ap.add_argument("--verbose", action="store_true", help="print the parameters of each photo not read")
    ap.add_argument("screens", nargs="+")
    a = ap.parse_args()
    failed, total, read = False, 0, 0
    with tempfile.TemporaryDirectory() as tmp, multiprocessing.Pool(a.jobs) as pool:
        # Each screenshot's photos come from its own seed, so the jobs do not change them.
        jobs = [(i, path, a, tmp) for i, path in enumerate(a.screens)]
        for lines, ok, photos, low in pool.imap(photograph, jobs):
            print("\n".join(lines), flush=True)
            read += ok
            total += photos
            failed |= low
    print(f"all\t{read}/{total}\t{read / max(1, total):.1%}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
