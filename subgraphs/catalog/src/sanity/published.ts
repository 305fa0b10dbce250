/** A Sanity document type name; it is written into GROQ, so nothing else may pass. */
const DOCUMENT_TYPE = /^[A-Za-z][A-Za-z0-9_]*$/;

/**
 * GROQ filter for the published documents of one type. The client already reads the `published`
 * perspective; the query says it as well, so the same GROQ pasted into Vision or a script with a
 * token that sees drafts still never serves one.
 */
export function published(type: string): string {
  if (!DOCUMENT_TYPE.test(type)) throw new Error(`not a document type name: ${type}`);
  return `_type == "${type}" && !(_id in path("drafts.**"))`;
}
