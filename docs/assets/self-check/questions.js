/*
 * The form: one radio group per question, grouped under its area's name (the JSON lists them in that order).
 * "Not applicable" is offered only where the question says when it may not apply, and that reason is shown.
 * Each question also takes an optional note (evidence, an owner, a date), a plain textarea: text only.
 * Each area is a native <details> (areas.js), so the page is one area tall, not the whole questionnaire.
 */
import { areasOf } from "./areas.js";
import { h } from "./dom.js";
import { t } from "./i18n.js";
import { areaOf } from "./scoring.js";

export function questionsView({ data, uid, link, english }, onAnswer, onNote) {
  const na = data.contract.not_applicable;
  const progressText = h("p", { id: `${uid}-progress`, class: "gsc-progress-text" });
  const bar = h("progress", { max: data.questions.length, value: 0, "aria-labelledby": `${uid}-progress` });
  const form = h("form", { class: "gsc-form", "aria-label": t(data, "questions.label") },
    h("div", { class: "gsc-progress" }, progressText, bar));
  const scales = new Map(data.scales.map((s) => [s.id, s]));
  const areas = areasOf(data, uid);
  form.append(...areas.elements);
  data.questions.forEach((question, index) => {
    const section = areas.body(areaOf(data, question));
    const name = `${uid}-${question.id}`;
    const option = (id, text, extra) => h("label", { class: extra ? "gsc-option gsc-na" : "gsc-option" },
      h("input", { type: "radio", name, value: id, "data-question": question.id }), h("span", { text }), extra);
    const options = scales.get(question.scale).options.map((o) => option(o.id, o.text));
    if (question.not_applicable) {
      options.push(option(na, t(data, "questions.na"), h("span", { class: "gsc-na-reason", text: question.not_applicable })));
    }
    section.append(h("fieldset", { class: "gsc-question", "aria-describedby": question.help && `${name}-help` },
      h("legend", {}, h("span", { class: "gsc-number", text: t(data, "questions.number", { number: index + 1 }) }),
        h("span", { lang: question.notice === "fallback" ? "en" : null, text: question.text }),
        // Not (or no longer) the translation of the English: said in the reader's language, with the original a click away.
        question.notice ? h("span", { class: "gsc-lang-notice" }, " ", link(english, t(data, `questions.${question.notice}`))) : null),
      question.help ? h("p", { id: `${name}-help`, class: "gsc-help", text: question.help }) : null,
      h("div", { class: "gsc-options" }, options),
      h("p", { class: "gsc-note" }, h("label", { for: `${name}-note`, text: t(data, "questions.note") }),
        h("textarea", { id: `${name}-note`, rows: 2, maxlength: data.contract.note_max_length, "data-note": question.id }))));
  });
  form.addEventListener("submit", (event) => event.preventDefault());
  form.addEventListener("change", (event) => {
    const input = event.target;
    if (input.type === "radio") onAnswer(input.getAttribute("data-question"), input.value);
  });
  form.addEventListener("input", (event) => {
    const id = event.target.getAttribute("data-note");
    if (id) onNote(id, event.target.value);
  });

  return {
    element: form,
    /* reveal: "work" (from a link, a file or an undo) opens every area holding some; "start" (a reset), the first. */
    show(answers, notes = {}, reveal = false) {
      for (const input of form.querySelectorAll("input[type=radio]")) {
        input.checked = answers[input.getAttribute("data-question")] === input.value;
      }
      for (const area of form.querySelectorAll("textarea")) area.value = notes[area.getAttribute("data-note")] || "";
      areas.counts(answers);
      areas.reveal(answers, notes, reveal);
    },
    progress(res, answers) {
      progressText.textContent = t(data, "questions.progress", { count: res.total, answered: res.answered });
      bar.value = res.answered;
      areas.counts(answers);
    },
    goTo: areas.goTo,
  };
}
