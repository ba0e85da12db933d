// Turns a submitted form into the plain object the zod schemas parse, on the server and in the browser alike.
// Names with dots build nested values ("slots.0.weekday" → { slots: [{ weekday }] }), so a field error's path
// is the name of the input it belongs to. A name ending in "[]" is always a list (checkbox groups).

type Nested = { [key: string]: unknown };

const UNSAFE_KEYS = new Set(["__proto__", "prototype", "constructor"]);
// No form has more than a few dozen rows (slots, working groups). A bigger index would make a sparse list that
// zod walks hole by hole: one field named "topics.9999999" took the process out of memory.
const MAX_LIST_INDEX = 999;
const isUnusable = (segment: string) =>
  UNSAFE_KEYS.has(segment) || segment === "" || (/^\d+$/.test(segment) && Number(segment) > MAX_LIST_INDEX);

export function formDataToObject(formData: FormData): Record<string, unknown> {
  const result: Nested = {};
  for (const [name, value] of formData.entries()) {
    if (typeof value !== "string" || name.startsWith("$ACTION")) continue; // files are not part of any form here
    if (name.endsWith("[]")) {
      const key = name.slice(0, -2);
      if (UNSAFE_KEYS.has(key)) continue;
      const list = Array.isArray(result[key]) ? (result[key] as unknown[]) : [];
      list.push(value);
      result[key] = list;
      continue;
    }
    setPath(result, name.split("."), value);
  }
  return result;
}

function setPath(target: Nested, path: string[], value: string): void {
  if (path.some(isUnusable)) return;
  let node: Nested = target;
  for (let i = 0; i < path.length - 1; i++) {
    const segment = path[i]!;
    const next = path[i + 1]!;
    const existing = node[segment];
    if (typeof existing !== "object" || existing === null) node[segment] = /^\d+$/.test(next) ? [] : {};
    node = node[segment] as Nested;
  }
  const last = path[path.length - 1]!;
  // A name sent twice keeps its first value: the form never does that, and a list must be declared with [].
  if (node[last] === undefined) node[last] = value;
}
