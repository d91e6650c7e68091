/*
 * The questionnaire one area at a time: each area is a native <details> whose summary names it and says how many
 * of its questions are answered, so the page is about one area tall, the keyboard opens and closes an area
 * (Enter or Space on its summary) and find-in-page still reaches a closed one. A "Next area" button closes this
 * area and opens the next. Answers never hide: work restored from a link, a file or an undo opens every area
 * that holds some (reveal), and going to an unanswered question (goTo) opens its area first.
 */
import { button, h } from "./dom.js";
import { t } from "./i18n.js";
import { areaOf } from "./scoring.js";

/* [{ id, name, questions: [id], answered }] in the questionnaire's order. Pure. */
export function areaProgress(data, answers) {
  const rows = new Map(data.areas.map((a) => [a.id, { id: a.id, name: a.name, questions: [], answered: 0 }]));
  for (const question of data.questions) {
    const row = rows.get(areaOf(data, question));
    row.questions.push(question.id);
    if (Object.hasOwn(answers, question.id)) row.answered += 1;
  }
  return [...rows.values()].filter((row) => row.questions.length);
}

/* The id of the first question without an answer, or null when all are answered. Pure. */
export function firstUnanswered(data, answers) {
  const question = data.questions.find((q) => !Object.hasOwn(answers, q.id));
  return question ? question.id : null;
}

/* The areas holding an answer or a note, by id. Pure. */
export function areasWithWork(data, answers, notes) {
  return new Set(data.questions.filter((q) => Object.hasOwn(answers, q.id) || notes[q.id]).map((q) => areaOf(data, q)));
}

export function areasOf(data, uid) {
  const rows = areaProgress(data, {});
  const parts = new Map();
  let placed = false; // the first area to show is chosen once, when the first answers are known
  rows.forEach((row, i) => {
    const count = h("span", { class: "gsc-area-count" });
    const body = h("div", { class: "gsc-area-body" });
    const details = h("details", { class: "gsc-area", id: `${uid}-area-${row.id}` },
      h("summary", {}, h("h2", { class: "gsc-area-name", text: row.name }), " ", count), body);
    parts.set(row.id, { details, body, count, summary: details.firstChild });
    const next = rows[i + 1];
    if (next) {
      body.after(h("p", { class: "gsc-next-area" }, button(t(data, "questions.next_area", { name: next.name }), () => {
        details.open = false;
        open(next.id).summary.focus();
        parts.get(next.id).details.scrollIntoView({ block: "start" });
      })));
    }
  });

  function open(id) {
    const part = parts.get(id);
    part.details.open = true;
    return part;
  }

  function counts(answers) {
    for (const row of areaProgress(data, answers)) {
      const part = parts.get(row.id);
      part.count.textContent = t(data, "questions.area_progress", { answered: row.answered, count: row.questions.length });
      part.details.classList.toggle("gsc-area-done", row.answered === row.questions.length);
    }
    if (placed) return;
    placed = true;
    // A first visit opens the first area; a returning reader, the first area they have not finished.
    const first = areaProgress(data, answers).find((row) => row.answered < row.questions.length);
    if (first && ![...parts.values()].some((part) => part.details.open)) open(first.id);
  }

  /* how: "work" opens every area holding an answer or a note; "start" (a reset) shows the first area alone. */
  function reveal(answers, notes, how) {
    if (how === "start") {
      parts.forEach((part) => { part.details.open = false; });
      open(rows[0].id);
    }
    if (how === "work") for (const id of areasWithWork(data, answers, notes)) open(id);
  }

  /* Opens the question's area and puts focus on its first choice, as a message about it asks. */
  function goTo(questionId) {
    const question = data.questions.find((q) => q.id === questionId);
    if (!question) return;
    const { details } = open(areaOf(data, question));
    const input = details.querySelector(`input[name="${uid}-${questionId}"]`);
    if (input) input.focus();
  }

  return { elements: rows.map((row) => parts.get(row.id).details), body: (id) => parts.get(id).body, counts, reveal, goTo };
}
