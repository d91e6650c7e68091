// Team files (lazy/rollup.js teamNames, lazy/files.js misfits): names no two alike, and reports cut to a few lines.
import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { exportText } from "../../docs/assets/self-check/lazy/export-file.js";
import { misfits, readText } from "../../docs/assets/self-check/lazy/files.js";
import { teamNames } from "../../docs/assets/self-check/lazy/rollup.js";
import { MAX_PROBLEMS } from "../../docs/assets/self-check/lazy/schema.js";
import { score } from "../../docs/assets/self-check/scoring.js";
import { answersByPoints, builtModel, loadSchema } from "./helpers.mjs";

describe("team names", () => {
  const data = builtModel();
  const names = (files) => teamNames(data, files).map((t) => t.name);

  test("the file name without .json, unchanged when unique", () => {
    assert.deepEqual(teamNames(data, ["search.json", "Payments.JSON"]), [
      { name: "search", renamed: false }, { name: "Payments", renamed: false }]);
  });

  test("the same name again becomes name (2), name (3), and says so", () => {
    assert.deepEqual(teamNames(data, ["a.json", "a.json", "a.json"]), [
      { name: "a", renamed: false }, { name: "a (2)", renamed: true }, { name: "a (3)", renamed: true }]);
  });

  test("names a reader cannot tell apart count as the same: case, .json case, spacing, composed accents", () => {
    assert.deepEqual(names(["team.json", "Team.JSON", "team .json", "TEAM.json"]), ["team", "Team (2)", "team (3)", "TEAM (4)"]);
    assert.deepEqual(names(["caf\u00e9.json", "cafe\u0301.json"]), ["caf\u00e9", "cafe\u0301 (2)"]);
  });

  test("a file already called name (2) is never given the same name as a renamed one", () => {
    assert.deepEqual(names(["a (2).json", "a.json", "a.json"]), ["a (2)", "a", "a (3)"]);
    assert.deepEqual(names(["a.json", "a.json", "a (2).json"]), ["a", "a (2)", "a (2) (2)"]);
  });

  test("a file named only .json still gets a name", () => {
    assert.deepEqual(names([".json", ".json"]), ["Unnamed team", "Unnamed team (2)"]);
  });

  test("random lists of names: one team name each, no two alike, each starting with its file's name", () => {
    const pool = ["a", "A", "a (2)", "a (3)", "b", " b", "", "a (2) (2)"];
    for (let seed = 1; seed <= 200; seed += 1) {
      const files = Array.from({ length: 1 + (seed % 9) }, (_, i) => `${pool[(seed * 7 + i * 13) % pool.length]}.json`);
      const got = teamNames(data, files);
      assert.equal(got.length, files.length);
      const keys = got.map((t) => t.name.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim());
      assert.equal(new Set(keys).size, keys.length, `${files} -> ${got.map((t) => t.name)}`);
      got.forEach((t, i) => assert.ok(t.name.startsWith(files[i].replace(/\.json$/, "").trim() || "Unnamed team")));
    }
  });
});

describe("problems with a file: at most a few lines, then how many more", () => {
  const data = builtModel();
  const schema = loadSchema();
  const answers = answersByPoints(data);
  const good = JSON.parse(exportText(data, answers, score(data, answers), {}));

  test("500 unknown question ids: the first ones, then one line counting the rest", () => {
    const many = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`gone-${i}`, "yes"]));
    const found = readText(data, schema, JSON.stringify({ ...good, answers: many }));
    assert.equal(found.rejected, true);
    assert.equal(found.problems.length, MAX_PROBLEMS + 1);
    assert.equal(found.problems[0], `/answers/gone-0: expected a question of version ${data.model.version}, found a question it does not ask.`);
    assert.equal(found.problems.at(-1), `…and ${500 - MAX_PROBLEMS} more problems of this kind.`);
  });

  test("200 such files are reported quickly", () => {
    const many = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`gone-${i}`, "yes"]));
    const text = JSON.stringify({ ...good, answers: many });
    const start = performance.now();
    const lines = Array.from({ length: 200 }, () => readText(data, schema, text).problems).flat();
    assert.equal(lines.length, 200 * (MAX_PROBLEMS + 1));
    assert.ok(performance.now() - start < 5000, `${performance.now() - start} ms`);
  });

  test("exactly the cap: every problem and no count line; one over: one more", () => {
    const at = (n) => misfits(data, { answers: Object.fromEntries(Array.from({ length: n }, (_, i) => [`gone-${i}`, "yes"])) });
    assert.equal(at(MAX_PROBLEMS).length, MAX_PROBLEMS);
    assert.ok(at(MAX_PROBLEMS).every((line) => line.startsWith("/answers/gone-")));
    assert.deepEqual(at(MAX_PROBLEMS + 1).slice(-1), ["…and 1 more problem of this kind."]);
  });

  test("a file breaking the schema in more places than listed says the list may be longer", () => {
    const bad = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`q-${i}`, "NOT A SLUG"]));
    const found = readText(data, schema, JSON.stringify({ ...good, answers: bad }));
    assert.equal(found.problems.length, MAX_PROBLEMS + 1);
    assert.equal(found.problems.at(-1), `Only the first ${MAX_PROBLEMS} problems are listed; there may be more.`);
  });
});
