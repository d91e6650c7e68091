/*
 * The form: one radio group per question, grouped under its area's name (the JSON lists them in that order).
 * "Not applicable" is offered only where the question says when it may not apply, and that reason is shown.
 * Under the options, a scale's answer that earns no point says so ("Partly" on the one-point scale).
 * Each question also takes an optional note, a plain textarea (text only), structured evidence in a closed
 * <details> whose fields (lazy/evidence-form.js) load when it first opens, or when saved evidence opens it, and,
 * where the build names a repository, a link to tell its maintainers the question is unclear (feedback.js).
 * Each area is a native <details> (areas.js), so the page is one area tall, not the whole questionnaire.
 */
import { areasOf } from "./areas.js";
import { h } from "./dom.js";
import { feedbackUrl } from "./feedback.js";
import { t } from "./i18n.js";
import { areaOf, unscoredAnswers } from "./scoring.js";

export function questionsView({ data, uid, link, english, selfCheck }, onAnswer, onNote, onEvidence) {
  const forms = new Map(); // question id -> its evidence form
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
    const unscored = unscoredAnswers(scales.get(question.scale));
    const described = [question.help && `${name}-help`, unscored.length && `${name}-points`].filter(Boolean).join(" ");
    section.append(h("fieldset", { class: "gsc-question", "aria-describedby": described || null },
      h("legend", { id: `${name}-legend` },
        h("span", { class: "gsc-number", text: t(data, "questions.number", { number: index + 1 }) }),
        h("span", { lang: question.notice === "fallback" ? "en" : null, text: question.text }),
        // Not (or no longer) the translation of the English: said in the reader's language, with the original a click away.
        question.notice ? h("span", { class: "gsc-lang-notice" }, " ", link(english, t(data, `questions.${question.notice}`))) : null),
      question.help ? h("p", { id: `${name}-help`, class: "gsc-help", text: question.help }) : null,
      h("div", { class: "gsc-options" }, options),
      unscored.length ? h("p", { id: `${name}-points`, class: "gsc-points-note" },
        unscored.map((u) => t(data, "questions.no_point", u)).join(" ")) : null,
      h("p", { class: "gsc-note" }, h("label", { for: `${name}-note`, text: t(data, "questions.note") }),
        h("textarea", { id: `${name}-note`, rows: 2, maxlength: data.contract.note_max_length, "data-note": question.id })),
      evidenceBox(name, question.id), feedbackLink(question, index, `${name}-legend`)));
  });
  /* The disclosure; show(entry) opens it for saved evidence. Fields come on first opening; until then `pending` waits. */
  function evidenceBox(name, id) {
    const box = h("details", { class: "gsc-evidence" }, h("summary", { text: t(data, "evidence.add") }));
    let fields = null;
    let pending;
    box.addEventListener("toggle", () => {
      if (!box.open || fields) return;
      fields = import("./lazy/evidence-form.js").then((m) => m.evidenceFields(data, box, name, id, onEvidence));
      fields.then((f) => f.show(pending), () => { fields = null; });
    });
    forms.set(id, { show(entry) {
      pending = entry;
      if (fields) fields.then((f) => f.show(entry));
      else if (entry) box.open = true; // saved evidence is shown, not hidden behind the disclosure
    } });
    return box;
  }

  function feedbackLink(question, index, legend) {
    if (!data.feedback) return null;
    const href = feedbackUrl(data, question, selfCheck, t(data, "feedback.title", { number: index + 1, id: question.id }));
    // A new tab keeps the reader's place in the form; the issue page learns nothing of this one (noreferrer).
    return href && h("p", { class: "gsc-feedback" }, h("a", { href, target: "_blank", rel: "noopener noreferrer",
      "aria-describedby": legend, text: t(data, "feedback.link") }));
  }

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
    show(answers, notes = {}, evidence = {}, reveal = false) {
      for (const [id, form] of forms) form.show(evidence[id]);
      for (const input of form.querySelectorAll("input[type=radio]")) {
        input.checked = answers[input.getAttribute("data-question")] === input.value;
      }
      for (const area of form.querySelectorAll("textarea")) area.value = notes[area.getAttribute("data-note")] || "";
      areas.counts(answers);
      areas.reveal(answers, { ...evidence, ...notes }, reveal); // an area holding only evidence opens too
    },
    progress(res, answers) {
      progressText.textContent = t(data, "questions.progress", { count: res.total, answered: res.answered });
      bar.value = res.answered;
      areas.counts(answers);
    },
    goTo: areas.goTo,
  };
}
