/*
 * An embedded self-check's look: a theme from the contract's list (else its first, the default), and an
 * accent taken only as 3 or 6 hex digits, "#" optional; anything else is ignored. The CSS uses the accent
 * for fills and borders only, never text, so text keeps its AA contrast whatever a host picks.
 */
export function accentColor(value) {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(typeof value === "string" ? value : "");
  return match ? `#${match[1]}` : null;
}

export function applyLook(el, contract, theme, accent) {
  el.setAttribute("data-gsc-theme", contract.themes.includes(theme) ? theme : contract.themes[0]);
  const color = accentColor(accent);
  if (color) el.style.setProperty("--gsc-accent-custom", color); // CSSOM, which a style-src CSP allows
  else el.style.removeProperty("--gsc-accent-custom");
}
