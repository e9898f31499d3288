#!/usr/bin/env node
// Builds a gold-standard file (the format ../shared/eval/score.mjs reads) from a human-readable spec,
// so that annotators quote text instead of counting characters.
//
//   node server/scripts/make-gold.mjs test-fixtures/eval/museum-theft.spec.json [more specs...]
//   node server/scripts/make-gold.mjs --check test-fixtures/eval/*.spec.json   (exit 1 if a gold file is stale)
//
// A spec `<name>.spec.json` describes the articles in the folder `<name>/` beside it (or `corpus`) and
// is written to `<name>.gold.json`. Everything is copied as is except passages, which are quoted:
//
//   passage  ["01", "text as it appears", 1]     doc (file name or unique prefix), exact text, and the
//            {"doc": "01", "text": "…", "nth": 1} 0-based occurrence index, needed only when the text
//                                                 occurs more than once in that document
//   region   a passage, or {"doc": "01", "from": "Related Articles", "to": "All rights reserved."}
//            (from the start of `from` to the end of the first `to` after it; "to": null = end of text)
//
//   facts: [{id, statements: [passage...]}], singleSource / notClaims: [passage...],
//   boilerplate / ignore: [region...], contradictions: [{id, kind, difficulty, why, a: passage, b: [passage...]}],
//   notContradictions: [{why, a: passage, b: passage}], entities / optionalEntities: [{id, type, aliases}].
//
// It fails loudly (exit 2, every problem listed) when a passage is missing or ambiguous, a document
// prefix matches no file or several, an id repeats, or an entity alias occurs in no document.
// Offsets are UTF-16 code-unit indices (JavaScript string indices), end exclusive, into the file's
// text with a leading BOM removed, exactly as the scorer reads it.
import { readFileSync, readdirSync, writeFileSync, existsSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";

const args = process.argv.slice(2);
const check = args.includes("--check");
const specs = args.filter((a) => a !== "--check");
if (specs.length === 0) {
  console.error("usage: make-gold.mjs [--check] <name>.spec.json...");
  process.exit(2);
}

let stale = 0;
for (const specPath of specs) {
  const { gold, problems } = build(resolve(specPath));
  if (problems.length) {
    console.error(`${specPath}: ${problems.length} problem(s)\n  ` + problems.join("\n  "));
    process.exit(2);
  }
  const out = resolve(specPath).replace(/\.spec\.json$/, ".gold.json");
  const json = JSON.stringify(gold, null, 1) + "\n";
  if (check) {
    const same = existsSync(out) && readFileSync(out, "utf8") === json;
    if (!same) stale++;
    console.log(`${same ? "up to date" : "STALE"}: ${out}`);
  } else {
    writeFileSync(out, json);
    console.log(`wrote ${out} (${gold.documents.length} documents, ${gold.facts.length} facts, ` +
      `${gold.contradictions.length} contradictions)`);
  }
}
process.exit(stale ? 1 : 0);

/** Reads one spec and returns the gold object plus a list of problems (empty when all is well). */
function build(specPath) {
  const problems = [];
  const spec = JSON.parse(readFileSync(specPath, "utf8"));
  const corpusDir = resolve(dirname(specPath), spec.corpus ?? basename(specPath).replace(/\.spec\.json$/, ""));
  const documents = spec.documents ?? readdirSync(corpusDir).filter((f) => f.endsWith(".txt")).sort();
  // Read as the scorer does: UTF-8, BOM removed, line endings untouched.
  const texts = new Map(documents.map((d) => [d, readFileSync(join(corpusDir, d), "utf8").replace(/^\uFEFF/, "")]));

  const docName = (ref, where) => {
    const hits = documents.filter((d) => d === ref || d.startsWith(ref));
    const exact = hits.find((d) => d === ref);
    if (exact || hits.length === 1) return exact ?? hits[0];
    problems.push(`${where}: document "${ref}" matches ${hits.length ? hits.join(", ") : "no file"}`);
    return null;
  };
  // Finds the nth occurrence of text in doc (starting at `from`); nth is required when it is ambiguous.
  const locate = (doc, text, nth, where, from = 0) => {
    const all = [];
    for (let i = texts.get(doc).indexOf(text, from); i >= 0; i = texts.get(doc).indexOf(text, i + 1)) all.push(i);
    if (all.length === 0) problems.push(`${where}: not found in ${doc}: "${text}"`);
    else if (nth === undefined && all.length > 1) problems.push(`${where}: ${all.length} occurrences in ${doc}, give nth: "${text}"`);
    else if (nth !== undefined && nth >= all.length) problems.push(`${where}: only ${all.length} occurrence(s) in ${doc}: "${text}"`);
    else return all[nth ?? 0];
    return null;
  };
  const passage = (p, where) => {
    const [ref, text, nth] = Array.isArray(p) ? p : [p.doc, p.text, p.nth];
    const doc = docName(ref, where);
    if (!doc || typeof text !== "string" || text === "") {
      if (doc) problems.push(`${where}: a passage needs non-empty text`);
      return null;
    }
    const start = locate(doc, text, nth, where);
    return start === null ? null : { doc, start, end: start + text.length, text };
  };
  const region = (r, where) => {
    if (Array.isArray(r) || r.text !== undefined) {
      const p = passage(r, where);
      return p && { doc: p.doc, start: p.start, end: p.end };
    }
    const doc = docName(r.doc, where);
    if (!doc) return null;
    const start = locate(doc, r.from, r.nth, where);
    if (start === null) return null;
    if (r.to === null || r.to === undefined) return { doc, start, end: texts.get(doc).length };
    const toAt = locate(doc, r.to, 0, where, start);
    return toAt === null ? null : { doc, start, end: toAt + r.to.length };
  };
  const list = (xs, fn, name) => (xs ?? []).map((x, i) => fn(x, `${name}[${i}]`)).filter(Boolean);

  // Entities are copied; each alias must occur somewhere as a whole word, or it is probably a typo.
  const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  const occurs = (alias) =>
    [...texts.values()].some((t) => {
      for (let i = t.indexOf(alias); i >= 0; i = t.indexOf(alias, i + 1))
        if (!isWordChar(t[i - 1]) && !isWordChar(t[i + alias.length])) return true;
      return false;
    });
  const ids = new Set();
  const unique = (id, where) => {
    if (ids.has(id)) problems.push(`${where}: duplicate id "${id}"`);
    ids.add(id);
  };
  for (const [i, e] of [...(spec.entities ?? []), ...(spec.optionalEntities ?? [])].entries()) {
    unique(e.id, `entity ${i}`);
    for (const a of e.aliases) if (!occurs(a)) problems.push(`entity ${e.id}: alias "${a}" occurs in no document`);
  }

  const gold = {
    about: spec.about ?? "Held-out gold standard built by server/scripts/make-gold.mjs from a spec; do not edit by hand.",
    documents,
    entities: spec.entities ?? [],
    optionalEntities: spec.optionalEntities ?? [],
    boilerplate: list(spec.boilerplate, region, "boilerplate"),
    ignore: list(spec.ignore, region, "ignore"),
    facts: (spec.facts ?? []).map((f) => {
      unique(f.id, `fact ${f.id}`);
      const statements = list(f.statements, passage, `fact ${f.id}`);
      if (new Set(statements.map((s) => s.doc)).size < 2) problems.push(`fact ${f.id}: needs statements in two documents`);
      return { id: f.id, statements };
    }),
    singleSource: list(spec.singleSource, passage, "singleSource"),
    notClaims: list(spec.notClaims, passage, "notClaims"),
    contradictions: (spec.contradictions ?? []).map((c) => {
      unique(c.id, `contradiction ${c.id}`);
      return { id: c.id, kind: c.kind, difficulty: c.difficulty, why: c.why,
        a: passage(c.a, `contradiction ${c.id}.a`), b: list(c.b, passage, `contradiction ${c.id}.b`) };
    }),
    notContradictions: (spec.notContradictions ?? []).map((n, i) => ({
      why: n.why, a: passage(n.a, `notContradictions[${i}].a`), b: passage(n.b, `notContradictions[${i}].b`),
    })),
  };
  return { gold, problems };
}
