import { crc32, deflateSync } from 'node:zlib';

/*
 * Real image files made in the test, so that tests need no binary fixtures: a PNG
 * of any size in one colour (decodable by Chromium and by image-size), and the
 * first bytes of a JPEG with an EXIF orientation, for reading dimensions only.
 */

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function pngImage(width: number, height: number, rgb: [number, number, number] = [46, 125, 50]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(2, 9); // truecolour
  const row = Buffer.alloc(1 + width * 3);
  for (let x = 0; x < width; x++) row.set(rgb, 1 + x * 3);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/**
 * A real PNG of about `bytes` bytes whose pixels are random (stored, not deflated):
 * the size of a phone photo that no zip can shrink. Different seeds, different bytes.
 */
export function noisyPng(bytes: number, seed: number): Buffer {
  const width = 1024;
  const rowBytes = 1 + width * 3;
  const height = Math.max(1, Math.floor(bytes / rowBytes));
  const raw = Buffer.alloc(rowBytes * height);
  // xorshift32: fast, seeded, incompressible enough.
  let state = (seed * 2654435761) >>> 0 || 1;
  for (let at = 0; at < raw.length; at += 4) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    raw.writeUInt32LE(state >>> 0, Math.min(at, raw.length - 4));
  }
  for (let row = 0; row < height; row++) raw[row * rowBytes] = 0; // filter byte: none
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(8, 8);
  header.writeUInt8(2, 9);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 0 })), chunk('IEND', Buffer.alloc(0))]);
}
