// i18n.js: the widget's words from the catalog in the JSON, with the locale's plurals, numbers, percentages and dates.
import assert from "node:assert/strict";
import { test } from "node:test";

import { day, pct, t } from "../../docs/assets/self-check/i18n.js";
import { builtModel } from "./helpers.mjs";

const data = builtModel();
const plural = Object.keys(data.messages).find((key) => typeof data.messages[key] !== "string");
const words = (lang) => ({ lang, messages: { hi: "{name} has {n} of {max}", n: { one: "{count} item", other: "{count} items" }, none: "–" } });

test("every text of the build's catalog comes out filled, placeholders and all", () => {
  for (const [key, value] of Object.entries(data.messages)) {
    const names = [...new Set(JSON.stringify(value).match(/\{[A-Za-z_]\w*\}/g) || [])].map((p) => p.slice(1, -1));
    const params = Object.fromEntries(names.map((name) => [name, name === "count" ? 2 : `<${name}>`]));
    const text = t(data, key, params);
    assert.equal(typeof text, "string", key);
    assert.doesNotMatch(text, /\{[A-Za-z_]\w*\}/, key); // nothing left unfilled
  }
  assert.ok(plural, "the catalog has a plural entry");
});

test("plural forms follow the locale: Portuguese counts 0 and 1 as one, English only 1", () => {
  assert.deepEqual([0, 1, 2].map((count) => t(words("en"), "n", { count })), ["0 items", "1 item", "2 items"]);
  assert.deepEqual([0, 1, 2].map((count) => t(words("pt-BR"), "n", { count })), ["0 item", "1 item", "2 items"]);
});

test("numbers, percentages and dates in the locale; a placeholder without a value is left as written", () => {
  assert.equal(t(words("pt-BR"), "hi", { name: "Ana", n: 1234.5, max: 28 }), "Ana has 1.234,5 of 28");
  assert.equal(t(words("en"), "hi", { name: "Ana", n: 1234.5 }), "Ana has 1,234.5 of {max}");
  assert.equal(pct(words("en"), 66.6), "67%");
  assert.equal(pct(words("en"), null), "–");
  assert.equal(day(words("pt-BR"), "2026-12-01T23:59:00Z"), "01/12/2026"); // in UTC, whatever the computer's zone
});

test("a tag Intl refuses, or a key the catalog lacks, never throws", () => {
  assert.equal(t(words("not a tag!"), "n", { count: 3 }), "3 items");
  assert.equal(t(words("en"), "no.such.key"), "no.such.key");
});
