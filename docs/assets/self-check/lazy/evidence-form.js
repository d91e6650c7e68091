/*
 * The fields of the "Add evidence" disclosure under a question (questions.js makes the native <details>, which
 * keyboards and screen readers know, and loads this on its first opening, so a first visit does not carry it):
 * five labelled inputs and an interval in days that only fills in the review-by date (evidence.js stores one date).
 * A field that breaks a rule (a link that is not https, a day that does not exist) is marked invalid, said
 * in words, and left out of what is saved; the others save as typed.
 */
import { h } from "../dom.js";
import { badFields, FIELDS, isDay, tidy } from "../evidence.js";
import { t } from "../i18n.js";
import { reviewFrom } from "./evidence-due.js";

const TYPES = { what: "text", link: "url", owner: "text", checked: "date", review: "date" };

/* Days from `checked` to `review` (the interval shown), or null. */
export function intervalOf(entry) {
  if (!isDay(entry.checked || "") || !isDay(entry.review || "")) return null;
  return Math.round((Date.parse(entry.review) - Date.parse(entry.checked)) / 86400000);
}

/* Fills `element` (the question's <details>, its <summary> already in) with the fields; { show(entry) }. */
export function evidenceFields(data, element, name, id, onEvidence) {
  const tr = (key, params) => t(data, key, params);
  const max = data.contract.evidence_max_length;
  const error = h("p", { id: `${name}-ev-error`, class: "gsc-ev-error", hidden: true });
  const inputs = Object.fromEntries(FIELDS.map((field) => [field, h("input", {
    id: `${name}-ev-${field}`, type: TYPES[field], "data-evidence": field,
    maxlength: { date: null, url: data.contract.evidence_link_max_length, text: max }[TYPES[field]],
    autocomplete: "off",
  })]));
  const days = h("input", { id: `${name}-ev-days`, type: "number", min: 0, max: 36500, step: 1, inputmode: "numeric" });
  // evidence.what, evidence.link, evidence.owner, evidence.checked, evidence.review
  const row = (input, key) => h("p", { class: "gsc-ev-field" }, h("label", { for: input.id, text: tr(key) }), input);
  element.append(h("div", { class: "gsc-ev-fields" }, FIELDS.map((field) => row(inputs[field], `evidence.${field}`)), row(days, "evidence.days")),
    error);

  function read() {
    const entry = Object.fromEntries(FIELDS.map((field) => [field, inputs[field].value.trim()]));
    const bad = badFields(data, entry).filter((field) => field !== "entry");
    for (const field of FIELDS) {
      const wrong = bad.includes(field);
      inputs[field].toggleAttribute("aria-invalid", wrong);
      if (wrong) inputs[field].setAttribute("aria-describedby", error.id);
      else inputs[field].removeAttribute("aria-describedby");
    }
    error.hidden = !bad.length;
    // evidence.bad_link, evidence.bad_checked, evidence.bad_review, evidence.bad_what, evidence.bad_owner
    error.textContent = bad.map((field) => tr(`evidence.bad_${field}`, { count: field === "link" ? data.contract.evidence_link_max_length : max })).join(" ");
    for (const field of bad) delete entry[field];
    const kept = tidy(entry);
    return Object.keys(kept).length ? kept : null;
  }

  element.addEventListener("input", (event) => {
    event.stopPropagation(); // the form's note handler reads data-note only, but keep evidence typing to this box
    if (event.target === days) {
      const review = reviewFrom(inputs.checked.value, Number(days.value));
      if (review) inputs.review.value = review;
    } else if (event.target === inputs.checked || event.target === inputs.review) {
      const interval = intervalOf({ checked: inputs.checked.value, review: inputs.review.value });
      days.value = interval === null || interval < 0 ? "" : String(interval);
    }
    onEvidence(id, read());
  });

  return {
    show(entry) {
      for (const field of FIELDS) inputs[field].value = (entry && entry[field]) || "";
      const interval = entry ? intervalOf(entry) : null;
      days.value = interval === null || interval < 0 ? "" : String(interval);
      read();
    },
  };
}
