import { readFileSync } from "node:fs";
import path from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { locales } from "@/lib/i18n/locales";

type Messages = { [key: string]: string | Messages };

function load(locale: string): Messages {
  return JSON.parse(readFileSync(path.join(process.cwd(), "messages", `${locale}.json`), "utf8")) as Messages;
}

function flatten(messages: Messages, prefix = ""): Map<string, string> {
  return new Map(
    Object.entries(messages).flatMap(([key, value]) =>
      typeof value === "string" ? [[`${prefix}${key}`, value] as const] : [...flatten(value, `${prefix}${key}.`)],
    ),
  );
}

function argumentNames(elements: MessageFormatElement[]): Set<string> {
  const names = new Set<string>();
  for (const element of elements) {
    if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date)
      names.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      names.add(element.value);
      for (const option of Object.values(element.options))
        for (const name of argumentNames(option.value)) names.add(name);
    }
  }
  return names;
}

const german = flatten(load("de"));

// Strings that may read exactly as in German: the product name and texts made only of placeholders and symbols
// in every language, plus words English shares with German.
const SAME_AS_GERMAN: Record<string, readonly string[]> = {
  all: [
    "Meta.siteName",
    "Mail.eventMessage.subject",
    "OrganisationForm.back",
    "OfferForm.back",
    "OfferPage.nearbyDistance",
  ],
  en: [
    "Offers.online",
    "OrganisationPage.website",
    "Forms.optional",
    "Dashboard.role.admin",
    "OrganisationDashboard.status",
    "OfferForm.contactName",
    "Audit.organisation",
    "WorkingGroups.statusLabel",
    "WorkingGroups.csv.status",
    "EventAdmin.columns.status",
    "EventAdmin.columns.name",
    "EventAdmin.columns.organisation",
    "EventAdmin.filters.status",
    "EventAdmin.form.status",
    "EventRegistration.name",
    "EventRegistration.organisation",
    "Network.profileForm.group.displayName",
    "Network.profileForm.group.organisation",
    "Review.identityFields.name",
    "Review.identityFields.website",
  ],
};

describe.each(locales.filter((locale) => locale !== "de"))("messages/%s.json", (locale) => {
  const messages = flatten(load(locale));

  test("has exactly the keys of the German source", () => {
    expect([...messages.keys()].sort()).toEqual([...german.keys()].sort());
  });

  test("no message is left in German (except the allow-list)", () => {
    const allowed = new Set([...(SAME_AS_GERMAN.all ?? []), ...(SAME_AS_GERMAN[locale] ?? [])]);
    const untranslated = [...german].filter(([key, source]) => messages.get(key) === source && !allowed.has(key));
    expect(untranslated.map(([key]) => key)).toEqual([]);
  });

  test("every message parses and uses the same placeholders as German", () => {
    for (const [key, source] of german) {
      const translated = messages.get(key);
      if (translated === undefined) continue;
      expect({ key, names: argumentNames(parse(translated)) }).toEqual({ key, names: argumentNames(parse(source)) });
    }
  });
});
