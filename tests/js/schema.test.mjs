// Imports checked against the published schema (lazy/schema.js interprets it; lazy/files.js adds the questionnaire).
import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { exportText } from "../../docs/assets/self-check/lazy/export-file.js";
import { readText } from "../../docs/assets/self-check/lazy/files.js";
import { problemText, validate } from "../../docs/assets/self-check/lazy/schema.js";
import { score } from "../../docs/assets/self-check/scoring.js";
import { answersByPoints, builtModel, loadSchema } from "./helpers.mjs";

const schema = loadSchema();
const data = builtModel();
const answers = answersByPoints(data, {});
const good = JSON.parse(exportText(data, answers, score(data, answers), { [data.questions[0].id]: "Evidence: wiki/page, owner Ana" }));
const messages = (file) => validate(data, schema, file).map((p) => problemText(data, p));
const max = data.contract.note_max_length;

test("the schema uses only keywords the interpreter knows", () => {
  const walk = (s) => {
    validate(data, s, undefined); // throws on an unknown keyword
    for (const sub of Object.values(s.properties || {})) walk(sub);
    for (const sub of [s.additionalProperties, s.propertyNames]) if (sub && typeof sub === "object") walk(sub);
  };
  walk(schema);
  assert.throws(() => validate(data, { oneOf: [] }, 1), /oneOf is not supported/);
});

describe("good files", () => {
  test("an export of today", () => assert.deepEqual(messages(good), []));
  test("an export of 2.0.0: no notes, an older version", () => {
    const { notes, ...old } = good;
    assert.ok(notes);
    assert.deepEqual(messages({ ...old, model: "2.0.0" }), []);
  });
  test("only format, model and answers are needed", () => {
    assert.deepEqual(messages({ format: good.format, model: "1.0.0", answers: {} }), []);
  });
  test("read with its notes", () => {
    const found = readText(data, schema, JSON.stringify(good));
    assert.equal(found.rejected, false);
    assert.deepEqual(found.answers, answers);
    assert.deepEqual(found.notes, good.notes);
  });
});

describe("bad files, each with where and what was expected", () => {
  const bad = (name, file, expected) => test(name, () => assert.deepEqual(messages(file), expected));
  bad("not an object", [1], ["The file: expected an answers file: an object with format, model and answers, found a list."]);
  bad("no format", { model: good.model, answers: {} }, [`/format: expected the text "${data.contract.file_format}", found nothing.`]);
  bad("another format", { ...good, format: "other" }, [`/format: expected the text "${data.contract.file_format}", found "other".`]);
  bad("a bad version", { ...good, model: "v2" }, ['/model: expected the questionnaire\'s version, like 2.1.0, found "v2".']);
  bad("answers not an object", { ...good, answers: ["yes"] }, ["/answers: expected an object of question id: answer id, found a list."]);
  bad("a bad answer id", { ...good, answers: { "model-comparison": "<b>" } },
    ['/answers/model-comparison: expected an answer id (lowercase letters, digits, -), found "<b>".']);
  bad("an answer that is not text", { ...good, answers: { "model-comparison": 2 } },
    ["/answers/model-comparison: expected an answer id (lowercase letters, digits, -), found 2."]);
  bad("a bad question id", { ...good, answers: { "a/b": "yes" } },
    ['/answers/a~1b: expected a question id (lowercase letters, digits, -), found "a/b".']);
  bad("a note too long", { ...good, notes: { x: "y".repeat(max + 1) } },
    [`/notes/x: expected a note of at most ${max} characters, found "${"y".repeat(40)}"… (${max + 1} characters).`]);
  bad("a note that is not text", { ...good, notes: { x: { html: "<b>" } } }, [`/notes/x: expected a note of at most ${max} characters, found an object.`]);
  bad("an unknown field", { ...good, extra: 1 },
    [`/extra: expected no such field (known: ${Object.keys(schema.properties).join(", ")}), found 1.`]);
  bad("a score that is not whole", { ...good, score: 2.5 }, ["/score: expected a whole number, or null, found 2.5."]);
  bad("a level without its name", { ...good, level: { number: 2 } }, ["/level/name: expected a level name, found nothing."]);
  bad("too many answers", { ...good, answers: Object.fromEntries(Array.from({ length: 501 }, (_, i) => [`q${i}`, "x"])) },
    ["/answers: expected at most 500 entries, found 501."]);

  test("at most ten problems are listed", () => {
    const answersBad = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`q${i}`, "BAD"]));
    assert.equal(messages({ ...good, answers: answersBad }).length, 10);
  });

  test("not JSON", () => {
    assert.deepEqual(readText(data, schema, "{oops"), { rejected: true, problems: ["The file is not JSON: an exported answers file is a JSON file."] });
  });

  test("this version's file with an answer this version does not offer", () => {
    const q = data.questions.find((x) => !x.not_applicable);
    const ids = data.scales.find((s) => s.id === q.scale).options.map((o) => o.id).join(", ");
    const found = readText(data, schema, JSON.stringify({ ...good, answers: { [q.id]: "maybe", "no-such-question": "yes" } }));
    assert.deepEqual(found, { rejected: true, problems: [
      `/answers/${q.id}: expected one of ${ids}, found "maybe".`,
      `/answers/no-such-question: expected a question of version ${data.model.version}, found a question it does not ask.`,
    ] });
  });

  test("without the schema, the questionnaire's own checks still refuse a bad file", () => {
    assert.equal(readText(data, null, JSON.stringify({ ...good, answers: { x: "<b>" } })).rejected, true);
  });
});
