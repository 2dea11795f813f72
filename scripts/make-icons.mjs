// Draws Zettel's icon (a yellow note slip with a folded corner, three text lines and a green
// "still to answer" dot) as PNGs in public/icon/. No image library: a tiny supersampling rasteriser
// and Node's zlib are enough for a flat icon. Run: node scripts/make-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 96, 128];
const SUPERSAMPLE = 4;

/** Shapes in a 0..1 coordinate space, painted in order; each returns a colour or null. */
function paint(x, y) {
  const inRoundedRect = (x0, y0, x1, y1, r) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
  let colour = null;
  // The slip; its top-right corner is folded over along the diagonal (0.66,0.06)-(0.9,0.3).
  const inCorner = x >= 0.66 && y <= 0.3;
  const beyondFold = inCorner && x - 0.66 + (0.3 - y) > 0.24;
  if (inRoundedRect(0.1, 0.06, 0.9, 0.94, 0.08) && !beyondFold) colour = [255, 214, 64, 255];
  if (inCorner && !beyondFold) colour = [214, 160, 20, 255];
  // Three lines of "text".
  for (const [ly, lx1] of [[0.36, 0.74], [0.5, 0.74], [0.64, 0.56]]) {
    if (inRoundedRect(0.24, ly - 0.035, lx1, ly + 0.035, 0.035)) colour = [120, 84, 10, 255];
  }
  // The green dot: WhatsApp-green "still to answer" marker.
  const dx = x - 0.73, dy = y - 0.76;
  if (dx * dx + dy * dy <= 0.14 * 0.14) colour = [255, 255, 255, 255];
  if (dx * dx + dy * dy <= 0.11 * 0.11) colour = [37, 163, 90, 255];
  return colour;
}

function render(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const n = SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = paint((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size);
          if (c) { r += c[0] * c[3]; g += c[1] * c[3]; b += c[2] * c[3]; a += c[3]; }
        }
      }
      const o = (py * size + px) * 4;
      pixels[o] = a ? r / a : 0; pixels[o + 1] = a ? g / a : 0; pixels[o + 2] = a ? b / a : 0; pixels[o + 3] = a / (n * n);
    }
  }
  return encodePng(size, size, pixels);
}

function crc32(buffer) {
  let crc = ~0;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4); length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0); header.writeUInt32BE(height, 4);
  header[8] = 8; header[9] = 6; // 8-bit RGBA
  const rows = [];
  for (let y = 0; y < height; y++) rows.push(Buffer.from([0]), rgba.subarray(y * width * 4, (y + 1) * width * 4));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public/icon', { recursive: true });
for (const size of SIZES) writeFileSync(`public/icon/${size}.png`, render(size));
console.log(`wrote ${SIZES.map((s) => `public/icon/${s}.png`).join(', ')}`);
