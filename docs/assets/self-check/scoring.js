/*
 * Scoring for the self-check: answers in, score, level (with the reason for it), breakdown and plan out.
 * Pure functions over the JSON the build writes (assets/self-check/model.json): no DOM, no storage.
 * The rules below close two loopholes of a plain score: marking most questions "Not applicable" and
 * rescaling the rest, and reaching a high band on the lower levels' practices alone.
 */

/* points * max / applicableMax, rounded half up, in integers so that x.5 is never lost to float error */
export function rescale(points, applicableMax, max) {
  return Math.floor((2 * points * max + applicableMax) / (2 * applicableMax));
}

/* The band a score falls in: levels carry [min, max] score bands from the published model. */
export function levelFor(levels, score) {
  return levels.find((level) => score >= level.min && score <= level.max) || null;
}

/* The smallest whole n with n * 100 >= percent * of: thresholds shown to the reader are whole points. */
export function atLeast(percent, of) {
  return Math.ceil((percent * of) / 100);
}

const top = (scale) => scale.options.at(-1);

/* "Not applicable" is offered only where the data says why it may not apply; elsewhere it is no answer. */
export function fits(data, question, answer) {
  if (answer === data.contract.not_applicable) return Boolean(question.not_applicable);
  return scaleOf(data, question).options.some((option) => option.id === answer);
}

function scaleOf(data, question) {
  return data.scales.find((scale) => scale.id === question.scale);
}

/* The area a question counts for: its first practice's (the build lists a question's practices in one area). */
export function areaOf(data, question) {
  return data.practices[question.practices[0]].area;
}

/* "in-place" for the scale's last option, "missing" for its first, "partial" between, "na" for not applicable. */
export function answerStatus(data, question, answer) {
  if (answer === data.contract.not_applicable) return "na";
  const { options } = scaleOf(data, question);
  const index = options.findIndex((option) => option.id === answer);
  if (index === options.length - 1) return "in-place";
  return index === 0 ? "missing" : "partial";
}

/*
 * A practice's status from every question that assesses it: na only when all are na; otherwise judged on
 * the applicable ones, so a practice is in place only when every applicable answer says so.
 */
export function practiceStatus(statuses) {
  const applicable = statuses.filter((status) => status !== "na");
  if (!applicable.length) return statuses.length ? "na" : null;
  if (applicable.every((status) => status === "in-place")) return "in-place";
  return applicable.every((status) => status === "missing") ? "missing" : "partial";
}

/*
 * A level is earned at that level, not only through the total: level k (above the lowest) needs
 * level_gate_percent of the points of its own questions. Not applicable earns 0 there and stays in the
 * level's maximum, so a level whose questions are all marked not applicable cannot be reached.
 * Levels without questions have no gate.
 */
export function gates(data, answers) {
  const options = new Map(data.scales.map((s) => [s.id, new Map(s.options.map((o) => [o.id, o.points]))]));
  return data.levels.slice(1).map((level) => {
    const asked = data.questions.filter((q) => q.level === level.number);
    if (!asked.length) return null;
    const max = asked.reduce((sum, q) => sum + top(scaleOf(data, q)).points, 0);
    const earned = asked.reduce((sum, q) => sum + (options.get(q.scale).get(answers[q.id]) || 0), 0);
    const needed = atLeast(data.scoring.level_gate_percent, max);
    return { level, max, earned, needed, passes: earned >= needed };
  }).filter(Boolean);
}

/* The band level, lowered to the level below the first failing gate on the way up to it. */
export function place(data, band, levelGates) {
  const index = data.levels.indexOf(band);
  const failed = levelGates.find((g) => data.levels.indexOf(g.level) <= index && !g.passes);
  if (!failed) return { level: band, failed: null };
  return { level: data.levels[data.levels.indexOf(failed.level) - 1], failed };
}

/* A score means something only when enough of the questionnaire applies: rescaling a few answers would not. */
export function enoughApplies(data, applicableMax) {
  return applicableMax * 100 >= data.scoring.applicable_min_percent * data.model.max_score;
}

/*
 * answers: {questionId: optionId or the contract's not-applicable id}. Score and level need every
 * question answered and enough of them applicable; `reason` says how the level was reached, or why not.
 * options.target: the level number the plan should reach (see targetFor); the next level when absent.
 */
export function score(data, answers, options = {}) {
  const areas = new Map(data.areas.map((area) => [area.id, { id: area.id, name: area.name, points: 0, max: 0 }]));
  const perPractice = new Map();
  let answered = 0;
  let points = 0;
  let applicableMax = 0;
  for (const question of data.questions) {
    const answer = answers[question.id];
    if (!fits(data, question, answer)) continue;
    answered += 1;
    const status = answerStatus(data, question, answer);
    for (const id of question.practices) perPractice.set(id, [...(perPractice.get(id) || []), { question, status, answer }]);
    if (status === "na") continue;
    const earned = scaleOf(data, question).options.find((o) => o.id === answer).points;
    const area = areas.get(areaOf(data, question));
    points += earned;
    area.points += earned;
    const most = top(scaleOf(data, question)).points;
    applicableMax += most;
    area.max += most;
  }
  const max = data.model.max_score;
  const complete = answered === data.questions.length;
  const result = {
    answered, total: data.questions.length, complete, points, applicableMax, max, areas: [...areas.values()],
    score: null, band: null, level: null, reason: null, plan: null, inPlace: [], statuses: new Map(),
  };
  if (!complete) return result;
  result.statuses = statusesOf(data, perPractice);
  result.inPlace = [...result.statuses].filter(([, s]) => s === "in-place").map(([id]) => ({ id, ...data.practices[id] }));
  if (!enoughApplies(data, applicableMax)) {
    const needed = atLeast(data.scoring.applicable_min_percent, max);
    result.reason = { kind: "not-enough", points, applicableMax, max, needed };
    return result;
  }
  result.score = rescale(points, applicableMax, max);
  result.band = levelFor(data.levels, result.score);
  const levelGates = gates(data, answers);
  const placed = place(data, result.band, levelGates);
  const gated = levelGates.some((g) => g.level.number <= result.band.number);
  result.level = placed.level;
  result.reason = placed.failed
    ? { kind: "gate", score: result.score, band: result.band, gate: placed.failed, level: placed.level }
    : { kind: "band", score: result.score, band: result.band, gated, percent: data.scoring.level_gate_percent };
  result.plan = plan(data, result.level, result.statuses, result.areas, perPractice, options.target);
  return result;
}

function statusesOf(data, perPractice) {
  const statuses = new Map();
  for (const id of Object.keys(data.practices)) {
    const status = practiceStatus((perPractice.get(id) || []).map((entry) => entry.status));
    if (status) statuses.set(id, status);
  }
  return statuses;
}

/* The share of its points an area earned; areas where nothing applied sort last, as there is nothing to fix. */
function share(area) {
  return area && area.max > 0 ? area.points / area.max : Infinity;
}

/*
 * The level a plan leads to: the one the reader chose when it is above theirs, otherwise the next one
 * (null at the top). A stale or tampered choice so falls back to the default instead of an empty plan.
 */
export function targetFor(data, level, wanted) {
  const next = data.levels[data.levels.indexOf(level) + 1] || null;
  const chosen = data.levels.find((lv) => lv.number === wanted);
  return next && chosen && chosen.number > level.number ? chosen : next;
}

/*
 * What to work on: every practice up to the target level (the next one unless `wanted` names a higher one;
 * any level at the top) that is missing or partial, never one in place or not applicable. Lowest level
 * first, as a level is earned on its own practices; then the weakest area; then the guide's order.
 */
export function plan(data, level, statuses, areas, perPractice = new Map(), wanted = null) {
  const target = targetFor(data, level, wanted);
  const byArea = new Map(areas.map((area) => [area.id, area]));
  const order = Object.keys(data.practices);
  const items = [...statuses]
    .filter(([id, status]) => (status === "missing" || status === "partial") && (!target || data.practices[id].level <= target.number))
    .map(([id, status]) => {
      const answers = (perPractice.get(id) || []).filter((e) => e.status !== "na").map((e) => ({
        question: data.questions.indexOf(e.question) + 1, text: scaleOf(data, e.question).options.find((o) => o.id === e.answer).text,
      }));
      return { id, ...data.practices[id], status, answers };
    })
    .sort((a, b) => a.level - b.level || share(byArea.get(a.area)) - share(byArea.get(b.area)) || order.indexOf(a.id) - order.indexOf(b.id));
  return { target, items };
}

/*
 * The answers of a scale that earn no point although a lower answer exists (the one-point scale's "Partly"), each
 * with the first answer after it that earns one: the form says so under each question on that scale, from the
 * points themselves, so the sentence can never disagree with the scoring.
 */
export function unscoredAnswers(scale) {
  return scale.options.flatMap((option, index) => {
    if (index === 0 || option.points > 0) return [];
    const next = scale.options.slice(index + 1).find((later) => later.points > 0);
    return next ? [{ answer: option.text, next: next.text }] : [];
  });
}
