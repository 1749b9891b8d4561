// Pictures for the photo tests, made in the test (no binary file committed): PNG files of
// camera-like, noisy or black pixels.
import { deflateSync } from "node:zlib";

/** CRC-32 of `bytes`, as PNG chunks carry it. */
function crc32(bytes) {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

/** A PNG chunk of `type` holding `data`. */
function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * A photo-like PNG of `width` × `height`: a sky-to-meadow gradient, a dark box (a meter), and
 * grain, so that it weighs what a camera's picture weighs (tens of Mo as PNG).
 */
export function photoPng(width, height) {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  let seed = 7;
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    for (let x = 0; x < width; x++) {
      const meter = x > width * 0.35 && x < width * 0.65 && y > height * 0.3 && y < height * 0.7;
      const base = meter ? [40, 44, 48] : [60 + (x * 120) / width, 120 + (y * 100) / height, 200 - (y * 160) / height];
      for (let c = 0; c < 3; c++) {
        seed = (seed * 1103515245 + 12345) >>> 0;
        raw[row + 1 + x * 3 + c] = Math.min(255, base[c] + ((seed >>> 24) % 48));
      }
    }
  }
  return rgbPng(width, height, raw);
}

/** A PNG of `width` × `height` RGB pixels from `raw` rows (each led by its filter byte). */
function rgbPng(width, height, raw) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk("IHDR", header), chunk("IDAT", deflateSync(raw, { level: 1 })), chunk("IEND", Buffer.alloc(0))]);
}

/**
 * A PNG of `width` × `height` of pure noise: the heaviest picture there is once compressed to
 * JPEG (about 1 Mo at 1280 × 1280), to fill the day's photo budget in few shots.
 */
export function noisePng(width, height) {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  let seed = 11;
  for (let y = 0; y < height; y++) {
    for (let i = 1; i <= width * 3; i++) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      raw[y * (width * 3 + 1) + i] = seed >>> 24;
    }
  }
  return rgbPng(width, height, raw);
}

/** A black greyscale PNG of `width` × `height` (small as a file, huge once decoded). */
export function blackPng(width, height) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8 bits, greyscale
  const raw = deflateSync(Buffer.alloc((width + 1) * height), { level: 9 });
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk("IHDR", header), chunk("IDAT", raw), chunk("IEND", Buffer.alloc(0))]);
}

