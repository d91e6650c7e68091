/*
 * Points per area and per practice for one set of answers, restricted to some questions: the roll-up and the
 * comparison both need it, the comparison on only the questions two snapshots share. Pure.
 */
import { answerStatus, areaOf, fits, practiceStatus } from "../scoring.js";

const optionOf = (data, q, answer) => data.scales.find((s) => s.id === q.scale).options.find((o) => o.id === answer);
const topOf = (data, q) => data.scales.find((s) => s.id === q.scale).options.at(-1).points;

/* Whole percent, or null when nothing applies (so "not applicable" never reads as 0%). */
export const percent = (entry) => (entry && entry.max ? (100 * entry.points) / entry.max : null);

/* { areas: Map(id -> {points, max}), practices: Map(id -> {points, max, status}) }; unanswered questions are skipped. */
export function tally(data, answers, questions = data.questions) {
  const areas = new Map(data.areas.map((a) => [a.id, { points: 0, max: 0 }]));
  const practices = new Map();
  for (const q of questions) {
    const answer = answers[q.id];
    if (!fits(data, q, answer)) continue;
    const status = answerStatus(data, q, answer);
    const points = status === "na" ? 0 : optionOf(data, q, answer).points;
    const max = status === "na" ? 0 : topOf(data, q);
    const area = areas.get(areaOf(data, q));
    area.points += points;
    area.max += max;
    for (const id of q.practices) {
      const entry = practices.get(id) || { points: 0, max: 0, statuses: [] };
      entry.points += points;
      entry.max += max;
      entry.statuses.push(status);
      practices.set(id, entry);
    }
  }
  for (const entry of practices.values()) entry.status = practiceStatus(entry.statuses);
  return { areas, practices };
}

/* The practices the given questions ask about, in the guide's order. */
export function practicesAsked(data, questions = data.questions) {
  const asked = new Set(questions.flatMap((q) => q.practices));
  return Object.keys(data.practices).filter((id) => asked.has(id));
}
