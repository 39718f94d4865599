// The catalogues are complete and well-formed: English and Arabic have exactly the same keys, no message is empty,
// every message parses as ICU MessageFormat, both languages use the same arguments, and Arabic text is Arabic.
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { ar, en } from "./messages";

type Tree = { [k: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === "string") out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time)
      into.add(el.value);
    if (el.type === TYPE.select || el.type === TYPE.plural) {
      into.add(el.value);
      for (const option of Object.values(el.options)) argumentsOf(option.value, into);
    }
    if (el.type === TYPE.tag) {
      into.add(el.value);
      argumentsOf(el.children, into);
    }
  }
  return into;
}

const english = flatten(en as unknown as Tree);
const arabic = flatten(ar as unknown as Tree);

describe("message catalogues", () => {
  it("have hundreds of messages", () => {
    expect(english.size).toBeGreaterThan(300);
  });

  it("have the same keys in English and Arabic", () => {
    expect([...arabic.keys()].filter((k) => !english.has(k))).toEqual([]);
    expect([...english.keys()].filter((k) => !arabic.has(k))).toEqual([]);
  });

  it("have no empty message", () => {
    const empty = [...english, ...arabic].filter(([, v]) => v.trim() === "").map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it("parse as ICU MessageFormat and use the same arguments in both languages", () => {
    const problems: string[] = [];
    for (const [key, message] of english) {
      try {
        const enArgs = [...argumentsOf(parse(message))].sort();
        const arArgs = [...argumentsOf(parse(arabic.get(key) ?? ""))].sort();
        if (enArgs.join() !== arArgs.join()) problems.push(`${key}: en {${enArgs}} vs ar {${arArgs}}`);
      } catch (err) {
        problems.push(`${key}: ${(err as Error).message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("translate: Arabic messages are written in Arabic (except codes and names)", () => {
    const hasArabic = /[\u0600-\u06FF]/;
    const untranslated = [...arabic].filter(([key, v]) => {
      const english_ = english.get(key);
      // a message with letters identical to English is a missed translation; short codes and symbols may be the same
      return /[A-Za-z]{4,}/.test(v.replace(/\{[^}]*\}/g, "")) && !hasArabic.test(v) && english_ === v;
    });
    expect(untranslated.map(([k]) => k)).toEqual([]);
  });
});
