import { fieldErrorsOf } from "@/lib/result";
import { hasDomainEnding, optionalWebsite } from "@/lib/validation/fields";

const errorOf = (value: unknown) => {
  const result = optionalWebsite.safeParse(value);
  return result.success ? null : fieldErrorsOf(result.error).form;
};

describe("optionalWebsite", () => {
  test.each([
    ["www.integrationsbuero-bhz"],
    ["https://integrationsbuero-bhz"],
    ["localhost:3000"],
    ["http://127.0.0.1"],
    ["www.beispiel.d"],
    ["www.beispiel.de1"],
    ["www..de"],
  ])("%s is refused because it has no domain ending", (value) => {
    expect(errorOf(value)).toEqual([{ key: "urlDomainEnding" }]);
  });

  test.each([
    ["www.beispiel.de", "https://www.beispiel.de"],
    ["beispiel.de/kontakt?x=1", "https://beispiel.de/kontakt?x=1"],
    ["http://beispiel.de", "http://beispiel.de"],
    ["HTTPS://WWW.Beispiel.DE", "HTTPS://WWW.Beispiel.DE"],
    ["münster.de", "https://münster.de"],
    ["https://xn--mnster-3ya.de", "https://xn--mnster-3ya.de"],
    ["https://пример.рф", "https://пример.рф"],
    ["https://beispiel.museum:8080/a#b", "https://beispiel.museum:8080/a#b"],
  ])("%s is accepted as %s", (value, expected) => {
    expect(optionalWebsite.parse(value)).toBe(expected);
  });

  test("an empty field is no website, not an error", () => {
    expect(optionalWebsite.parse("  ")).toBeUndefined();
  });

  test("what is no web address at all gets the general message only", () => {
    expect(errorOf("ftp://beispiel.de")).toEqual([{ key: "url" }]);
    expect(errorOf("www.bei spiel.de")).toEqual([{ key: "url" }]);
  });
});

test("hasDomainEnding leaves unparseable input to the url check", () => {
  expect(hasDomainEnding("not a url")).toBe(true);
  expect(hasDomainEnding("https://a.b.c.de")).toBe(true);
  expect(hasDomainEnding("https://de")).toBe(false);
});
