/* Sentences for the result: why the reader was placed at a level (or at none), and what this questionnaire is. */
import { h } from "./dom.js";

export const levelLabel = (level) => `Level ${level.number} – ${level.name}`;
const band = (level) => `the Level ${level.number} band (${level.min}–${level.max})`;
const share = (percent) => (percent === 50 ? "half" : `${percent}%`);

/* reason: the object score() returns in scoring.js; every number in the text comes from it. */
export function reasonText(reason) {
  if (reason.kind === "not-enough") {
    return `Not enough of the questionnaire applies to place you at a level: the questions that apply are worth ${reason.applicableMax} `
      + `of the ${reason.max} points, and at least ${reason.needed} must apply. Answer more of them if they do apply to you.`;
  }
  const start = `Your score of ${reason.score} is in ${band(reason.band)}`;
  if (reason.kind === "gate") {
    const { gate } = reason;
    return `${start}, but you earned ${gate.earned} of the ${gate.max} points of Level ${gate.level.number}'s own practices, `
      + `and at least ${gate.needed} are needed, so you are placed at ${levelLabel(reason.level)}.`;
  }
  if (!reason.gated) return `${start}.`;
  return `${start}, and you earned at least ${share(reason.percent)} of the points of the practices of each level up to it.`;
}

/* What this is, shown with the result (and so in print): not the official assessment, and how it differs. */
export function aboutThis({ data, link }) {
  return h("p", { class: "gsc-about" },
    "This is the guide's own questionnaire, built on the published maturity model and its score bands. It is not ",
    link(data.official.url, "the official assessment"), ` (“${data.official.title}”): that one is Microsoft's questionnaire, `
      + "while this one asks one question per practice or pair of practices of this guide, so results can differ.");
}
