import { describe, expect, it } from "vitest";
import {
  fakePng,
  jpegImage,
  linuxExecutable,
  pngImage,
  svgWithScript,
  webpImage,
  windowsExecutable,
} from "../testing/images";
import { checkLogo, MAX_LOGO_BYTES, MAX_LOGO_SIDE, sniffImageType } from "./logo";

describe("logo checks (content decides, never the name)", () => {
  it("accepts PNG, JPEG and WebP, with their real size in pixels and a SHA-256", () => {
    expect(checkLogo(pngImage(3, 2))).toMatchObject({ ok: true, type: "image/png", width: 3, height: 2 });
    expect(checkLogo(jpegImage())).toMatchObject({ ok: true, type: "image/jpeg", width: 1, height: 1 });
    expect(checkLogo(webpImage())).toMatchObject({ ok: true, type: "image/webp", width: 1, height: 1 });
    const r = checkLogo(pngImage());
    expect(r.ok && r.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("refuses SVG, executables, empty files and a bare PNG signature", () => {
    expect(checkLogo(svgWithScript())).toMatchObject({ ok: false, problem: "UNSUPPORTED_TYPE" });
    expect(checkLogo(windowsExecutable())).toMatchObject({ ok: false, problem: "UNSUPPORTED_TYPE" });
    expect(checkLogo(linuxExecutable())).toMatchObject({ ok: false, problem: "UNSUPPORTED_TYPE" });
    expect(checkLogo(new Uint8Array())).toMatchObject({ ok: false, problem: "EMPTY" });
    expect(checkLogo(fakePng())).toMatchObject({ ok: false, problem: "DAMAGED" });
    expect(sniffImageType(Buffer.from("GIF89a"))).toBeNull();
  });

  it("refuses more than 1 MB and more than the largest side", () => {
    const big = Buffer.concat([pngImage(), Buffer.alloc(MAX_LOGO_BYTES)]);
    expect(checkLogo(big)).toMatchObject({
      ok: false,
      problem: "TOO_LARGE",
      message: "The logo must be at most 1 MB.",
    });
    expect(checkLogo(pngImage(MAX_LOGO_SIDE + 1, 1))).toMatchObject({ ok: false, problem: "TOO_MANY_PIXELS" });
  });
});
