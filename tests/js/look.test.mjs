// look.js: which accent values an embedder's ?accent= or accent attribute may set, and which are ignored.
import assert from "node:assert/strict";
import { test } from "node:test";

import { accentColor } from "../../docs/assets/self-check/look.js";

test("three or six hex digits are taken, with or without #", () => {
  assert.equal(accentColor("0a7"), "#0a7");
  assert.equal(accentColor("#0a7ea4"), "#0a7ea4");
  assert.equal(accentColor("0A7EA4"), "#0A7EA4");
});

test("anything else is ignored", () => {
  for (const bad of [null, undefined, "", "red", "#0a7e", "0a7ea4ff", " 0a7", "0a7;color:red", "url(x)", 123]) {
    assert.equal(accentColor(bad), null, String(bad));
  }
});
