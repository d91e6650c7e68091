// Structured evidence: its rules (evidence.js), due and overdue by a given today, how it travels (storage, export,
// CSV, Markdown, snapshots, never a share link) and how the keep rules treat it (keep.js).
import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { encodeFragment, readStored, storedText } from "../../docs/assets/self-check/answers.js";
import { exportText, readExport } from "../../docs/assets/self-check/lazy/export-file.js";
import { badFields, isDay, isHttps, readEvidence, tidy } from "../../docs/assets/self-check/evidence.js";
import { EMPTY, merge3, replaced } from "../../docs/assets/self-check/keep.js";
import { linkPlan } from "../../docs/assets/self-check/links.js";
import { csvText, header } from "../../docs/assets/self-check/lazy/csv.js";
import { readText } from "../../docs/assets/self-check/lazy/files.js";
import { markdownText } from "../../docs/assets/self-check/lazy/markdown.js";
import { dueList, reviewFrom, statusOf } from "../../docs/assets/self-check/lazy/evidence-due.js";
import { intervalOf } from "../../docs/assets/self-check/lazy/evidence-form.js";
import { evidenceChanged, historyText, readHistory, snapshotOf } from "../../docs/assets/self-check/lazy/snapshots.js";
import { score } from "../../docs/assets/self-check/scoring.js";
import { answersByPoints, builtModel, loadSchema } from "./helpers.mjs";

const data = builtModel();
const schema = loadSchema();
const [q1, q2, q3] = data.questions;
const due = data.contract.evidence_due_days;
const TODAY = "2026-12-07";
const entry = (review, more = {}) => ({ what: "Runbook", link: "https://wiki.example/runbook", owner: "Ana", checked: "2026-06-01", review, ...more });
const answers = answersByPoints(data, {});

describe("rules", () => {
  test("a day is a real calendar day as YYYY-MM-DD", () => {
    assert.deepEqual(["2026-02-28", "2024-02-29", "2026-12-31"].map(isDay), [true, true, true]);
    assert.deepEqual(["2026-02-29", "2026-13-01", "2026-1-01", "26-01-01", "2026-01-01T00:00"].map(isDay), [false, false, false, false, false]);
  });

  test("a link is https with a host, nothing else", () => {
    assert.equal(isHttps("https://wiki.example/a?b=c#d"), true);
    for (const bad of ["http://wiki.example", "javascript:alert(1)", "https://", "ftp://x", "wiki.example", "https://a b"]) {
      assert.equal(isHttps(bad), false, bad);
    }
  });

  test("each bad field is named; an entry with nothing in it is not evidence", () => {
    assert.deepEqual(badFields(data, entry("2027-01-01")), []);
    assert.deepEqual(badFields(data, entry("2026-02-30", { link: "http://x.example" })), ["link", "review"]);
    assert.deepEqual(badFields(data, { what: "x".repeat(data.contract.evidence_max_length + 1) }), ["what"]);
    assert.deepEqual(badFields(data, { link: `https://x.example/${"a".repeat(data.contract.evidence_link_max_length)}` }), ["link"]);
    assert.deepEqual(badFields(data, {}), ["entry"]);
    assert.deepEqual(badFields(data, { what: "x", script: "<b>" }), ["entry"]);
    assert.deepEqual(badFields(data, "text"), ["entry"]);
  });

  test("the interval in days fills in the review-by date, and is read back from the two dates", () => {
    assert.equal(reviewFrom("2026-12-20", 14), "2027-01-03");
    assert.equal(reviewFrom("2026-12-20", -1), "");
    assert.equal(reviewFrom("not a day", 14), "");
    assert.equal(intervalOf({ checked: "2026-12-20", review: "2027-01-03" }), 14);
    assert.equal(intervalOf({ checked: "2026-12-20" }), null);
  });

  test("tidy keeps one field order, so equal entries serialize alike", () => {
    assert.equal(JSON.stringify(tidy({ review: "2027-01-01", what: " Runbook ", owner: "" })), '{"what":"Runbook","review":"2027-01-01"}');
  });
});

describe("due and overdue, by a given today", () => {
  test("overdue once the review-by date has passed; due within the contract's days; otherwise neither", () => {
    assert.equal(statusOf(data, entry("2026-12-06"), TODAY), "overdue");
    assert.equal(statusOf(data, entry(TODAY), TODAY), "due"); // review by today: still in time
    assert.equal(statusOf(data, entry(reviewFrom(TODAY, due)), TODAY), "due");
    assert.equal(statusOf(data, entry(reviewFrom(TODAY, due + 1)), TODAY), null);
    assert.equal(statusOf(data, { what: "no date" }, TODAY), null);
  });

  test("the list follows the questionnaire's order and names each question", () => {
    const evidence = { [q3.id]: entry("2026-01-01"), [q1.id]: entry(reviewFrom(TODAY, 3)), [q2.id]: entry("2030-01-01") };
    const list = dueList(data, evidence, TODAY);
    assert.deepEqual(list.map((i) => [i.question.id, i.number, i.status]), [[q1.id, 1, "due"], [q3.id, 3, "overdue"]]);
  });
});

describe("where evidence travels", () => {
  const evidence = { [q1.id]: entry("2026-01-01"), [q2.id]: { what: "Dashboard, =SUM(A1)" } };

  test("storage keeps it, and an older stored format (1, before evidence) still reads", () => {
    const found = readStored(data, storedText(data, answers, {}, evidence));
    assert.deepEqual(found.evidence, evidence);
    const old = readStored(data, JSON.stringify({ format: 1, model: data.model.version, answers }));
    assert.deepEqual([old.answers, old.evidence], [answers, {}]);
  });

  test("an export carries it with the raised format version, and imports it back", () => {
    const text = exportText(data, answers, score(data, answers), {}, evidence);
    const file = JSON.parse(text);
    assert.equal(file.format_version, data.contract.file_version);
    assert.ok(data.contract.file_version >= 2);
    assert.deepEqual(readText(data, schema, text).evidence, evidence);
  });

  test("a file of the previous format (no format_version, no evidence) still imports", () => {
    const old = JSON.stringify({ format: data.contract.file_format, model: data.model.version, answers, notes: { [q1.id]: "n" } });
    const found = readText(data, schema, old);
    assert.deepEqual([found.rejected, found.answers, found.notes, found.evidence], [false, answers, { [q1.id]: "n" }, {}]);
  });

  test("a file of a newer format is refused", () => {
    const file = { ...JSON.parse(exportText(data, answers, score(data, answers), {}, evidence)), format_version: data.contract.file_version + 1 };
    assert.equal(readText(data, schema, JSON.stringify(file)).rejected, true);
    assert.equal(readExport(data, JSON.stringify(file)).rejected, true); // without the schema too
  });

  test("a share link never carries it", () => {
    const hash = encodeFragment(data, answers);
    for (const text of ["Runbook", "wiki.example", "Ana", "2026-01-01"]) assert.ok(!hash.includes(text), text);
    assert.deepEqual(linkPlan(data, EMPTY, `#${hash}`).work.evidence, {});
  });

  test("CSV: what it is, the review-by date and the status, by today; no cell starts a formula", () => {
    const rows = csvText(data, answers, {}, evidence, null, TODAY).slice(1).trim().split("\r\n");
    const columns = header(data).length;
    const first = rows[1].split(",");
    assert.equal(first.length, columns);
    assert.deepEqual(first.slice(-2), ["2026-01-01", "overdue"]);
    assert.match(rows[1], /https:\/\/wiki\.example\/runbook/);
    assert.match(rows[2], /Dashboard, =SUM/); // mid-cell, after "What it is: ", so not a formula
  });

  test("Markdown: an Evidence section, overdue flagged first and in bold", () => {
    const res = score(data, answers);
    const md = markdownText(data, res, { siteRoot: new URL("https://guide.example/"), date: new Date(`${TODAY}T12:00:00Z`), evidence, today: TODAY });
    const line = md.split("\n").find((l) => l.includes("wiki.example"));
    assert.ok(line.startsWith("- **Overdue since 2026-01-01.** Question 1"), line);
    assert.match(md, /\n## Evidence\n/);
  });

  test("snapshots keep it, and the history can tell which questions' evidence changed", () => {
    const res = score(data, answers);
    const a = snapshotOf(data, answers, {}, res, new Date(), "a", evidence);
    const b = snapshotOf(data, answers, {}, res, new Date(), "b", { ...evidence, [q1.id]: entry("2027-06-01") });
    assert.deepEqual(readHistory(data, historyText(data, [a, b])).snapshots.map((s) => s.evidence), [a.evidence, b.evidence]);
    assert.deepEqual(evidenceChanged(a.evidence, b.evidence), [q1.id]);
    assert.deepEqual(evidenceChanged(a.evidence, a.evidence), []);
    assert.deepEqual(evidenceChanged({}, a.evidence).sort(), [q1.id, q2.id].sort());
  });
});

describe("invalid evidence in a file is refused, naming the question", () => {
  const fileWith = (ev) => JSON.stringify({ ...JSON.parse(exportText(data, answers, score(data, answers))), evidence: ev });
  const named = `Question 2 (${q2.text}), evidence: `;
  const longest = new Intl.NumberFormat(data.lang).format(data.contract.evidence_link_max_length); // as the catalog shows numbers

  test("an http link", () => {
    const found = readText(data, schema, fileWith({ [q2.id]: { link: "http://wiki.example" } }));
    assert.equal(found.rejected, true);
    assert.deepEqual(found.problems, [`${named}/evidence/${q2.id}/link: expected an https:// address of at most `
      + `${data.contract.evidence_link_max_length} characters, found "http://wiki.example".`]);
  });

  test("a day no calendar has, which the schema's pattern lets through", () => {
    const found = readText(data, schema, fileWith({ [q2.id]: { review: "2026-02-30" } }));
    assert.deepEqual(found.problems, [`${named}Review by must be a real date (YYYY-MM-DD).`]);
  });

  test("without the schema, the widget's own rules still refuse it", () => {
    const found = readText(data, null, fileWith({ [q2.id]: { link: "http://wiki.example", checked: "yesterday" } }));
    assert.deepEqual(found.problems, [`${named}The link must be an https address of at most ${longest} `
      + "characters. Last checked must be a real date (YYYY-MM-DD)."]);
  });

  test("evidence on a question this version does not ask is left out and said, as a note is", () => {
    const found = readText(data, schema, fileWith({ retired: { what: "old" }, [q1.id]: { what: "kept" } }));
    assert.deepEqual([found.evidence, found.droppedEvidence], [{ [q1.id]: { what: "kept" } }, ["retired"]]);
  });

  test("a snapshot with one bad entry keeps the rest", () => {
    assert.deepEqual(readEvidence(data, { [q1.id]: { link: "http://x" }, [q2.id]: { what: "ok" } }).evidence, { [q2.id]: { what: "ok" } });
  });
});

describe("the keep rules never drop evidence unasked", () => {
  const mine = { answers, notes: {}, evidence: { [q1.id]: entry("2027-01-01") } };

  test("an import of an old file (no evidence) keeps the replaced evidence as the undo", () => {
    const file = readExport(data, JSON.stringify({ format: data.contract.file_format, model: data.model.version, answers }));
    const { work, keep } = replaced(mine, "import", file);
    assert.deepEqual(work.evidence, {});
    assert.deepEqual(keep.evidence, mine.evidence);
    assert.deepEqual(replaced(work, "undo", keep).work.evidence, mine.evidence); // the undo brings it back
  });

  test("evidence alone is work: a reset over it keeps it to undo", () => {
    const only = { answers: {}, notes: {}, evidence: mine.evidence };
    assert.deepEqual(replaced(only, "reset").keep.evidence, mine.evidence);
  });

  test("two tabs: evidence only one changed is taken from it; both changed, the other's goes to the undo", () => {
    const base = { answers: {}, notes: {}, evidence: { [q1.id]: { what: "a" } } };
    const theirs = { answers: {}, notes: {}, evidence: { [q1.id]: { what: "a" }, [q2.id]: { what: "theirs" } } };
    const edited = { answers: {}, notes: {}, evidence: { [q1.id]: { what: "mine" } } };
    assert.deepEqual(merge3(base, edited, theirs).work.evidence, { [q1.id]: { what: "mine" }, [q2.id]: { what: "theirs" } });
    const clash = { ...theirs, evidence: { [q1.id]: { what: "theirs too" } } };
    const merged = merge3(base, edited, clash);
    assert.deepEqual([merged.conflicts, merged.work.evidence, merged.keep.evidence], [[q1.id], clash.evidence, edited.evidence]);
    // equal entries (separate objects) are no conflict
    assert.deepEqual(merge3(base, { ...base, evidence: { [q1.id]: { what: "a" } } }, base).conflicts, []);
  });
});
