// The frameworks view of a result (lazy/crosswalk.js), its place in the CSV, Markdown and export, on the crosswalk
// and model the build writes: every expectation is read from the crosswalk's mappings and the result's practices.
import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { exportText } from "../../docs/assets/self-check/lazy/export-file.js";
import { coverage, exportField, fitsModel, STATUSES, teamCoverage } from "../../docs/assets/self-check/lazy/crosswalk.js";
import { csvText, frameworkRows } from "../../docs/assets/self-check/lazy/csv.js";
import { readText } from "../../docs/assets/self-check/lazy/files.js";
import { markdownText } from "../../docs/assets/self-check/lazy/markdown.js";
import { validate } from "../../docs/assets/self-check/lazy/schema.js";
import { score } from "../../docs/assets/self-check/scoring.js";
import { builtModel, loadCrosswalkJson, loadSchema, lowest, top } from "./helpers.mjs";

const data = builtModel();
const crosswalk = loadCrosswalkJson();
const schema = loadSchema();
const siteRoot = "https://guide.example/";

const answersWith = (pick) => Object.fromEntries(data.questions.map((q) => [q.id, pick(q).id]));
const mappedIds = (fw, item) => ((crosswalk.mappings[fw.id] || {})[item.id] || []).map((m) => m.id);

/* A result with something in place, a plan and practices left for later: the top answer on every other question. */
function mixedResult() {
  for (let step = 2; step < data.questions.length; step += 1) {
    const answers = answersWith((q) => (data.questions.indexOf(q) % step === 0 ? top(data, q) : lowest(data, q)));
    const res = score(data, answers);
    if (res.inPlace.length && res.plan && res.plan.items.length) return { answers, res };
  }
  throw new Error("no mix of top and lowest answers gives practices in place and a plan");
}

/* What each item's status must be, from the crosswalk's mappings and the result's practices alone. */
function expectedStatus(fw, item, res) {
  const ids = mappedIds(fw, item);
  if (!ids.length) return "unaddressed";
  if (ids.some((id) => res.statuses.get(id) === "in-place")) return "supported";
  return ids.some((id) => res.plan && res.plan.items.some((p) => p.id === id)) ? "added" : "later";
}

describe("the crosswalk file", () => {
  test("goes with the model it was built with, and not with another language or version", () => {
    assert.ok(fitsModel(data, crosswalk));
    assert.equal(fitsModel(data, { ...crosswalk, lang: `${data.lang}-x` }), false);
    assert.equal(fitsModel(data, { ...crosswalk, version: `${data.model.version}.1` }), false);
    assert.equal(fitsModel(data, null), false);
  });
  test("maps only practices the model knows, and lists unmapped items too", () => {
    for (const fw of crosswalk.frameworks) {
      for (const item of fw.items) for (const id of mappedIds(fw, item)) assert.ok(data.practices[id], `${fw.id} ${item.id}: ${id}`);
    }
    const unmapped = crosswalk.frameworks.flatMap((fw) => fw.items.filter((item) => !mappedIds(fw, item).length));
    assert.ok(unmapped.length > 0, "the crosswalk lists no item without a mapping: the 'not addressed' case is untested");
  });
});

describe("coverage of one result", () => {
  const { res } = mixedResult();
  const frameworks = coverage(data, crosswalk, res);

  test("every framework and item, in the crosswalk's order", () => {
    assert.deepEqual(frameworks.map((fw) => fw.id), crosswalk.frameworks.map((fw) => fw.id));
    frameworks.forEach((fw, i) => assert.deepEqual(fw.items.map((item) => item.id), crosswalk.frameworks[i].items.map((item) => item.id)));
  });

  test("an in-place practice's items are supported, a plan practice's added, unmapped ones not addressed", () => {
    const seen = new Set();
    frameworks.forEach((fw, i) => fw.items.forEach((item, j) => {
      const want = expectedStatus(crosswalk.frameworks[i], crosswalk.frameworks[i].items[j], res);
      assert.equal(item.status, want, `${fw.id} ${item.id}`);
      seen.add(item.status);
    }));
    assert.ok(seen.has("supported") && seen.has("unaddressed"), [...seen].join(", "));
  });

  test("each practice says whether it is in place or planned", () => {
    const planned = new Set(res.plan.items.map((p) => p.id));
    for (const item of frameworks.flatMap((fw) => fw.items)) {
      for (const p of item.practices) {
        const want = res.statuses.get(p.id) === "in-place" ? "in-place" : planned.has(p.id) ? "planned" : null;
        assert.equal(p.state, want, `${item.id} ${p.id}`);
        assert.equal(p.url, data.practices[p.id].url);
      }
    }
  });

  test("counts add up to the items", () => {
    for (const fw of frameworks) {
      assert.equal(STATUSES.reduce((sum, s) => sum + fw.counts[s], 0), fw.items.length);
      for (const s of STATUSES) assert.equal(fw.counts[s], fw.items.filter((item) => item.status === s).length);
    }
  });

  test("every practice in place: every mapped item supported; none in place: nothing supported", () => {
    const all = coverage(data, crosswalk, score(data, answersWith((q) => top(data, q))));
    for (const item of all.flatMap((fw) => fw.items)) assert.equal(item.status, item.practices.length ? "supported" : "unaddressed");
    const none = score(data, answersWith((q) => lowest(data, q)));
    const statuses = new Set(coverage(data, crosswalk, none).flatMap((fw) => fw.items.map((item) => item.status)));
    assert.equal(statuses.has("supported"), false);
    assert.ok(statuses.has("added"), "the lowest answers' plan adds no item");
  });
});

describe("in the export, CSV and Markdown", () => {
  const { answers, res } = mixedResult();
  const frameworks = coverage(data, crosswalk, res);

  test("the export carries item statuses, passes the published schema, and still imports", () => {
    const field = exportField(frameworks);
    for (const fw of frameworks) for (const item of fw.items) assert.equal(field[fw.id][item.id], item.status);
    const text = exportText(data, answers, res, {}, {}, field);
    assert.deepEqual(validate(data, schema, JSON.parse(text)), []);
    const found = readText(data, schema, text);
    assert.equal(found.rejected, false);
    assert.deepEqual(found.answers, answers);
    assert.equal("frameworks" in JSON.parse(exportText(data, answers, res, {})), false); // optional: old files import
  });

  test("a status the schema does not know is refused", () => {
    const file = JSON.parse(exportText(data, answers, res, {}, {}, { [frameworks[0].id]: { [frameworks[0].items[0].id]: "compliant" } }));
    assert.equal(validate(data, schema, file).length, 1);
  });

  test("the CSV's second table has one row per item: framework, item, title, status, practices", () => {
    const text = csvText(data, answers, {}, {}, frameworks);
    const [, second] = text.slice(1).split("\r\n\r\n");
    const rows = frameworkRows(data, frameworks);
    assert.equal(rows.length, 1 + frameworks.reduce((n, fw) => n + fw.items.length, 0));
    assert.equal(second.trimEnd().split("\r\n").length, rows.length);
    const item = frameworks[0].items.find((i) => i.practices.length);
    const row = rows.find((r) => r[0] === frameworks[0].name && r[1] === item.id);
    assert.deepEqual(row.slice(2), [item.title, data.messages[`frameworks.status_${item.status}`], item.practices.map((p) => p.title).join("; ")]);
    assert.equal(csvText(data, answers, {}).includes("\r\n\r\n"), false);
  });

  test("the Markdown lists each framework, the disclaimer and each item with its practices' pages", () => {
    const text = markdownText(data, res, { siteRoot, date: new Date(), frameworks });
    for (const fw of frameworks) assert.ok(text.includes(`### ${fw.name}`), fw.name);
    const first = data.messages["frameworks.disclaimer"].split(":")[0];
    assert.ok(text.includes(first));
    const item = frameworks.flatMap((fw) => fw.items).find((i) => i.status === "supported");
    const line = text.split("\n").find((l) => l.startsWith(`- ${item.id.replace(/[\\`*_{}[\]<>|~&]/g, "\\$&")}:`));
    assert.ok(line, item.id);
    for (const p of item.practices) assert.ok(line.includes(new URL(p.url, siteRoot).href), p.id);
  });
});

describe("beside structured evidence", () => {
  const { answers, res } = mixedResult();
  const frameworks = coverage(data, crosswalk, res);
  const [first] = data.questions;
  const evidence = { [first.id]: { what: "Runbook", link: "https://wiki.example/runbook", review: "2026-01-01" } };

  test("one export carries the format revision, the evidence and the frameworks, and imports with its evidence", () => {
    const text = exportText(data, answers, res, {}, evidence, exportField(frameworks));
    const file = JSON.parse(text);
    assert.equal(file.format_version, data.contract.file_version);
    assert.deepEqual(file.evidence, evidence);
    assert.deepEqual(file.frameworks, exportField(frameworks));
    assert.deepEqual(validate(data, schema, file), []);
    const found = readText(data, schema, text);
    assert.equal(found.rejected, false);
    assert.deepEqual(found.evidence, evidence);
  });

  test("the CSV's answers table has the evidence columns and the frameworks table still follows it", () => {
    const [answersTable, second] = csvText(data, answers, {}, evidence, frameworks, "2026-12-07").slice(1).split("\r\n\r\n");
    const lines = answersTable.split("\r\n");
    assert.equal(lines.length, 1 + data.questions.length);
    assert.ok(lines[1].includes("https://wiki.example/runbook"));
    assert.equal(second.trimEnd().split("\r\n").length, frameworkRows(data, frameworks).length);
  });

  test("the Markdown has both sections", () => {
    const text = markdownText(data, res, { siteRoot, date: new Date("2026-12-07T12:00:00Z"), evidence, frameworks, today: "2026-12-07" });
    assert.ok(text.includes(`## ${data.messages["md.frameworks"]}`));
    assert.ok(text.includes(`## ${data.messages["md.evidence"]}`));
  });
});

describe("across teams", () => {
  test("each item counts the teams whose in-place practices support it", () => {
    const results = [answersWith((q) => top(data, q)), answersWith((q) => lowest(data, q)), mixedResult().answers].map((a) => score(data, a));
    const rolled = teamCoverage(data, crosswalk, results);
    const single = results.map((res) => coverage(data, crosswalk, res));
    rolled.forEach((fw, i) => fw.items.forEach((item, j) => {
      assert.equal(item.supported, single.filter((one) => one[i].items[j].status === "supported").length, `${fw.id} ${item.id}`);
      assert.equal(item.addressed, mappedIds(fw, item).length > 0);
    }));
  });
});
