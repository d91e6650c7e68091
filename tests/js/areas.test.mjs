// One area at a time (areas.js) and team names (answers.js, keep.js, lazy/export-file.js, lazy/rollup.js): the pure parts.
import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { cleanTeam, readStored, storedText } from "../../docs/assets/self-check/answers.js";
import { areaProgress, areasWithWork, firstUnanswered } from "../../docs/assets/self-check/areas.js";
import { merge3, replaced, sameWork } from "../../docs/assets/self-check/keep.js";
import { exportName, exportText, readExport } from "../../docs/assets/self-check/lazy/export-file.js";
import { sameFile, teamNames } from "../../docs/assets/self-check/lazy/rollup.js";
import { areaOf, score } from "../../docs/assets/self-check/scoring.js";
import { builtModel, lowest } from "./helpers.mjs";

const data = builtModel();
const first = (q) => lowest(data, q).id;
const areaIds = [...new Set(data.questions.map((q) => areaOf(data, q)))];
const inArea = (id) => data.questions.filter((q) => areaOf(data, q) === id);

describe("areas", () => {
  test("each area with questions, in the questionnaire's order, counts its answered questions", () => {
    const [a, b] = areaIds;
    const answers = { [inArea(a)[0].id]: first(inArea(a)[0]), [inArea(b)[0].id]: first(inArea(b)[0]) };
    const rows = areaProgress(data, answers);
    assert.deepEqual(rows.map((r) => r.id), areaIds);
    assert.deepEqual(rows.map((r) => r.questions.length), areaIds.map((id) => inArea(id).length));
    assert.deepEqual(rows.map((r) => r.answered), areaIds.map((id) => (id === a || id === b ? 1 : 0)));
    assert.equal(rows.reduce((sum, r) => sum + r.questions.length, 0), data.questions.length);
  });

  test("the first unanswered question, or null when all are answered", () => {
    const all = Object.fromEntries(data.questions.map((q) => [q.id, first(q)]));
    assert.equal(firstUnanswered(data, all), null);
    const last = data.questions.at(-1).id;
    const { [last]: gone, ...allButLast } = all;
    assert.equal(gone, first(data.questions.at(-1)));
    assert.equal(firstUnanswered(data, allButLast), last);
    assert.equal(firstUnanswered(data, {}), data.questions[0].id);
  });

  test("a restore opens the areas holding an answer or a note, and only those", () => {
    const a = areaIds.at(-1);
    const b = areaIds[0];
    const answers = { [inArea(a)[0].id]: first(inArea(a)[0]) };
    assert.deepEqual([...areasWithWork(data, answers, {})], [a]);
    assert.deepEqual([...areasWithWork(data, answers, { [inArea(b)[0].id]: "a note" })].sort(), [a, b].sort());
    assert.equal(areasWithWork(data, {}, {}).size, 0);
  });
});

describe("team names", () => {
  const answers = Object.fromEntries(data.questions.map((q) => [q.id, first(q)]));
  const max = data.contract.team_max_length;

  test("a name is text, spaces collapsed and cut to the contract's length; anything else is no name", () => {
    assert.equal(cleanTeam(data, "  Payments \n team "), "Payments team");
    assert.equal(Array.from(cleanTeam(data, "é".repeat(max + 5))).length, max);
    for (const bad of [undefined, null, 3, {}, ["x"], "   "]) assert.equal(cleanTeam(data, bad), "");
  });

  test("the export carries the name, import reads it back, and a file without one still imports", () => {
    const res = score(data, answers);
    const file = JSON.parse(exportText(data, answers, res, {}, {}, null, "Payments"));
    assert.equal(file.team, "Payments");
    assert.equal(readExport(data, JSON.stringify(file)).team, "Payments");
    const old = JSON.parse(exportText(data, answers, res, {}, {}, null, ""));
    assert.equal("team" in old, false);
    const found = readExport(data, JSON.stringify(old));
    assert.equal(found.rejected, false);
    assert.equal("team" in found, false);
  });

  test("storage keeps the name with the answers", () => {
    assert.equal(readStored(data, storedText(data, answers, {}, {}, "Search")).team, "Search");
    assert.equal("team" in readStored(data, storedText(data, answers, {})), false);
  });

  test("a link keeps the reader's name, an import takes the file's, a reset clears it, and each keeps the old one", () => {
    const mine = { answers, notes: {}, team: "Mine" };
    assert.equal(replaced(mine, "link", { answers: {} }).work.team, "Mine");
    const imported = replaced(mine, "import", { answers, notes: {}, team: "Theirs" });
    assert.equal(imported.work.team, "Theirs");
    assert.equal(imported.keep.team, "Mine");
    const reset = replaced(mine, "reset");
    assert.equal("team" in reset.work, false);
    assert.equal(reset.keep.team, "Mine");
    assert.equal(sameWork(mine, { answers, notes: {} }), false, "a name alone is a change worth keeping");
  });

  test("two tabs: a name changed in one tab is taken; changed in both, the other is kept to undo", () => {
    const base = { answers, notes: {}, team: "A" };
    assert.equal(merge3(base, base, { ...base, team: "B" }).work.team, "B");
    assert.equal(merge3(base, { ...base, team: "C" }, base).work.team, "C");
    const both = merge3(base, { ...base, team: "C" }, { ...base, team: "B" });
    assert.equal(both.work.team, "B");
    assert.equal(both.keep.team, "C");
    assert.deepEqual(both.conflicts, []);
  });

  test("export file names: the day and the name, safe for any file system", () => {
    const day = new Date("2026-12-07T23:30:00Z");
    const base = `${data.contract.file_format}-${data.model.version}-2026-12-07`;
    assert.equal(exportName(data, "", day), `${base}.json`);
    assert.equal(exportName(data, "Payments team", day), `${base}-Payments-team.json`);
    assert.equal(exportName(data, 'a/b\\c:d*e?"f"<g>|h', day), `${base}-a-b-c-d-e-f-g-h.json`);
    assert.equal(exportName(data, "..\u0000Operações.", day), `${base}-Operações.json`);
    assert.equal(exportName(data, "/// ...", day), `${base}.json`);
    const long = exportName(data, "x".repeat(200), day);
    assert.equal(long, `${base}-${"x".repeat(60)}.json`);
  });

  test("the roll-up names a team by its name, else by its file name, never two alike", () => {
    assert.deepEqual(teamNames(data, ["a.json", "b.json", "c.json"], ["Payments", undefined, "payments"]).map((n) => n.name),
      ["Payments", "b", "payments (2)"]);
  });

  test("the same file: same version, answers, notes and name in any order; another name or note is another file", () => {
    const found = { version: data.model.version, answers, notes: { [data.questions[0].id]: "n" }, team: "T" };
    const reordered = { ...found, answers: Object.fromEntries(Object.entries(answers).reverse()) };
    assert.equal(sameFile(found), sameFile(reordered));
    assert.notEqual(sameFile(found), sameFile({ ...found, team: "U" }));
    assert.notEqual(sameFile(found), sameFile({ ...found, notes: {} }));
    assert.notEqual(sameFile(found), sameFile({ ...found, version: "0.0.1" }));
  });
});
