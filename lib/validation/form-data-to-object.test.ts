import fc from "fast-check";
import { formDataToObject } from "@/lib/validation/form-data-to-object";

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

test("builds nested lists and objects from dotted names, and lists from names ending in []", () => {
  expect(
    formDataToObject(
      form([
        ["title", "Deutschkurs"],
        ["topics[]", "sprache-bildung"],
        ["topics[]", "arbeit"],
        ["slots.0.weekday", "1"],
        ["slots.0.startTime", "09:00"],
        ["slots.1.weekday", "3"],
        ["$ACTION_ID_abc", ""],
      ]),
    ),
  ).toEqual({
    title: "Deutschkurs",
    topics: ["sprache-bildung", "arbeit"],
    slots: [{ weekday: "1", startTime: "09:00" }, { weekday: "3" }],
  });
});

test("a single checked box is still a list", () => {
  expect(formDataToObject(form([["languages[]", "ar"]]))).toEqual({ languages: ["ar"] });
});

test("never pollutes prototypes and never throws, whatever the names", () => {
  fc.assert(
    fc.property(
      fc.array(fc.tuple(fc.string({ maxLength: 30 }), fc.string({ maxLength: 10 })), { maxLength: 20 }),
      (entries) => {
        const result = formDataToObject(
          form([...entries, ["__proto__.polluted", "x"], ["a.constructor.prototype.b", "y"]]),
        );
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(typeof result).toBe("object");
      },
    ),
  );
});

test("drops a field whose list index no form uses, so a short name cannot build a list of millions of holes", () => {
  const result = formDataToObject(
    form([
      ["topics.9999999", "x"],
      ["slots.4294967294.weekday", "1"],
      ["slots.999.weekday", "2"],
    ]),
  );
  expect(result.topics).toBeUndefined();
  expect((result.slots as unknown[]).length).toBe(1000);
});
