// German-aware slugs, the same rule as the region files: ä/ö/ü → ae/oe/ue, ß → ss, anything else
// non-alphanumeric becomes a single hyphen.
const replacements: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss" };

export function slugify(text: string, maxLength = 80): string {
  const slug = text
    .toLowerCase()
    .replace(/[äöüß]/g, (char) => replacements[char] ?? char)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug.slice(0, maxLength).replace(/-+$/, "");
}
