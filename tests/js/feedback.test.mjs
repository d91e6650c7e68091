// feedback.js and scoring.js's unscoredAnswers: what a question's feedback link carries, and which answers say
// they earn no point.
import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { feedbackUrl } from "../../docs/assets/self-check/feedback.js";
import { unscoredAnswers } from "../../docs/assets/self-check/scoring.js";
import { builtModel } from "./helpers.mjs";

const built = builtModel();
const fields = { question: "question-id", text: "question-text", version: "model-version", page: "page" };
const data = { ...built, feedback: { url: "https://github.com/owner/guide/issues/new", template: "question-feedback.yml", fields } };
const page = "https://guide.example/self-check/";

describe("the feedback link", () => {
  test("fills the form's fields by their ids from the question, the model's version and the page", () => {
    const question = built.questions[0];
    const url = new URL(feedbackUrl(data, question, page, "Unclear question: x"));
    assert.equal(url.origin + url.pathname, "https://github.com/owner/guide/issues/new");
    assert.deepEqual([...url.searchParams.keys()], ["template", "title", ...Object.values(fields)]);
    assert.equal(url.searchParams.get("template"), "question-feedback.yml");
    assert.equal(url.searchParams.get("question-id"), question.id);
    assert.equal(url.searchParams.get("question-text"), question.text);
    assert.equal(url.searchParams.get("model-version"), built.model.version);
    assert.equal(url.searchParams.get("page"), page);
    assert.equal(url.hash, "");
  });

  test("text that looks like a query or a fragment stays inside its own parameter", () => {
    const question = { id: "q", text: "Do you & your team #ship? a=b&page=evil" };
    const url = new URL(feedbackUrl(data, question, page, "t&title=x#y"));
    assert.equal(url.searchParams.get("question-text"), question.text);
    assert.equal(url.searchParams.get("title"), "t&title=x#y");
    assert.deepEqual(url.searchParams.getAll("page"), [page]);
    assert.equal(url.hash, "");
  });

  test("only an https address is ever a target", () => {
    const bad = { ...data, feedback: { ...data.feedback, url: "javascript:alert(1)//issues/new" } };
    assert.equal(feedbackUrl(bad, built.questions[0], page, "t"), null);
  });
});

describe("answers that earn no point", () => {
  test("every scale of the model: exactly its zero-point answers after the first, each with the next that scores", () => {
    for (const scale of built.scales) {
      const expected = scale.options
        .map((o, i) => ({ o, i, next: scale.options.slice(i + 1).find((later) => later.points > 0) }))
        .filter(({ o, i, next }) => i > 0 && o.points === 0 && next)
        .map(({ o, next }) => ({ answer: o.text, next: next.text }));
      assert.deepEqual(unscoredAnswers(scale), expected, scale.id);
    }
  });

  test("a scale whose middle answer scores nothing names it and the answer that does", () => {
    const scale = { options: [{ text: "No", points: 0 }, { text: "Partly", points: 0 }, { text: "Yes", points: 1 }] };
    assert.deepEqual(unscoredAnswers(scale), [{ answer: "Partly", next: "Yes" }]);
  });

  test("a scale where every answer above the lowest scores has nothing to say", () => {
    const scale = { options: [{ text: "Never", points: 0 }, { text: "Sometimes", points: 1 }, { text: "Always", points: 2 }] };
    assert.deepEqual(unscoredAnswers(scale), []);
  });
});
