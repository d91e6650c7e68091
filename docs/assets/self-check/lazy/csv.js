/*
 * The CSV report: one row per question (area, practices, question, answer, points, note), RFC 4180 quoting,
 * CRLF lines and a byte-order mark so spreadsheets read the UTF-8. A cell that starts with = + - @ (or a tab
 * or carriage return) gets a leading ' so no spreadsheet runs it as a formula (CSV injection). Pure.
 */
const FORMULA = /^[=+\-@\t\r]/;

export function cell(value) {
  let text = value === null || value === undefined ? "" : String(value);
  if (FORMULA.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const HEADER = ["Number", "Area", "Practices", "Question", "Answer", "Points", "Most points", "Note"];

export function csvText(data, answers, notes = {}) {
  const areaName = (id) => data.areas.find((a) => a.id === id).name;
  const rows = data.questions.map((q, i) => {
    const scale = data.scales.find((s) => s.id === q.scale);
    const answer = answers[q.id];
    const option = scale.options.find((o) => o.id === answer);
    const text = answer === data.contract.not_applicable && q.not_applicable ? "Not applicable" : option ? option.text : "";
    const practices = q.practices.map((id) => data.practices[id]);
    return [i + 1, areaName(practices[0].area), practices.map((p) => p.title).join("; "), q.text, text,
      option ? option.points : "", scale.options.at(-1).points, notes[q.id] || ""];
  });
  return "\uFEFF" + [HEADER, ...rows].map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}
