// What a hospital logo may be: PNG, JPEG or WebP, at most 1 MB, decided by the bytes themselves (magic numbers and
// the image header), never by the file name or the browser's declared type. Pure: no database, no HTTP.
import { createHash } from "node:crypto";

export const MAX_LOGO_BYTES = 1024 * 1024;
/** room for the multipart envelope around the file */
export const MAX_LOGO_REQUEST_BYTES = MAX_LOGO_BYTES + 64 * 1024;
/** larger images are refused: a logo needs no more, and huge dimensions make browsers work hard */
export const MAX_LOGO_SIDE = 4096;

export const LOGO_TYPES = ["image/png", "image/jpeg", "image/webp"] as const;
export type LogoType = (typeof LOGO_TYPES)[number];

export type LogoProblem = "EMPTY" | "TOO_LARGE" | "UNSUPPORTED_TYPE" | "DAMAGED" | "TOO_MANY_PIXELS";

export const LOGO_PROBLEM_MESSAGES: Record<LogoProblem, string> = {
  EMPTY: "The file is empty.",
  TOO_LARGE: "The logo must be at most 1 MB.",
  UNSUPPORTED_TYPE: "The logo must be a PNG, JPEG or WebP image.",
  DAMAGED: "The image is damaged or incomplete.",
  TOO_MANY_PIXELS: `The image may be at most ${MAX_LOGO_SIDE} × ${MAX_LOGO_SIDE} pixels.`,
};

export type CheckedLogo =
  | { ok: true; type: LogoType; width: number; height: number; sha256: string }
  | { ok: false; problem: LogoProblem; message: string };

const startsWith = (b: Uint8Array, sig: number[], at = 0) =>
  b.length >= at + sig.length && sig.every((v, i) => b[at + i] === v);
const ascii = (b: Uint8Array, at: number, len: number) => String.fromCharCode(...b.subarray(at, at + len));
const u16be = (b: Uint8Array, at: number) => (b[at]! << 8) | b[at + 1]!;
const u16le = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u24le = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16);
const u32be = (b: Uint8Array, at: number) =>
  ((b[at]! << 24) >>> 0) + ((b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!);
const u32le = (b: Uint8Array, at: number) => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16)) + b[at + 3]! * 0x1000000;

type Size = { width: number; height: number } | null;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** PNG: the signature, then the IHDR chunk first (RFC 2083) */
function pngSize(b: Uint8Array): Size {
  if (b.length < 33 || u32be(b, 8) !== 13 || ascii(b, 12, 4) !== "IHDR") return null;
  return { width: u32be(b, 16), height: u32be(b, 20) };
}

/** JPEG: walk the marker segments to the first start-of-frame */
function jpegSize(b: Uint8Array): Size {
  let at = 2;
  while (at + 4 <= b.length) {
    if (b[at] !== 0xff) return null;
    const marker = b[at + 1]!;
    if (marker === 0xff) {
      at++; // fill byte
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2; // markers without a length
      continue;
    }
    const length = u16be(b, at + 2);
    if (length < 2) return null;
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) return at + 9 <= b.length ? { height: u16be(b, at + 5), width: u16be(b, at + 7) } : null;
    if (marker === 0xd9 || marker === 0xda) return null; // end of image or scan data before any frame header
    at += 2 + length;
  }
  return null;
}

/** WebP: RIFF container with a VP8 (lossy), VP8L (lossless) or VP8X (extended) first chunk */
function webpSize(b: Uint8Array): Size {
  if (b.length < 30 || u32le(b, 4) + 8 > b.length) return null;
  const chunk = ascii(b, 12, 4);
  if (chunk === "VP8 ") {
    if (!startsWith(b, [0x9d, 0x01, 0x2a], 23)) return null;
    return { width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff };
  }
  if (chunk === "VP8L") {
    if (b[20] !== 0x2f) return null;
    const bits = u32le(b, 21);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (chunk === "VP8X") return { width: u24le(b, 24) + 1, height: u24le(b, 27) + 1 };
  return null;
}

/** the image type the bytes really are (null: none we accept) */
export function sniffImageType(b: Uint8Array): LogoType | null {
  if (startsWith(b, PNG_SIGNATURE)) return "image/png";
  if (startsWith(b, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (b.length >= 12 && ascii(b, 0, 4) === "RIFF" && ascii(b, 8, 4) === "WEBP") return "image/webp";
  return null;
}

const fail = (problem: LogoProblem): CheckedLogo => ({ ok: false, problem, message: LOGO_PROBLEM_MESSAGES[problem] });

/** checks an uploaded logo; on success also gives its type, size in pixels and SHA-256 (hex) */
export function checkLogo(bytes: Uint8Array): CheckedLogo {
  if (bytes.length === 0) return fail("EMPTY");
  if (bytes.length > MAX_LOGO_BYTES) return fail("TOO_LARGE");
  const type = sniffImageType(bytes);
  if (!type) return fail("UNSUPPORTED_TYPE");
  const size = type === "image/png" ? pngSize(bytes) : type === "image/jpeg" ? jpegSize(bytes) : webpSize(bytes);
  if (!size || size.width < 1 || size.height < 1) return fail("DAMAGED");
  if (size.width > MAX_LOGO_SIDE || size.height > MAX_LOGO_SIDE) return fail("TOO_MANY_PIXELS");
  return { ok: true, type, ...size, sha256: createHash("sha256").update(bytes).digest("hex") };
}

export const LOGO_EXTENSIONS: Record<LogoType, string> = {
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/webp": "webp",
};
