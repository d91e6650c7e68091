/*
 * Two snapshots side by side: per area and per practice what went up or down. Snapshots keep the answers
 * with the version they were made under; they are compared on the questions this version still asks whose
 * answers still fit in both (same id, answer still valid), and the result names those questions. Pure.
 */
import { fits } from "../scoring.js";
import { percent, practicesAsked, tally } from "./tally.js";

/* The questions both snapshots can be compared on, in the questionnaire's order. */
export function matching(data, before, after) {
  return data.questions.filter((q) => fits(data, q, before.answers[q.id]) && fits(data, q, after.answers[q.id]));
}

function direction(a, b) {
  if (a === null || b === null || a === b) return "same";
  return b > a ? "up" : "down";
}

export function compare(data, before, after) {
  const questions = matching(data, before, after);
  const a = tally(data, before.answers, questions);
  const b = tally(data, after.answers, questions);
  const areas = data.areas.map((area) => {
    const from = percent(a.areas.get(area.id));
    const to = percent(b.areas.get(area.id));
    return { id: area.id, name: area.name, before: from, after: to, change: direction(from, to) };
  });
  const practices = practicesAsked(data, questions).map((id) => {
    const from = a.practices.get(id);
    const to = b.practices.get(id);
    // Points decide the direction; a practice whose points are unchanged did not move, whatever its questions.
    const change = direction(percent(from), percent(to));
    return { id, ...data.practices[id], before: from.status, after: to.status, beforePercent: percent(from), afterPercent: percent(to), change };
  });
  const version = data.model.version;
  return {
    questions, all: questions.length === data.questions.length,
    older: before.model !== version || after.model !== version,
    areas, practices, up: practices.filter((p) => p.change === "up"), down: practices.filter((p) => p.change === "down"),
  };
}
