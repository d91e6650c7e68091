/* Sentences for the result: why the reader was placed at a level (or at none), and what this questionnaire is. */
import { h } from "./dom.js";
import { pct, t } from "./i18n.js";

export const levelLabel = (data, level) => t(data, "level.label", { number: level.number, name: level.name });

/* reason: the object score() returns in scoring.js; every number in the text comes from it. */
export function reasonText(data, reason) {
  if (reason.kind === "not-enough") {
    return t(data, "reason.not_enough", { points: reason.applicableMax, max: reason.max, needed: reason.needed });
  }
  const { band } = reason;
  const params = { score: reason.score, number: band.number, min: band.min, max: band.max };
  if (reason.kind === "gate") {
    const { gate } = reason;
    return t(data, "reason.gate", { ...params, earned: gate.earned, of: gate.max, gate: gate.level.number, needed: gate.needed,
      level: levelLabel(data, reason.level) });
  }
  if (!reason.gated) return t(data, "reason.score", params);
  return t(data, reason.percent === 50 ? "reason.gated_half" : "reason.gated", { ...params, percent: pct(data, reason.percent) });
}

/* What this is, shown with the result (and so in print): not the official assessment, and how it differs. */
export function aboutThis({ data, link }) {
  return h("p", { class: "gsc-about" }, t(data, "about.before"), link(data.official.url, t(data, "about.official")),
    t(data, "about.after", { title: data.official.title }));
}
