// scoring.js: rescaling, bands, the applicable threshold and level gates (the two loopholes), statuses, the plan.
import assert from "node:assert/strict";
import { describe, test } from "node:test";

import * as sc from "../../docs/assets/self-check/scoring.js";
import { answersByPoints, fixture, lowest, top } from "./helpers.mjs";

const data = fixture("model-like.json");
const na = data.contract.not_applicable;
const byLevel = (n) => data.questions.filter((q) => q.level === n);
const optional = data.questions.filter((q) => q.not_applicable);
const answersOf = (pick) => Object.fromEntries(data.questions.map((q) => [q.id, pick(q)]));

describe("rescale and bands", () => {
  const cases = [[0, 20, 0], [20, 20, 28], [13, 20, 18], [1, 8, 4], [3, 8, 11], [5, 26, 5], [25, 26, 27]];
  for (const [points, applicable, expected] of cases) {
    test(`${points} of ${applicable} is ${expected} of 28 (half up)`, () => assert.equal(sc.rescale(points, applicable, 28), expected));
  }
  test("a score outside the bands has no band", () => {
    assert.equal(sc.levelFor(data.levels, -1), null);
    assert.equal(sc.levelFor(data.levels, 29), null);
  });
  test("the fixture is shaped like the real model: 28 points, levels 2/3/4 worth 10/8/10", () => {
    assert.deepEqual([2, 3, 4].map((n) => byLevel(n).reduce((s, q) => s + top(data, q).points, 0)), [10, 8, 10]);
    assert.ok(optional.length >= 3);
  });
});

describe("the loopholes are closed", () => {
  test("(a) one top answer, not applicable wherever allowed, lowest elsewhere is not Level 4", () => {
    const first = data.questions.find((q) => !q.not_applicable);
    const res = sc.score(data, answersOf((q) => (q === first ? top(data, q).id : q.not_applicable ? na : lowest(data, q).id)));
    assert.equal(res.complete, true);
    assert.notEqual(res.level?.number, 4);
    // 8 of the 28 points are marked not applicable: 20 apply, fewer than the 75% (21) needed.
    assert.deepEqual([res.level, res.score, res.reason.kind, res.reason.needed], [null, null, "not-enough", 21]);
    assert.deepEqual([res.points, res.applicableMax], [2, 20]);
    assert.equal(res.plan, null);
  });

  test("(b) top answers up to Level 3 and na or lowest on Level 4 is at most Level 3", () => {
    const res = sc.score(data, answersOf((q) => (q.level < 4 ? top(data, q).id : q.not_applicable ? na : lowest(data, q).id)));
    // 18 of 24 applicable points rescale to 21, in the Level 4 band, but Level 4's own questions earned 0 of 10.
    assert.deepEqual([res.score, res.band.number, res.level.number], [21, 4, 3]);
    assert.deepEqual([res.reason.kind, res.reason.gate.earned, res.reason.gate.max, res.reason.gate.needed], ["gate", 0, 10, 5]);
    assert.equal(res.plan.target.number, 4);
  });

  test("(b) also with every Level 4 question at its lowest answer", () => {
    const res = sc.score(data, answersOf((q) => (q.level < 4 ? top(data, q) : lowest(data, q)).id));
    assert.deepEqual([res.score, res.level.number], [18, 3]);
  });

  test("(c) all not applicable where every question allows it: no level, points shown, not enough applies", () => {
    const tiny = fixture("tiny.json");
    const res = sc.score(tiny, Object.fromEntries(tiny.questions.map((q) => [q.id, na])));
    assert.deepEqual([res.complete, res.score, res.level, res.plan], [true, null, null, null]);
    assert.deepEqual(res.reason, { kind: "not-enough", points: 0, applicableMax: 0, max: 10, needed: 8 });
    assert.deepEqual([...res.statuses.values()], ["na", "na", "na", "na"]);
  });
});

/* Answers worth exactly `points` per level (no na): 2s first, then a 1, over that level's questions. */
function fill(perLevel) {
  const points = {};
  for (const [level, total] of Object.entries(perLevel)) {
    let left = total;
    for (const q of byLevel(Number(level))) {
      points[q.id] = Math.min(2, left);
      left -= points[q.id];
    }
    assert.equal(left, 0);
  }
  return answersByPoints(data, points);
}

describe("every band edge gives its level when the gates pass", () => {
  // Each level's gate needs half of its points: 5 of 10, 4 of 8, 5 of 10.
  const cases = [
    [0, 1, {}], [9, 1, { 2: 9 }], [10, 2, { 2: 10 }], [14, 2, { 2: 10, 3: 4 }], [15, 3, { 2: 10, 3: 5 }],
    [19, 3, { 2: 10, 3: 8, 4: 1 }], [20, 4, { 2: 7, 3: 8, 4: 5 }], [28, 4, { 2: 10, 3: 8, 4: 10 }],
  ];
  for (const [value, number, perLevel] of cases) {
    test(`score ${value} is Level ${number}`, () => {
      const res = sc.score(data, fill(perLevel));
      assert.deepEqual([res.score, res.band.number, res.level.number, res.reason.kind], [value, number, number, "band"]);
    });
  }
  test("a gate just missed lowers the level; just met keeps it", () => {
    assert.equal(sc.score(data, fill({ 2: 10, 3: 8, 4: 4 })).level.number, 3); // 22 points, Level 4 earned 4 < 5
    assert.equal(sc.score(data, fill({ 2: 4, 3: 8, 4: 10 })).level.number, 1); // Level 2 earned 4 < 5: stops at the first gate
    assert.equal(sc.score(data, fill({ 2: 5, 3: 4, 4: 5 })).level.number, 2); // 14 points, all gates met
  });
});

describe("answers and practice statuses", () => {
  const [plain] = data.questions.filter((q) => !q.not_applicable);
  test("not applicable fits only questions that say when they may not apply", () => {
    assert.equal(sc.fits(data, plain, na), false);
    assert.equal(sc.fits(data, optional[0], na), true);
    assert.equal(sc.fits(data, plain, "always"), false);
    const res = sc.score(data, { ...answersOf((q) => lowest(data, q).id), [plain.id]: na });
    assert.deepEqual([res.answered, res.complete], [data.questions.length - 1, false]);
  });
  test("an answer is in place at the scale's last option, missing at its first, partial between", () => {
    const q = data.questions[0];
    const ids = data.scales.find((s) => s.id === q.scale).options.map((o) => o.id);
    assert.deepEqual(ids.map((id) => sc.answerStatus(data, q, id)), ["missing", "partial", "in-place"]);
    assert.equal(sc.answerStatus(data, q, na), "na");
  });
  const rules = [
    [["in-place", "in-place"], "in-place"], [["in-place", "na"], "in-place"], [["na", "na"], "na"], [["missing", "missing"], "missing"],
    [["missing", "na"], "missing"], [["missing", "in-place"], "partial"], [["partial"], "partial"], [[], null],
  ];
  for (const [statuses, expected] of rules) {
    test(`a practice with ${statuses.join(", ") || "no question"} is ${expected}`, () => assert.equal(sc.practiceStatus(statuses), expected));
  }
  test("a practice assessed by two questions takes both answers (tiny fixture)", () => {
    const tiny = fixture("tiny.json");
    const res = sc.score(tiny, { "q-one": "yes", "q-two": "yes", "q-three": "no", "q-four": "always" });
    assert.deepEqual(Object.fromEntries(res.statuses), { "p-one": "in-place", "p-two": "in-place", "p-three": "partial", "p-four": "in-place" });
    assert.ok(!res.statuses.has("p-five")); // not asked about: no status, never in the plan
  });
});

describe("plan and in-place list", () => {
  test("lists what is missing or partial up to the next level: lowest level, then weakest area, then guide order", () => {
    const points = Object.fromEntries(byLevel(2).map((q) => [q.id, 2]));
    Object.assign(points, { "environments-as-code": 2, "adversarial-testing": 1, "content-filtering": na, "ab-tests": 2 });
    const res = sc.score(data, answersByPoints(data, points));
    // 15 of 26 applicable points rescale to 16 (Level 3 band), but Level 3 earned 3 of 8 (4 needed): Level 2.
    assert.deepEqual([res.score, res.reason.kind, res.level.number, res.plan.target.number], [16, "gate", 2, 3]);
    // Evaluation earned 3 of 4, operations 0 of 4: all level 3, so operations comes first.
    assert.deepEqual(res.plan.items.map((p) => [p.id, p.status]), [
      ["post-production-monitoring", "missing"], ["cost-and-token-management", "missing"], ["safety-evaluation", "partial"],
    ]);
    const item = res.plan.items[2];
    assert.deepEqual(item.answers, [{ question: 5, text: "Now and then" }]);
    assert.equal(item.url, data.practices["safety-evaluation"].url);
    assert.ok(item.references.length);
    assert.deepEqual(res.inPlace.map((p) => p.id), [
      "base-model-selection", "prompt-library", "pre-production-evaluation", "ci-cd-for-llm-apps", "version-control",
      "security-and-compliance", "infrastructure-as-code", "ab-testing"]);
  });

  test("at the top level lists every practice not in place, never a not applicable one", () => {
    const res = sc.score(data, answersByPoints(data, {
      ...Object.fromEntries(data.questions.map((q) => [q.id, 2])), "prompt-library": 1, "model-tuning": na, "scheduled-reviews": 0,
    }));
    assert.deepEqual([res.level.number, res.plan.target], [4, null]);
    assert.deepEqual(res.plan.items.map((p) => p.id), ["prompt-library", "regular-reviews"]);
  });

  test("an incomplete questionnaire has no score, reason or plan", () => {
    const answers = answersOf((q) => top(data, q).id);
    delete answers[data.questions.at(-1).id];
    const res = sc.score(data, answers);
    assert.deepEqual([res.complete, res.answered, res.score, res.level, res.reason, res.plan], [false, 13, null, null, null, null]);
  });
});
