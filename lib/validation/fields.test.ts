import { z } from "zod";
import { fieldErrorsOf } from "@/lib/result";
import { requiredText } from "@/lib/validation/fields";

const errorOf = (value: unknown) => {
  const result = requiredText(3, 5).safeParse(value);
  return result.success ? null : fieldErrorsOf(result.error).form;
};

describe("requiredText", () => {
  test.each([undefined, "", "   "])("%j is reported as missing", (value) => {
    expect(errorOf(value)).toEqual([{ key: "required" }]);
  });

  test("too short and too long say so, with the limit", () => {
    expect(errorOf("ab")).toEqual([{ key: "tooShort", values: { min: 3 } }]);
    expect(errorOf("abcdef")).toEqual([{ key: "tooLong", values: { max: 5 } }]);
  });

  test("a valid value is trimmed", () => {
    expect(requiredText(3, 5).parse("  abc ")).toBe("abc");
  });
});

test("an empty required text does not stop the object's own checks (the summary lists everything)", () => {
  const schema = z.object({ title: requiredText(3, 10), places: z.array(z.string()) }).superRefine((value, ctx) => {
    if (value.places.length === 0) ctx.addIssue({ code: "custom", path: ["places"], message: "choosePlace" });
  });
  const result = schema.safeParse({ title: "", places: [] });
  expect(result.success ? null : fieldErrorsOf(result.error)).toEqual({
    title: [{ key: "required" }],
    places: [{ key: "choosePlace" }],
  });
});
