/*
 * Where a question's "Is this question unclear?" link leads: the repository's issue form (data.feedback, which the
 * build writes only when the site's configuration names a GitHub repository), with its one-line fields filled by
 * their ids, as GitHub issue forms take query parameters. It carries the question, its text, the questionnaire's
 * version and the self-check page's address, and nothing else: never the reader's answers or notes, nor the
 * address the reader is at (a share link's fragment holds answers; an embedding host's address is the host's).
 * Pure: no DOM.
 */
export function feedbackUrl(data, question, page, title) {
  const { url, template, fields } = data.feedback;
  const target = new URL(url);
  if (target.protocol !== "https:") return null;
  target.search = new URLSearchParams([
    ["template", template],
    ["title", title],
    [fields.question, question.id],
    [fields.text, question.text],
    [fields.version, data.model.version],
    [fields.page, page],
  ]).toString();
  return target.href;
}
