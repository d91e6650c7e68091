// model.js: which JSON files the widget accepts, and the contract the build writes into them.
import assert from "node:assert/strict";
import { test } from "node:test";

import { isUsableModel, MODEL_FORMAT, versionPattern } from "../../docs/assets/self-check/model.js";
import { builtModel, fixture, loadModel } from "./helpers.mjs";

test("the fixtures are usable", () => {
  assert.ok(isUsableModel(fixture("tiny.json")));
  assert.ok(isUsableModel(fixture("model-like.json")));
});

test("the build's JSON is usable", () => {
  assert.ok(isUsableModel(loadModel()), "model.json's format is not MODEL_FORMAT: builtModel() says what to change");
  assert.equal(builtModel().format, MODEL_FORMAT);
});

test("the build writes every value the widget shares with Python", () => {
  const { contract } = loadModel();
  assert.deepEqual(Object.keys(contract).sort(), [
    "crosswalk", "embed_element", "evidence_due_days", "evidence_link_max_length", "evidence_max_length", "export_schema",
    "file_format", "file_version", "height_message", "history_format", "history_key",
    "history_max", "message_version", "not_applicable", "note_max_length", "result_event", "result_message",
    "storage_key", "stored_format", "team_max_length", "themes", "undo_key", "version_pattern"]);
});

test("a file without contract, questions, levels or scales is refused", () => {
  const good = fixture("tiny.json");
  for (const key of ["contract", "questions", "levels", "scales", "scoring", "practices"]) {
    const bad = { ...good };
    delete bad[key];
    assert.equal(isUsableModel(bad), false, key);
  }
  const { format, ...unformatted } = good;
  for (const bad of [null, [], "text", unformatted, { ...good, format: format + 1 }, { ...good, format: String(format) }, { ...good, contract: { ...good.contract, stored_format: "1" } },
    { ...good, contract: { ...good.contract, themes: "light" } },
    { ...good, contract: { ...good.contract, version_pattern: "(" } }]) {
    assert.equal(isUsableModel(bad), false, JSON.stringify(bad)?.slice(0, 80));
  }
});

test("the version pattern is the build's X.Y.Z", () => {
  const pattern = versionPattern(loadModel());
  for (const ok of ["0.0.0", "1.0.0", "10.20.300"]) assert.ok(pattern.test(ok), ok);
  for (const bad of ["1.0", "01.0.0", "1.0.0-rc1", "v1.0.0", "1.0.0\n"]) assert.ok(!pattern.test(bad), bad);
});
