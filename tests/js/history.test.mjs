// Snapshots in storage (lazy/snapshots.js) and the plan's target level (scoring.js targetFor and plan).
import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { added, full, historyText, readHistory, removed, snapshotOf, when, withoutNotes } from "../../docs/assets/self-check/lazy/snapshots.js";
import { score, targetFor } from "../../docs/assets/self-check/scoring.js";
import { answersByPoints, fixture, top } from "./helpers.mjs";

const data = fixture("model-like.json");
const TOP = Object.fromEntries(data.questions.map((q) => [q.id, top(data, q).id]));
const now = new Date("2026-12-01T14:05:09Z");

describe("history", () => {
  const res = score(data, TOP);
  const one = snapshotOf(data, TOP, { "prompt-library": "wiki", "gone": "x" }, res, now, "a1");

  test("a snapshot keeps the date, the version, the answers, the result and the notes of asked questions", () => {
    assert.deepEqual(one, { id: "a1", date: "2026-12-01T14:05:09.000Z", model: data.model.version, answers: TOP,
      notes: { "prompt-library": "wiki" }, evidence: {}, score: 28, level: 4 });
    assert.equal(when(one), "2026-12-01 14:05:09 UTC"); // to the second
  });

  test("round-trips", () => {
    assert.deepEqual(readHistory(data, historyText(data, [one])), { snapshots: [one], dropped: 0 });
  });

  test("nothing stored is an empty history", () => assert.deepEqual(readHistory(data, null), { snapshots: [], dropped: 0 }));

  for (const text of ["{not json", "[]", '{"format":"99","snapshots":[]}', '{"format":1,"snapshots":{}}']) {
    test(`${text} is corrupted`, () => assert.equal(readHistory(data, text).problem, "corrupted"));
  }

  test("a bad snapshot is dropped alone", () => {
    const bad = [{ ...one, id: "b2", date: "yesterday" }, { ...one, id: "<img>" }, { ...one, id: "c3", answers: { x: 1 } },
      { ...one, id: "d4", model: "1.0" }, { ...one, id: "e5", score: "28" }, null];
    const found = readHistory(data, historyText(data, [one, ...bad]));
    assert.deepEqual(found.snapshots.map((s) => s.id), ["a1"]);
    assert.equal(found.dropped, bad.length);
  });

  test("notes read back as text only, cut to the contract's length", () => {
    const long = "x".repeat(data.contract.note_max_length + 10);
    const found = readHistory(data, historyText(data, [{ ...one, notes: { a: long, b: 3, "C D": "y" } }]));
    assert.deepEqual(found.snapshots[0].notes, { a: "x".repeat(data.contract.note_max_length) });
  });

  test("none is dropped past the maximum: the history says it is full, and one is replaced only when named", () => {
    let list = [];
    for (let i = 0; i < data.contract.history_max + 3; i += 1) list = added(list, { ...one, id: `s${i}` });
    assert.equal(list.length, data.contract.history_max + 3);
    assert.ok(full(data, list) && full(data, list.slice(3)) && !full(data, list.slice(4)));
    assert.deepEqual(added(list, { ...one, id: "new" }, "s0").map((s) => s.id), [...list.slice(1).map((s) => s.id), "new"]);
    assert.deepEqual(removed(list, "s3").map((s) => s.id), list.filter((s) => s.id !== "s3").map((s) => s.id));
  });

  test("a history in a newer format is reported as such, never as corrupted", () => {
    const text = JSON.stringify({ format: data.contract.history_format + 1, snapshots: [one] });
    assert.deepEqual(readHistory(data, text), { snapshots: [], dropped: 0, problem: "newer" });
  });

  test("notes are cut without splitting a character, and can all be removed", () => {
    const max = data.contract.note_max_length;
    const fits = `${"x".repeat(max - 1)}😀`; // max characters, one more UTF-16 unit
    const found = readHistory(data, historyText(data, [{ ...one, notes: { a: fits, b: `${fits}😀` } }]));
    assert.deepEqual(found.snapshots[0].notes, { a: fits, b: fits });
    assert.deepEqual(withoutNotes(found.snapshots)[0].notes, {});
  });
});

describe("target level", () => {
  const level = (n) => data.levels.find((lv) => lv.number === n);

  test("the next level by default, or a chosen level above; never one at or below the reader's", () => {
    assert.equal(targetFor(data, level(2), null), level(3));
    assert.equal(targetFor(data, level(2), 4), level(4));
    assert.equal(targetFor(data, level(2), 2), level(3));
    assert.equal(targetFor(data, level(2), 1), level(3));
    assert.equal(targetFor(data, level(2), 99), level(3));
    assert.equal(targetFor(data, level(4), 4), null);
  });

  test("the plan covers every level up to the target", () => {
    const answers = answersByPoints(data, { "model-selection": 2, "prompt-library": 2, "release-evaluation": 2,
      "delivery-pipeline": 2, "secrets-and-data-rules": 2 });
    const next = score(data, answers);
    const far = score(data, answers, { target: 4 });
    assert.equal(next.level.number, 2);
    assert.equal(next.plan.target.number, 3);
    assert.ok(next.plan.items.every((i) => i.level <= 3));
    assert.equal(far.plan.target.number, 4);
    assert.deepEqual(far.plan.items.filter((i) => i.level <= 3), next.plan.items);
    assert.ok(far.plan.items.some((i) => i.level === 4));
  });
});
