// keep.js: what links, files, model updates, other tabs and reset do to saved work, and a property test over
// seeded-random saved work: no saved answer or note disappears unless the reader chose it.
import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { encodeFragment, readStored, storedText } from "../../docs/assets/self-check/answers.js";
import { readExport } from "../../docs/assets/self-check/lazy/export-file.js";
import { EMPTY, merge3, replaced } from "../../docs/assets/self-check/keep.js";
import { linkPlan } from "../../docs/assets/self-check/links.js";
import { keptOf } from "../../docs/assets/self-check/lazy/snapshots.js";
import { ageOf, compareVersions } from "../../docs/assets/self-check/model.js";
import { builtModel, fixture, random } from "./helpers.mjs";

const data = fixture("model-like.json");
const { version } = data.model;
const ids = data.questions.map((q) => q.id);
const options = (d, q) => [...d.scales.find((s) => s.id === q.scale).options.map((o) => o.id),
  ...(q.not_applicable ? [d.contract.not_applicable] : [])];
const saved = { answers: { [ids[0]]: options(data, data.questions[0])[0], [ids[1]]: options(data, data.questions[1])[1] },
  notes: { [ids[0]]: "owner: Ana", [ids[2]]: "evidence on the wiki" },
  evidence: { [ids[1]]: { what: "Runbook", link: "https://wiki.example/runbook", review: "2026-01-31" } } };

describe("versions", () => {
  test("are compared number by number, so a newer one is never called older", () => {
    assert.equal(compareVersions("1.10.0", "1.9.0"), 1);
    assert.equal(compareVersions("2.0.0", "10.0.0"), -1);
    assert.equal(compareVersions("2.1.0", "2.1.0"), 0);
    assert.equal(ageOf(data, "0.9.0"), "older");
    assert.equal(ageOf(data, "99.0.0"), "newer");
  });
});

describe("a share link over saved work", () => {
  const other = { [ids[0]]: options(data, data.questions[0]).at(-1) };

  test("waits for the reader when its answers differ", () => {
    const plan = linkPlan(data, saved, `#${encodeFragment(data, other)}`);
    assert.deepEqual([plan.kind, plan.found.answers], ["choose", other]);
  });

  test("is adopted at once only when nothing was saved", () => {
    const plan = linkPlan(data, EMPTY, `#${encodeFragment(data, other)}`);
    assert.deepEqual([plan.kind, plan.work], ["adopt", { answers: other, notes: {}, evidence: {} }]);
    assert.equal(linkPlan(data, { answers: {}, notes: { [ids[0]]: "x" } }, `#${encodeFragment(data, other)}`).kind, "choose");
  });

  test("with the same answers changes nothing", () => {
    assert.equal(linkPlan(data, saved, `#${encodeFragment(data, saved.answers)}`).kind, "same");
  });

  test("empty, malformed or not fitting, changes nothing and says why", () => {
    assert.equal(linkPlan(data, saved, `#v=${version}&a=`).kind, "empty");
    assert.equal(linkPlan(data, saved, "#v=0.9.0&a=retired:some").kind, "empty"); // nothing it answers is still asked
    assert.deepEqual(linkPlan(data, saved, "#a=x:y"), { kind: "bad", problem: "it names no questionnaire version (v=)" });
    assert.deepEqual(linkPlan(data, saved, `#v=${version}&a=nope:some`),
      { kind: "bad", problem: `it answers "nope", which version ${version} does not ask` });
  });

  test("used, replaces the answers, keeps every note and all evidence, and keeps the old answers as the undo", () => {
    const { found } = linkPlan(data, saved, `#${encodeFragment(data, other)}`);
    const { work, keep } = replaced(saved, "link", found);
    assert.deepEqual(work, { answers: other, notes: saved.notes, evidence: saved.evidence });
    assert.deepEqual(keep, { reason: "link", ...saved });
  });
});

describe("import, reset and undo", () => {
  test("an import keeps what it replaces", () => {
    const file = readExport(data, JSON.stringify({ format: data.contract.file_format, model: version, answers: {}, notes: {} }));
    assert.deepEqual(replaced(saved, "import", file), { work: EMPTY, keep: { reason: "import", ...saved } });
  });

  test("a reset keeps the answers unless the reader asks to keep nothing", () => {
    assert.deepEqual(replaced(saved, "reset").keep, { reason: "reset", ...saved });
    assert.equal(replaced(saved, "reset", EMPTY, { keepNothing: true }).keep, null);
  });

  test("replacing nothing keeps nothing, so an older undo stays", () => {
    assert.equal(replaced(EMPTY, "import", saved).keep, null);
  });
});

describe("two tabs", () => {
  test("what one tab changed is taken; where both changed one answer the other's stays and this tab's is kept", () => {
    const [a, b, c] = ids;
    const base = { answers: { [a]: "x", [b]: "x" }, notes: { [a]: "n" }, evidence: {} };
    const mine = { answers: { [a]: "m", [b]: "x" }, notes: { [a]: "n", [c]: "mine" }, evidence: {} };
    const theirs = { answers: { [a]: "t", [b]: "t" }, notes: {}, evidence: {} };
    const merged = merge3(base, mine, theirs);
    assert.deepEqual(merged.work, { answers: { [a]: "t", [b]: "t" }, notes: { [c]: "mine" }, evidence: {} });
    assert.deepEqual(merged.conflicts, [a]);
    assert.deepEqual(merged.keep, { reason: "tab", ...mine });
    const saving = merge3(base, mine, theirs, "mine"); // this tab saving the reader's click: its act is the newer
    assert.deepEqual(saving.work, { answers: { [a]: "m", [b]: "t" }, notes: { [c]: "mine" }, evidence: {} });
    assert.deepEqual(saving.keep, { reason: "tab", ...theirs });
  });

  test("nothing to merge when this tab changed nothing", () => {
    const theirs = { answers: { [ids[0]]: "t" }, notes: {}, evidence: {} };
    assert.deepEqual(merge3(saved, saved, theirs), { work: theirs, conflicts: [], keep: null });
  });
});

/* Random saved work on a model: some questions answered (with an answer that fits), some notes, some emoji. */
function randomWork(d, next) {
  const answers = {};
  const notes = {};
  for (const q of d.questions) {
    if (next() < 0.6) answers[q.id] = options(d, q)[Math.floor(next() * options(d, q).length)];
    if (next() < 0.3) notes[q.id] = `${q.id} ${"é😀".repeat(Math.floor(next() * 4))}`;
  }
  return { answers, notes };
}

/* Each saved answer and note is still in the work, or in what was kept (the undo, or the old version's snapshot). */
function assertKept(before, places, label) {
  for (const kind of ["answers", "notes"]) {
    for (const [id, value] of Object.entries(before[kind])) {
      assert.ok(places.some((p) => p && p[kind][id] === value), `${label}: ${kind} ${id}=${value} disappeared`);
    }
  }
}

const RUNS = 300;
const models = { "model-like fixture": data, "tiny fixture": fixture("tiny.json"), "built model": builtModel() };

for (const [name, d] of Object.entries(models)) {
  describe(`property, ${name}: no saved answer or note disappears unless the reader chose it`, () => {
    test("share links (valid, older, newer, empty, malformed), used or set aside", () => {
      const seen = new Set();
      for (let seed = 1; seed <= RUNS; seed += 1) {
        const next = random(seed);
        const before = randomWork(d, next);
        const linked = randomWork(d, next).answers;
        const hashes = [`#${encodeFragment(d, linked)}`, `#v=0.0.1&a=retired:some,${encodeFragment(d, linked).split("&a=")[1]}`,
          `#v=99.0.0&a=${Object.entries(linked).map(([k, v]) => `${k}:${v}`).join(",")}`, `#v=${d.model.version}&a=`,
          "#v=1&a=x", "#a=garbage!!", `#v=${d.model.version}&a=not-asked:yes`];
        const hash = hashes[Math.floor(next() * hashes.length)];
        const plan = linkPlan(d, before, hash);
        seen.add(plan.kind);
        if (plan.kind === "adopt") assert.equal(Object.keys(before.answers).length + Object.keys(before.notes).length, 0);
        if (plan.kind !== "choose") {
          assert.ok(plan.kind === "adopt" || plan.work === undefined, `seed ${seed}: ${plan.kind} writes nothing`);
          continue;
        }
        if (next() < 0.5) continue; // "Keep mine"
        const { work, keep } = replaced(before, "link", plan.found);
        assert.deepEqual(work.notes, before.notes, `seed ${seed}: a link never drops a note`);
        assertKept(before, [work, keep], `seed ${seed} ${hash}`);
      }
      assert.deepEqual([...seen].sort(), ["bad", "choose", "empty"].concat(seen.has("adopt") ? ["adopt"] : []).sort());
    });

    test("imported files, resets and undos keep what they replace", () => {
      for (let seed = 1; seed <= RUNS; seed += 1) {
        const next = random(seed);
        const before = randomWork(d, next);
        const other = randomWork(d, next);
        const file = readExport(d, JSON.stringify({ format: d.contract.file_format, model: next() < 0.5 ? d.model.version : "0.0.1",
          answers: other.answers, notes: { ...other.notes, retired: "a note" } }));
        for (const [reason, found] of [["import", file], ["reset", EMPTY], ["undo", other]]) {
          const { work, keep } = replaced(before, reason, found);
          assertKept(before, [work, keep], `seed ${seed} ${reason}`);
        }
      }
    });

    test("a model update keeps what fits and the whole old record for a snapshot of the old version", () => {
      const now = new Date("2026-12-01T00:00:00Z");
      for (let seed = 1; seed <= RUNS; seed += 1) {
        const next = random(seed);
        const before = randomWork(d, next);
        // The old version asked a question this one does not, and allowed "not applicable" everywhere.
        before.answers.retired = "some";
        before.notes.retired = "kept for the record";
        for (const q of d.questions) if (next() < 0.1) before.answers[q.id] = d.contract.not_applicable;
        const found = readStored(d, storedText({ ...d, model: { ...d.model, version: "0.0.1" } }, before.answers, before.notes));
        assert.ok(!found.problem && found.update, `seed ${seed}`);
        const snapshot = keptOf(d, found.update.old, now, "k1");
        assert.equal(snapshot.model, "0.0.1");
        assertKept(before, [found, snapshot], `seed ${seed}`);
      }
    });

    test("two tabs: each tab's own changes stay, or are kept when both changed the same one", () => {
      for (let seed = 1; seed <= RUNS; seed += 1) {
        const next = random(seed);
        const base = randomWork(d, next);
        const edit = () => {
          const changed = randomWork(d, next);
          const out = { answers: { ...base.answers }, notes: { ...base.notes } };
          for (const kind of ["answers", "notes"]) {
            for (const id of ids.filter(() => next() < 0.2)) {
              if (changed[kind][id] === undefined) delete out[kind][id];
              else out[kind][id] = changed[kind][id];
            }
          }
          return out;
        };
        const mine = edit();
        const theirs = edit();
        // A value either tab left as it was may give way to the other tab's change: that change is the reader's.
        const own = (side, other) => Object.fromEntries(["answers", "notes"].map((kind) => [kind, Object.fromEntries(
          Object.entries(side[kind]).filter(([id, v]) => v !== base[kind][id] || other[kind][id] === base[kind][id]))]));
        for (const prefer of ["theirs", "mine"]) {
          const { work, keep } = merge3(base, mine, theirs, prefer);
          assertKept(own(theirs, mine), [work, keep], `seed ${seed} ${prefer}: the other tab's`);
          assertKept(own(mine, theirs), [work, keep], `seed ${seed} ${prefer}: this tab's`);
        }
      }
    });
  });
}
