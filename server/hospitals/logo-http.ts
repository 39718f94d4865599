// The logo over HTTP (app/api/hospital/logo/route.ts). GET serves the logo of the hospital named by the request's
// Host header, and only that one. POST and DELETE run through the API's own guard ladder (an internal router called
// in-process, never exposed), so exactly the checks of every settings.* procedure apply: ADMIN of this host's hospital.
import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { z } from "zod";
import { AppError, isAppError } from "../errors";
import { log } from "../log";
import { withHospital } from "../tenancy";
import { parseHost } from "../tenancy/host";
import { createCallerFactory, createContext, permitted, router, type Context } from "../trpc";
import {
  checkLogo,
  LOGO_EXTENSIONS,
  LOGO_PROBLEM_MESSAGES,
  MAX_LOGO_BYTES,
  MAX_LOGO_REQUEST_BYTES,
  type LogoProblem,
} from "./logo";
import { readLogo, removeLogo, saveLogo, type LogoInfo, type StoredLogo } from "./logo-store";

const admin = permitted("settings.manage");
const logoRouter = router({
  save: admin
    .input(z.object({ bytes: z.instanceof(Uint8Array) }))
    .mutation(({ ctx, input }) => saveLogo(ctx, input.bytes)),
  remove: admin.mutation(({ ctx }) => removeLogo(ctx)),
});
const logoCaller = createCallerFactory(logoRouter);

const NO_STORE = { "cache-control": "no-store" };
/** { error: { code, message, problem? } }: `problem` names what is wrong with the image, for translated messages */
const problem = (status: number, code: string, message: string, what?: LogoProblem) =>
  Response.json({ error: { code, message, ...(what ? { problem: what } : {}) } }, { status, headers: NO_STORE });
const badRequest = (message: string) => problem(400, "BAD_REQUEST", message);
const tooLarge = () => problem(400, "TOO_LARGE", LOGO_PROBLEM_MESSAGES.TOO_LARGE, "TOO_LARGE");

/** refuses the obviously unauthorised before any of the body is read; the procedure then checks everything again */
function preflight(ctx: Context): Response | null {
  const s = ctx.session;
  if (!s || ctx.host.kind !== "hospital" || s.hospital?.code !== ctx.host.code)
    return problem(401, "UNAUTHORIZED", "Please sign in");
  if (s.user.role !== "ADMIN")
    return problem(403, "FORBIDDEN", "Only the hospital's administrators may change its logo");
  return null;
}

/** the request body, or null once it grows past `max` bytes (the rest is never read) */
async function readBounded(req: Request, max: number): Promise<Buffer | null> {
  if (!req.body) return Buffer.alloc(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function failure(err: unknown): Response {
  if (err instanceof TRPCError) {
    const status = getHTTPStatusCodeFromError(err);
    if (status < 500) return problem(status, err.code, err.message);
  }
  if (isAppError(err) && err.trpcCode === "BAD_REQUEST") return badRequest(err.message);
  log.error({ err }, "hospital logo request failed");
  return problem(503, "UNAVAILABLE", "The logo could not be saved just now; nothing was changed. Please try again.");
}

const withUrl = (logo: LogoInfo) => ({ ...logo, url: `/api/hospital/logo?v=${logo.sha256.slice(0, 16)}` });

/** POST multipart/form-data with the image in the field "file" */
export async function uploadLogo(req: Request): Promise<Response> {
  try {
    const ctx = await createContext({ headers: req.headers });
    const refused = preflight(ctx);
    if (refused) return refused;
    const contentType = req.headers.get("content-type") ?? "";
    if (!/^multipart\/form-data\s*;\s*boundary=/i.test(contentType))
      return badRequest('Send the logo as multipart/form-data, in a field named "file".');
    const declared = Number(req.headers.get("content-length"));
    if (Number.isFinite(declared) && declared > MAX_LOGO_REQUEST_BYTES) return tooLarge();
    const body = await readBounded(req, MAX_LOGO_REQUEST_BYTES);
    if (!body) return tooLarge();
    let form: FormData;
    try {
      form = await new Response(new Blob([new Uint8Array(body)]), {
        headers: { "content-type": contentType },
      }).formData();
    } catch {
      return badRequest("The upload could not be read. Please choose the file again.");
    }
    const file = form.get("file");
    if (!(file instanceof Blob)) return badRequest('No file was sent: put the image in the field "file".');
    if (file.size > MAX_LOGO_BYTES) return tooLarge();
    const bytes = new Uint8Array(await file.arrayBuffer());
    const checked = checkLogo(bytes); // saveLogo checks again; here to name the problem in the answer
    if (!checked.ok)
      return problem(
        400,
        checked.problem === "TOO_LARGE" ? "TOO_LARGE" : "BAD_REQUEST",
        checked.message,
        checked.problem,
      );
    const logo = await logoCaller(ctx).save({ bytes });
    return Response.json({ logo: withUrl(logo) }, { status: 200, headers: NO_STORE });
  } catch (err) {
    return failure(err);
  }
}

export async function deleteLogo(req: Request): Promise<Response> {
  try {
    const ctx = await createContext({ headers: req.headers });
    const refused = preflight(ctx);
    if (refused) return refused;
    return Response.json(await logoCaller(ctx).remove(), { status: 200, headers: NO_STORE });
  } catch (err) {
    return failure(err);
  }
}

const notFoundResponse = () =>
  new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", ...NO_STORE } });

/** GET: the logo of the hospital this host names (public: it is shown on the sign-in page) */
export async function serveLogo(req: Request): Promise<Response> {
  const host = parseHost(req.headers.get("host"));
  if (host.kind !== "hospital") return notFoundResponse();
  let logo: StoredLogo | null;
  try {
    logo = await withHospital(host.code, readLogo);
  } catch (err) {
    if (isAppError(err) && (err as AppError).trpcCode === "NOT_FOUND") return notFoundResponse();
    log.warn({ code: host.code, err: String(err) }, "hospital logo unavailable");
    return new Response("Unavailable", {
      status: 503,
      headers: { "content-type": "text/plain; charset=utf-8", ...NO_STORE },
    });
  }
  if (!logo) return notFoundResponse();
  const etag = `"${logo.sha256}"`;
  const headers = {
    "content-type": logo.contentType,
    "x-content-type-options": "nosniff",
    "content-security-policy": "default-src 'none'",
    "cross-origin-resource-policy": "same-origin",
    "content-disposition": `inline; filename="logo.${LOGO_EXTENSIONS[logo.contentType]}"`,
    "cache-control": "public, max-age=300",
    etag,
    "last-modified": logo.updatedAt.toUTCString(),
  };
  const ifNoneMatch = req.headers.get("if-none-match");
  if (ifNoneMatch && ifNoneMatch.split(",").some((t) => t.trim().replace(/^W\//, "") === etag))
    return new Response(null, { status: 304, headers });
  return new Response(new Blob([new Uint8Array(logo.bytes)]), {
    status: 200,
    headers: { ...headers, "content-length": String(logo.bytes.length) },
  });
}
