// The CSV and Markdown reports (lazy/csv.js, lazy/markdown.js): quoting, formula neutralising, escaping.
import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { cell, csvText, header } from "../../docs/assets/self-check/lazy/csv.js";
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
    assert.deepEqual(rows[0], header(data));
    assert.equal(rows.length, 1 + data.questions.length);
    assert.ok(rows.every((row) => row.length === header(data).length));
  });

  test("area, practices, answer, points and note", () => {
    const i = data.questions.findIndex((q) => q.id === "prompt-library") + 1;
    assert.deepEqual(rows[i], [String(i), "Models and prompts", data.practices["prompt-library"].title,
      data.questions[i - 1].text, "Everywhere it matters", "2", "2", '<b>owner</b>: "Ana", =cmd|calc', "", "", ""]);
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

describe("CSV: a formula sign behind anything a spreadsheet trims is neutralized too", () => {
  const before = ["", " ", "   ", "\u00a0", "\u200b", "\u200c", "\u2060", "\ufeff", "\n", "\r\n", "\t", "\u3000", "\u2028", " \u00a0\u200b\n"];
  const signs = ["=", "+", "-", "@", "\uff1d", "\uff0b", "\uff0d", "\uff20"];
  for (const lead of before) {
    for (const sign of signs) {
      const value = `${lead}${sign}HYPERLINK("http://evil","x")`;
      test(JSON.stringify(value), () => {
        const text = cell(value);
        const unquoted = text.startsWith('"') ? text.slice(1, -1).replace(/""/g, '"') : text;
        assert.equal(unquoted, `'${value}`); // the value as typed, behind the one apostrophe
      });
    }
  }

  test("text with a sign later on, and numbers the report writes, are left alone", () => {
    for (const value of ["a=b", "x -1", " a+b", "\u00a0note: =1 later", "e-mail: a@b"]) {
      assert.ok(!cell(value).replace(/^"/, "").startsWith("'"), value);
    }
    assert.equal(cell(-3), "-3");
    assert.equal(cell(0), "0");
  });

  test("random notes: no cell a spreadsheet would run as a formula", () => {
    const pieces = [" ", "\u00a0", "\u200b", "\n", "\t", "\r", "=", "+", "-", "@", "a", "1", '"', ",", "\uff1d"];
    for (let seed = 1; seed <= 500; seed += 1) {
      const value = Array.from({ length: 1 + (seed % 6) }, (_, i) => pieces[(seed * 31 + i * 17) % pieces.length]).join("");
      const text = cell(value);
      const content = text.startsWith('"') ? text.slice(1, -1).replace(/""/g, '"') : text;
      const trimmed = content.replace(/^[\s\p{Cc}\p{Cf}\p{Z}]*/u, "");
      assert.ok(content.startsWith("'") || !/^[=+\-@\uff1d\uff0b\uff0d\uff20]/u.test(trimmed), JSON.stringify(value));
      assert.ok(content === value || content === `'${value}`, JSON.stringify(value)); // nothing else changes
    }
  });
});

describe("Markdown: no mentions or issue links on GitHub", () => {
  const siteRoot = new URL("https://guide.example/genaiops/");
  const date = new Date("2026-12-01T09:00:00Z");
  const MENTION = /(^|[^\p{L}\p{N}_])@[\p{L}\p{N}_]/u; // GitHub: @name, @org/team
  const ISSUE = /(^|[^\p{L}\p{N}_])(#|GH-)\p{N}/iu; // GitHub: #12, GH-12, owner/repo#12

  test("@name, #12, GH-12 and owner/repo#12 are broken by an invisible word joiner, and read the same", () => {
    const note = "ask @ana-b and @org/team about #12, GH-7, gh-8 and acme/app#3; mail a@b.example";
    const escaped = escapeText(note);
    assert.doesNotMatch(escaped, MENTION);
    assert.doesNotMatch(escaped, ISSUE);
    assert.doesNotMatch(escaped, /\w#\d/);
    assert.equal(escaped.replace(/\u2060/g, ""), note);
  });

  test("a # or @ not followed by a name or number is left as it is", () => {
    assert.equal(escapeText("C# and F#, 50 @ 2"), "C# and F#, 50 @ 2");
  });

  test("in the whole report: notes and question texts", () => {
    const notes = { "prompt-library": "@ana owns it, see #1" };
    const md = markdownText(data, score(data, answersByPoints(data)), { siteRoot, date, notes });
    const line = md.split("\n").find((l) => l.includes("owns it"));
    assert.doesNotMatch(line, MENTION);
    assert.doesNotMatch(line, ISSUE);
    assert.ok(line.replace(/\u2060/g, "").endsWith(": @ana owns it, see #1"));
  });
});
