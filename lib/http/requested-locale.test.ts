import { acceptedLocales, requestedLocale } from "@/lib/http/requested-locale";

const request = (query: string, acceptLanguage?: string) =>
  new Request(`http://localhost/api/v1/events.ics${query}`, {
    headers: acceptLanguage ? { "Accept-Language": acceptLanguage } : {},
  });

test.each([
  ["de-DE,de;q=0.9,en;q=0.8", ["de", "en"]],
  ["en;q=0.5, ar", ["ar", "en"]],
  ["fr-FR, uk-UA;q=0.7, ru;q=0.7", ["uk", "ru"]],
  ["tr;q=0, pl", ["pl"]],
  ["*", []],
  ["", []],
])("Accept-Language %j names the UI locales %j", (header, expected) => {
  expect(acceptedLocales(header)).toEqual(expected);
});

test("?locale= wins, then Accept-Language, then German", () => {
  expect(requestedLocale(request("?locale=fa", "en"))).toBe("fa");
  expect(requestedLocale(request("?locale=xx", "bg, en;q=0.1"))).toBe("bg");
  expect(requestedLocale(request("", "fr, it"))).toBe("de");
  expect(requestedLocale(request(""))).toBe("de");
});
