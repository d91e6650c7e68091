// The CSV and Markdown reports (lazy/csv.js, lazy/markdown.js): quoting, formula neutralising, escaping.
import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { cell, csvText, HEADER } from "../../docs/assets/self-check/lazy/csv.js";
import { escapeText, markdownText } from "../../docs/assets/self-check/lazy/markdown.js";
import { score } from "../../docs/assets/self-check/scoring.js";
import { answersByPoints, fixture } from "./helpers.mjs";

const data = fixture("model-like.json");

/* A small RFC 4180 reader, to check what the writer wrote round-trips. */
function parseCsv(text) {
  const rows = [[]];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 1; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { rows.at(-1).push(field); field = ""; } else if (c === "\r" && text[i + 1] === "\n") {
      rows.at(-1).push(field); field = ""; rows.push([]); i += 1;
    } else field += c;
  }
  rows.pop(); // after the last CRLF
  return rows;
}

describe("CSV cells", () => {
  const cases = [
    ["plain", "plain"], ["a, b", '"a, b"'], ['say "hi"', '"say ""hi"""'], ["two\nlines", '"two\nlines"'],
    ["=1+1", "'=1+1"], ["+44 20", "'+44 20"], ["-2", "'-2"], ["@SUM(A1)", "'@SUM(A1)"], ["\tx", "'\tx"],
    ['=HYPERLINK("http://evil","x")', `"'=HYPERLINK(""http://evil"",""x"")"`], [3, "3"], [null, ""], ["", ""],
    ["a=b", "a=b"],
  ];
  for (const [value, expected] of cases) test(`${JSON.stringify(value)} -> ${expected}`, () => assert.equal(cell(value), expected));
});

describe("CSV file", () => {
  const na = data.contract.not_applicable;
  const answers = { ...answersByPoints(data, { "prompt-library": 2 }), "ab-tests": na };
  const notes = { "prompt-library": '<b>owner</b>: "Ana", =cmd|calc', "model-selection": "-5 days" };
  const text = csvText(data, answers, notes);
  const rows = parseCsv(text.slice(1));

  test("starts with a byte-order mark and ends lines with CRLF", () => {
    assert.ok(text.startsWith("\uFEFF"));
    assert.ok(text.endsWith("\r\n"));
  });

  test("one row per question after the header", () => {
    assert.deepEqual(rows[0], HEADER);
    assert.equal(rows.length, 1 + data.questions.length);
    assert.ok(rows.every((row) => row.length === HEADER.length));
  });

  test("area, practices, answer, points and note", () => {
    const i = data.questions.findIndex((q) => q.id === "prompt-library") + 1;
    assert.deepEqual(rows[i], [String(i), "Models and prompts", data.practices["prompt-library"].title,
      data.questions[i - 1].text, "Everywhere it matters", "2", "2", '<b>owner</b>: "Ana", =cmd|calc']);
    const pipeline = rows[data.questions.findIndex((q) => q.id === "delivery-pipeline") + 1];
    assert.equal(pipeline[2], `${data.practices["ci-cd-for-llm-apps"].title}; ${data.practices["version-control"].title}`);
    const ab = rows[data.questions.findIndex((q) => q.id === "ab-tests") + 1];
    assert.deepEqual([ab[4], ab[5]], ["Not applicable", ""]);
    assert.equal(rows[1][7], "'-5 days");
  });

  test("no cell starts a formula", () => {
    for (const row of rows) for (const c of row) assert.ok(!/^[=+\-@\t\r]/.test(c), c);
  });

  test("unanswered questions have empty answer and points", () => {
    const partial = parseCsv(csvText(data, {}).slice(1));
    assert.deepEqual([partial[1][4], partial[1][5]], ["", ""]);
  });
});

describe("Markdown", () => {
  const siteRoot = new URL("https://guide.example/genaiops/");
  const date = new Date("2026-12-01T09:00:00Z");

  test("escapes what could become markup, on one line", () => {
    assert.equal(escapeText("<script>alert(1)</script>"), "\\<script\\>alert(1)\\</script\\>");
    assert.equal(escapeText("[x](javascript:y) *b* `c` a|b &amp;"), "\\[x\\](javascript:y) \\*b\\* \\`c\\` a\\|b \\&amp;");
    assert.equal(escapeText("two\n\nlines"), "two lines");
  });

  test("the result, the breakdown and the plan, with absolute links", () => {
    const res = score(data, answersByPoints(data, { "model-selection": 2, "prompt-library": 2, "release-evaluation": 2,
      "delivery-pipeline": 2, "secrets-and-data-rules": 2 }));
    const notes = { "prompt-library": "<img src=x onerror=alert(1)> owner: [Ana](http://evil)" };
    const md = markdownText(data, res, { siteRoot, date, notes });
    assert.match(md, /^# GenAIOps Maturity Model self-check\n/);
    assert.ok(md.includes("- Date: 2026-12-01\n"));
    assert.ok(md.includes(`- Questionnaire version: ${data.model.version}\n`));
    assert.ok(md.includes(`- Score: ${res.score} / 28\n`));
    assert.ok(md.includes(`- Level: [Level ${res.level.number} – ${res.level.name}](https://guide.example/genaiops/${res.level.url})`));
    assert.ok(md.includes("| Area | Points | Share |\n| --- | --- | --- |\n| Models and prompts | 4 of 6 | 67% |"));
    assert.ok(md.includes(`## Plan to reach Level ${res.plan.target.number}`));
    const first = res.plan.items[0];
    assert.ok(md.includes(`1. [${first.title}](https://guide.example/genaiops/${first.url}): Level ${first.level}, not in place`));
    assert.ok(md.includes("\\<img src=x onerror=alert(1)\\> owner: \\[Ana\\](http://evil)"));
    assert.doesNotMatch(md, /(^|[^\\])[<[]img/); // every < and [ of the note is escaped
  });

  test("an incomplete result says so and has no plan", () => {
    const md = markdownText(data, score(data, {}), { siteRoot, date });
    assert.ok(md.includes(`- Answered: 0 of ${data.questions.length} questions`));
    assert.ok(!md.includes("## Plan"));
  });
});
