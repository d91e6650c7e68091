// answers.js on the model-like fixture: share fragments, reconcile (with the not-applicable rule), storage, files.
import assert from "node:assert/strict";
import { describe, test } from "node:test";

import * as io from "../../docs/assets/self-check/answers.js";
import { misfitText, parseFragment, readFragment } from "../../docs/assets/self-check/links.js";
import { exportText, readExport } from "../../docs/assets/self-check/lazy/export-file.js";
import { fixture } from "./helpers.mjs";

const data = fixture("model-like.json");
const { version } = data.model;
const stored = (model, answers, format = data.contract.stored_format) => JSON.stringify({ format, model, answers });

describe("share fragment", () => {
  test("round-trips", () => {
    const answers = { "model-selection": "everywhere", "content-filtering": "na" };
    const fragment = io.encodeFragment(data, answers);
    assert.equal(fragment, `v=${version}&a=model-selection:everywhere,content-filtering:na`);
    const parsed = parseFragment(data, `#${fragment}`);
    assert.equal(parsed.version, version);
    assert.deepEqual(Object.fromEntries(parsed.entries), answers);
  });

  test("is told from a heading anchor", () => {
    assert.ok(io.isShareFragment("#v=1.0.0&a=") && io.isShareFragment("a=x:y"));
    assert.ok(!io.isShareFragment("#very-long-heading") && !io.isShareFragment(""));
  });

  const malformed = [
    "#v=1.0.0", "#v=1&a=model-selection:some", "#a=model-selection:some", "#v=1.0.0&a=model-selection",
    "#v=1.0.0&a=model-selection:some,model-selection:some", "#v=1.0.0&a=Model:some", "#v=1.0.0&a=x:y:z",
    "#v=1.0.0&a=%3Cimg%20src%3Dx%3E:some", "#v=01.0.0&a=", `#v=1.0.0&a=${"x:y,".repeat(1000)}`,
  ];
  for (const fragment of malformed) {
    test(`refuses ${fragment.slice(0, 60)}`, () => assert.equal(parseFragment(data, fragment), null));
  }
});

describe("reconcile", () => {
  test("rejects answers that do not fit when made with the current version", () => {
    assert.deepEqual(io.reconcile(data, version, new Map([["model-selection", "some"], ["no-such-question", "some"]])), { rejected: true });
    assert.deepEqual(io.reconcile(data, version, new Map([["model-selection", "always"]])), { rejected: true });
    const good = io.reconcile(data, version, new Map([["model-selection", "some"], ["content-filtering", "na"]]));
    assert.deepEqual(good.answers, { "model-selection": "some", "content-filtering": "na" });
    assert.equal(good.outdated, false);
  });

  test("not applicable fits only a question that says when it may not apply", () => {
    assert.deepEqual(io.reconcile(data, version, new Map([["prompt-library", "na"]])), { rejected: true });
    const older = io.reconcile(data, "1.0.0", new Map([["prompt-library", "na"], ["ab-tests", "na"]]));
    assert.deepEqual([older.answers, older.cleared.map((q) => q.id)], [{ "ab-tests": "na" }, ["prompt-library"]]);
    const update = io.readStored(data, stored("1.0.0", { "prompt-library": "na" }));
    assert.deepEqual([update.answers, update.update.cleared.map((q) => q.id)], [{}, ["prompt-library"]]);
    assert.deepEqual(io.readStored(data, stored(version, { "prompt-library": "na" })), { problem: "corrupted" });
  });

  test("keeps what fits from an older version and lists the rest", () => {
    const r = io.reconcile(data, "0.9.0", new Map([["model-selection", "some"], ["retired", "some"], ["prompt-library", "maybe"]]));
    assert.deepEqual(r.answers, { "model-selection": "some" });
    assert.deepEqual([r.outdated, r.version, r.dropped, r.cleared.map((q) => q.id)], [true, "0.9.0", ["retired"], ["prompt-library"]]);
    assert.equal(r.missing.length, data.questions.length - 2);
  });
});

describe("stored answers", () => {
  const work = (answers, notes = {}, evidence = {}) => ({ answers, notes, evidence });
  const cases = [
    [null, work({})],
    [stored(version, { "model-selection": "some" }), work({ "model-selection": "some" })],
    [stored("0.9.0", { "model-selection": "some" }), work({ "model-selection": "some" })],
    [stored(version, {}, data.contract.stored_format + 1), { problem: "newer" }],
    ["{not json", { problem: "corrupted" }],
    ['["a list"]', { problem: "corrupted" }],
    [stored(version, { "model-selection": "always" }), { problem: "corrupted" }],
    [stored(version, { "model-selection": 7 }), { problem: "corrupted" }],
    [stored("<b>", {}), { problem: "corrupted" }],
  ];
  for (const [text, expected] of cases) {
    test(`${text} is ${JSON.stringify(expected)}`, () => assert.deepEqual(io.readStored(data, text), expected));
  }

  test("saved under another version, what fits is kept and the whole old record travels with the update", () => {
    const old = { "model-selection": "some", retired: "some", "prompt-library": "maybe" };
    const notes = { "model-selection": "owner: Ana", retired: "see the wiki" };
    const found = io.readStored(data, JSON.stringify({ format: data.contract.stored_format, model: "0.9.0", answers: old, notes }));
    assert.deepEqual([found.answers, found.notes], [{ "model-selection": "some" }, { "model-selection": "owner: Ana" }]);
    assert.deepEqual([found.update.dropped, found.update.cleared.map((q) => q.id), found.update.droppedNotes], [["retired"], ["prompt-library"], ["retired"]]);
    assert.deepEqual(found.update.old, { model: "0.9.0", answers: old, notes, evidence: {} });
  });

  test("a note on a question not asked is an update even in the same version, never dropped unsaid", () => {
    const found = io.readStored(data, JSON.stringify({ format: data.contract.stored_format, model: version, answers: {}, notes: { gone: "x" } }));
    assert.deepEqual([found.notes, found.update.droppedNotes, found.update.old.notes], [{}, ["gone"], { gone: "x" }]);
  });

  test("storedText is read back as it was written", () => {
    const answers = { "model-selection": "some", "content-filtering": "na" };
    assert.deepEqual(io.readStored(data, io.storedText(data, answers, { "model-selection": "n" })), work(answers, { "model-selection": "n" }));
  });
});

describe("notes", () => {
  const max = data.contract.note_max_length;

  test("are cut by characters, never inside a surrogate pair or a grapheme", () => {
    const cut = io.cutNote(`${"x".repeat(max - 1)}😀😀`, max);
    assert.equal(cut, `${"x".repeat(max - 1)}😀`);
    assert.equal(Array.from(cut).length, max);
    assert.equal(io.cutNote(`${"x".repeat(max - 1)}👩‍💻`, max), "x".repeat(max - 1)); // a woman coding is three code points
    assert.equal(io.cutNote("short", max), "short");
    for (let n = max - 3; n <= max + 3; n += 1) {
      const text = "😀".repeat(n);
      assert.ok(!/[\ud800-\udbff]$/.test(io.cutNote(text, max)), `${n} emoji`);
    }
  });

  test("on questions not asked are named, not dropped unsaid", () => {
    assert.deepEqual(io.splitNotes(data, { "model-selection": "a", gone: "b", "Bad Id": "c", "prompt-library": 3, "model-tuning": "  " }),
      { notes: { "model-selection": "a" }, droppedNotes: ["gone"] });
  });
});

describe("share links that cannot be read say why", () => {
  const cases = [
    ["#a=model-selection:some", "it names no questionnaire version (v=)"],
    ["#v=1.0&a=", 'its version "1.0" is not a version number'],
    [`#v=${version}`, "it carries no list of answers (a=)"],
    [`#v=${version}&a=model-selection`, '"model-selection" is not a question and an answer (question:answer)'],
    [`#v=${version}&a=model-selection:some,model-selection:some`, 'it answers "model-selection" twice'],
    [`#v=${version}&a=${"x:y,".repeat(1000)}`, "it is longer than any link the self-check makes"],
  ];
  for (const [hash, problem] of cases) {
    test(hash.slice(0, 50), () => assert.deepEqual(readFragment(data, hash), { problem }));
  }

  test("and what does not fit the current version", () => {
    assert.equal(misfitText(data, new Map([["nope", "some"]])), `it answers "nope", which version ${version} does not ask`);
    const n = data.questions.findIndex((q) => q.id === "model-selection") + 1;
    assert.equal(misfitText(data, new Map([["model-selection", "always"]])), `its answer to question ${n} is not one that question offers`);
  });
});

describe("export files", () => {
  test("carry the level only when placed, and the reason's kind", () => {
    const level = data.levels[2];
    const placed = JSON.parse(exportText(data, {}, { score: 21, max: 28, level, reason: { kind: "gate" } }));
    assert.deepEqual([placed.score, placed.level, placed.reason], [21, { number: 3, name: level.name }, "gate"]);
    const none = JSON.parse(exportText(data, {}, { score: null, max: 28, level: null, reason: { kind: "not-enough" } }));
    assert.deepEqual([Object.hasOwn(none, "level"), none.reason], [false, "not-enough"]);
  });

  test("round-trip through readExport", () => {
    const answers = { "model-selection": "some", "model-tuning": "na" };
    const text = exportText(data, answers, { score: null, max: 28, level: null, reason: null });
    const file = JSON.parse(text);
    assert.deepEqual([file.format, file.model, file.answers], [data.contract.file_format, version, answers]);
    assert.deepEqual([Object.hasOwn(file, "level"), file.reason], [false, null]);
    const found = readExport(data, text);
    assert.deepEqual([found.rejected, found.answers, found.outdated, found.droppedNotes], [false, answers, false, []]);
  });

  const refused = ["", "null", JSON.stringify({ format: "other", model: version, answers: {} }),
    JSON.stringify({ format: data.contract.file_format, model: version, answers: ["x"] }),
    JSON.stringify({ format: data.contract.file_format, model: version, answers: { "model-selection": "<b>" } }),
    JSON.stringify({ format: data.contract.file_format, model: "0.9.0", answers: { "Not A Slug": "some" } })];
  for (const text of refused) {
    test(`refuses ${text || "an empty file"}`, () => assert.deepEqual(readExport(data, text), { rejected: true }));
  }
});
