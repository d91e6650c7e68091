/*
 * The widget's words in the reader's language. The build writes the message catalog into the widget's JSON
 * (data.messages, from data/messages/widget.yml or its translation, for the locale data.lang): key -> text, or
 * { one, other, ... } by plural category, with {name} placeholders. Numbers, percentages and dates are formatted
 * for that locale by Intl, so a pt-BR reader reads "1.234" and "07/12/2026". Pure: no DOM, no storage.
 */
const formats = new Map();
const DAY = { year: "numeric", month: "2-digit", day: "2-digit" };

function intl(lang) {
  if (!formats.has(lang)) {
    let tag = lang;
    try {
      Intl.getCanonicalLocales(tag);
    } catch {
      tag = "en"; // a tag Intl refuses (never one the build writes) still gets numbers
    }
    formats.set(lang, {
      plural: new Intl.PluralRules(tag),
      number: new Intl.NumberFormat(tag, { maximumFractionDigits: 1 }),
      percent: new Intl.NumberFormat(tag, { style: "percent", maximumFractionDigits: 0 }),
      // Digits only: month names would be English in the pseudo-locale, which Intl does not know.
      day: new Intl.DateTimeFormat(tag, { ...DAY, timeZone: "UTC" }),
    });
  }
  return formats.get(lang);
}

const show = (f, value) => (typeof value === "number" ? f.number.format(value) : String(value));

/*
 * The text of `key` with its {placeholders} filled from params (numbers formatted); a plural entry picks its form
 * by params.count. A key the catalog lacks shows as the key itself: the tests keep every key the code uses there.
 */
export function t(data, key, params = {}) {
  const f = intl(data.lang);
  let text = data.messages[key];
  if (text === undefined) return key;
  if (typeof text !== "string") text = text[f.plural.select(params.count)] ?? text.other;
  return text.replace(/\{([A-Za-z_]\w*)\}/g, (all, name) => (name in params ? show(f, params[name]) : all));
}

/* 0-100 (null: nothing applies) as a whole percent in the catalog's locale, or the catalog's "none" mark. */
export const pct = (data, value) => (value === null || value === undefined ? t(data, "none") : intl(data.lang).percent.format(value / 100));

/* A Date (or ISO text) as a day in UTC, so every computer shows the same. (Snapshots keep their ISO time: when().) */
export const day = (data, date) => intl(data.lang).day.format(new Date(date));
