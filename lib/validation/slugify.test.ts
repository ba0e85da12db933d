import { slugify } from "@/lib/validation/slugify";
import { slugSchema } from "@/lib/validation/fields";

describe("slugify", () => {
  test.each([
    ["Schloß Holte-Stukenbrock", "schloss-holte-stukenbrock"],
    ["Halle (Westf.)", "halle-westf"],
    ["Rheda-Wiedenbrück", "rheda-wiedenbrueck"],
    ["Gütersloh", "guetersloh"],
    ["Sprachcafé  für   Frauen!", "sprachcafe-fuer-frauen"],
    ["  --Ärztliche Öffnungszeiten-- ", "aerztliche-oeffnungszeiten"],
  ])("turns %p into %p, the rule the region files use", (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  test("cuts long text at a word boundary without a trailing hyphen", () => {
    const slug = slugify("Deutschkurs für Anfängerinnen und Anfänger mit Kinderbetreuung", 30);
    expect(slug.length).toBeLessThanOrEqual(30);
    expect(slug).not.toMatch(/-$/);
  });

  test("always produces a valid slug for text with letters or digits", () => {
    for (const text of ["Ünïcödé ñame 42", "A", "Verein Miteinander e. V."]) {
      expect(slugSchema.safeParse(slugify(text)).success).toBe(true);
    }
  });
});

describe("slugSchema", () => {
  test.each(["Verl", "verl--x", "-verl", "verl-", "ver l", "", "a".repeat(121)])("rejects %p", (value) => {
    expect(slugSchema.safeParse(value).success).toBe(false);
  });
});
