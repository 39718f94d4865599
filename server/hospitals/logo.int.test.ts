// The logo route handlers, called as Next would call them: only the ADMIN of the host's hospital uploads; only real
// PNG/JPEG/WebP up to 1 MB are stored; a hospital's logo is served on its own host and never on another's.
import { beforeAll, describe, expect, it } from "vitest";
import { driver } from "@/db";
import { DELETE, GET, POST } from "@/app/api/hospital/logo/route";
import { cookieFor, makeHospital, makeUser, type TestHospital } from "../testing/fixtures";
import { jpegImage, linuxExecutable, pngImage, svgWithScript, webpImage, windowsExecutable } from "../testing/images";

const URL_ = "http://127.0.0.1/api/hospital/logo";
let a: TestHospital;
let b: TestHospital;
let adminA: string;
let adminB: string;
let doctorA: string;

beforeAll(async () => {
  a = await makeHospital();
  b = await makeHospital();
  adminA = await cookieFor(a.host, a.admin);
  adminB = await cookieFor(b.host, b.admin);
  doctorA = await cookieFor(a.host, await makeUser(a, "DOCTOR"));
}, 120_000);

function upload(
  host: string,
  cookie: string | undefined,
  bytes: Uint8Array,
  name = "logo.png",
  type = "image/png",
  extra: Record<string, string> = {},
) {
  const form = new FormData();
  form.set("file", new File([new Uint8Array(bytes)], name, { type }));
  return POST(
    new Request(URL_, { method: "POST", headers: { host, ...(cookie ? { cookie } : {}), ...extra }, body: form }),
  );
}
const fetchLogo = (host: string, headers: Record<string, string> = {}) =>
  GET(new Request(URL_, { headers: { host, ...headers } }));
const errorOf = async (r: Response) =>
  ((await r.json()) as { error: { code: string; message: string; problem?: string } }).error;

describe(`hospital logo (${driver().name})`, () => {
  it("accepts PNG, JPEG and WebP from the hospital's admin and serves the last one with safe headers", async () => {
    for (const [bytes, type] of [
      [jpegImage(), "image/jpeg"],
      [webpImage(), "image/webp"],
      [pngImage(4, 3), "image/png"],
    ] as const) {
      const r = await upload(a.host, adminA, bytes, "whatever.bin", "application/octet-stream");
      expect(r.status, type).toBe(200);
      expect((await r.json()).logo).toMatchObject({ contentType: type, size: bytes.length });
    }
    const served = await fetchLogo(a.host);
    expect(served.status).toBe(200);
    expect(Buffer.from(await served.arrayBuffer()).equals(pngImage(4, 3))).toBe(true);
    expect(served.headers.get("content-type")).toBe("image/png");
    expect(served.headers.get("x-content-type-options")).toBe("nosniff");
    expect(served.headers.get("content-security-policy")).toBe("default-src 'none'");
    const etag = served.headers.get("etag")!;
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/);
    expect(served.headers.get("cache-control")).toContain("max-age=");
    expect((await fetchLogo(a.host, { "if-none-match": etag })).status).toBe(304);
  });

  it("never serves A's logo on B's host, nor on the admin or root host", async () => {
    expect((await fetchLogo(b.host)).status).toBe(404);
    expect((await fetchLogo("admin.zain.test")).status).toBe(404);
    expect((await fetchLogo("zain.test")).status).toBe(404);
    expect((await fetchLogo("nosuch77.zain.test")).status).toBe(404);
    expect((await upload(b.host, adminB, webpImage())).status).toBe(200);
    const onB = await fetchLogo(b.host);
    expect(onB.headers.get("content-type")).toBe("image/webp");
    expect(Buffer.from(await onB.arrayBuffer()).equals(webpImage())).toBe(true);
    expect((await fetchLogo(a.host)).headers.get("content-type")).toBe("image/png");
  });

  it("refuses a 5 MB file, an SVG with a script and renamed executables with 400 and a clear message", async () => {
    const before = await fetchLogo(a.host);
    const fiveMb = Buffer.concat([pngImage(), Buffer.alloc(5 * 1024 * 1024)]);
    const declared = await upload(a.host, adminA, fiveMb, "logo.png", "image/png", {
      "content-length": String(fiveMb.length + 200),
    });
    expect(declared.status).toBe(400);
    expect(await errorOf(declared)).toEqual({
      code: "TOO_LARGE",
      message: "The logo must be at most 1 MB.",
      problem: "TOO_LARGE",
    });
    const streamed = await upload(a.host, adminA, fiveMb);
    expect(streamed.status).toBe(400);
    expect((await errorOf(streamed)).code).toBe("TOO_LARGE");
    for (const [bytes, name, type] of [
      [svgWithScript(), "logo.svg", "image/svg+xml"],
      [svgWithScript(), "logo.png", "image/png"],
      [windowsExecutable(), "logo.png", "image/png"],
      [linuxExecutable(), "logo.jpg", "image/jpeg"],
    ] as const) {
      const r = await upload(a.host, adminA, bytes, name, type);
      expect(r.status, name).toBe(400);
      expect(await errorOf(r)).toEqual({
        code: "BAD_REQUEST",
        message: "The logo must be a PNG, JPEG or WebP image.",
        problem: "UNSUPPORTED_TYPE",
      });
    }
    const after = await fetchLogo(a.host);
    expect(after.headers.get("etag")).toBe(before.headers.get("etag"));
  });

  it("refuses malformed uploads with 400, never 500", async () => {
    const raw = (body: BodyInit, contentType: string) =>
      POST(
        new Request(URL_, {
          method: "POST",
          headers: { host: a.host, cookie: adminA, "content-type": contentType },
          body,
        }),
      );
    expect((await raw(new Uint8Array(pngImage()), "image/png")).status).toBe(400);
    expect((await raw("--x\r\nnot really multipart", "multipart/form-data; boundary=x")).status).toBe(400);
    const noFile = new FormData();
    noFile.set("other", "value");
    const r = await POST(
      new Request(URL_, { method: "POST", headers: { host: a.host, cookie: adminA }, body: noFile }),
    );
    expect(r.status).toBe(400);
    expect((await errorOf(r)).message).toMatch(/field "file"/);
    expect((await upload(a.host, adminA, new Uint8Array())).status).toBe(400);
  });

  it("only the host's own hospital ADMIN may upload or remove it", async () => {
    expect((await upload(a.host, doctorA, pngImage())).status, "A's doctor").toBe(403);
    expect((await upload(a.host, adminB, pngImage())).status, "B's admin cookie on A's host").toBe(401);
    expect((await upload(a.host, undefined, pngImage())).status, "nobody").toBe(401);
    expect((await upload("admin.zain.test", adminA, pngImage())).status, "A's admin on the admin host").toBe(401);
    const del = (host: string, cookie?: string) =>
      DELETE(new Request(URL_, { method: "DELETE", headers: { host, ...(cookie ? { cookie } : {}) } }));
    expect((await del(a.host, doctorA)).status).toBe(403);
    expect((await del(a.host, adminB)).status).toBe(401);
    expect((await fetchLogo(a.host)).status).toBe(200);
    const removed = await del(a.host, adminA);
    expect(await removed.json()).toEqual({ removed: true });
    expect((await fetchLogo(a.host)).status).toBe(404);
    expect((await fetchLogo(b.host)).status, "B keeps its own").toBe(200);
  });
});
