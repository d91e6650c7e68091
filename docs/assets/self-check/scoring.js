/*
 * Scoring for the self-check: answers in, score, level, per-area breakdown and next-step plan out.
 * Pure functions over the JSON the build writes (assets/self-check/model.json): no DOM, no storage,
 * so the browser tests can import this module on its own and check every rule.
 */
/* points * max / applicableMax, rounded half up, in integers so that x.5 is never lost to float error */
export function rescale(points, applicableMax, max) {
  return Math.floor((2 * points * max + applicableMax) / (2 * applicableMax));
}

export function levelFor(levels, score) {
  return levels.find((level) => score >= level.min && score <= level.max) || null;
}

function topPoints(scale) {
  return Math.max(...scale.options.map((option) => option.points));
}

/*
 * answers: {questionId: optionId or the contract's not-applicable id}. The result has a score only when
 * every question is answered and at least one applies; otherwise score and level are null.
 */
export function score(data, answers) {
  const na = data.contract.not_applicable;
  const scales = new Map(data.scales.map((scale) => [scale.id, scale]));
  const areas = new Map(data.areas.map((area) => [area.id, { id: area.id, name: area.name, points: 0, max: 0, asked: 0 }]));
  const gaps = [];
  let answered = 0;
  let points = 0;
  let applicableMax = 0;
  for (const question of data.questions) {
    const practice = data.practices[question.practice];
    const area = areas.get(practice.area);
    const scale = scales.get(question.scale);
    const top = topPoints(scale);
    area.asked += 1;
    const answer = answers[question.id];
    const option = scale.options.find((candidate) => candidate.id === answer);
    if (answer !== na && !option) continue;
    answered += 1;
    if (!option) continue;
    points += option.points;
    applicableMax += top;
    area.points += option.points;
    area.max += top;
    if (option.points < top) gaps.push({ question, practice, answer: option });
  }
  const max = data.model.max_score;
  const complete = answered === data.questions.length;
  const value = complete && applicableMax > 0 ? rescale(points, applicableMax, max) : null;
  const level = value === null ? null : levelFor(data.levels, value);
  return {
    answered, total: data.questions.length, complete, points, applicableMax, max, score: value, level,
    areas: [...areas.values()],
    plan: level ? plan(data, level, [...areas.values()], gaps) : null,
  };
}

/* The share of its points an area earned; areas where nothing applied sort last, as there is nothing to fix. */
function share(area) {
  return area.max > 0 ? area.points / area.max : Infinity;
}

/*
 * The practices to work on: those not at the top answer and expected by the next level (or one below),
 * grouped by area, weakest area first. At the top level, or when nothing below the next level is missing,
 * every practice not fully in place.
 */
export function plan(data, level, areas, gaps) {
  const target = data.levels.find((candidate) => candidate.number === level.number + 1) || null;
  let chosen = target ? gaps.filter((gap) => gap.practice.level <= target.number) : gaps;
  const beyond = chosen.length === 0 && gaps.length > 0;
  if (beyond) chosen = gaps;
  const order = [...areas].sort((a, b) => share(a) - share(b));
  const groups = [];
  for (const area of order) {
    const seen = new Set();
    const items = [];
    for (const gap of chosen) {
      if (gap.practice.area !== area.id || seen.has(gap.question.practice)) continue;
      seen.add(gap.question.practice);
      items.push({ id: gap.question.practice, ...gap.practice, answer: gap.answer.text });
    }
    items.sort((a, b) => a.level - b.level);
    if (items.length) groups.push({ area, items });
  }
  return { target, beyond, groups };
}
