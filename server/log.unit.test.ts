// The logger never writes secrets or personal data: neither under a listed key, nor in a database error's parameters.
import { Writable } from "node:stream";
import { DrizzleQueryError } from "drizzle-orm/errors";
import { describe, expect, it } from "vitest";
import { createLogger, REDACTION } from "./log";

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: createLogger(stream, "info"), text: () => lines.join("") };
}

const HASH = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo";
const SECRETS = [HASH, "amira.haddad@example.test", "Amira", "Haddad", "+968 9123 4567", "1988-04-12", "Pa55-word-!"];

describe("log redaction", () => {
  it("drops the values of personal and secret keys at any depth", () => {
    const { logger, text } = capture();
    logger.info(
      {
        user: { firstName: "Amira", lastName: "Haddad", email: "amira.haddad@example.test", passwordHash: HASH },
        patient: { phone: "+968 9123 4567", date_of_birth: "1988-04-12" },
        input: { password: "Pa55-word-!" },
        code: "DEMO001",
      },
      "a line with personal data",
    );
    for (const s of SECRETS) expect(text()).not.toContain(s);
    expect(text()).toContain(REDACTION);
    expect(text()).toContain("DEMO001");
  });

  it("keeps a database error's SQL shape but never its parameters", () => {
    const { logger, text } = capture();
    const err = new DrizzleQueryError(
      'insert into "users" ("username", "email", "password_hash") values ($1, $2, $3)',
      ["amira", "amira.haddad@example.test", HASH],
      Object.assign(new Error("SQLITE_BUSY: database is locked"), { code: "SQLITE_BUSY" }),
    );
    logger.error({ err }, "query failed");
    logger.error(err.message);
    const out = text();
    expect(out).toContain('insert into \\"users\\"');
    expect(out).toContain("SQLITE_BUSY");
    for (const s of SECRETS) expect(out).not.toContain(s);
    expect(out).not.toContain("amira,");
  });
});
