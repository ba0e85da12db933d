import ICAL from "ical.js";
import { GET } from "@/app/api/v1/events.ics/route";
import { env } from "@/lib/env";
import { makeEvent } from "@/tests/conference-factories";
import { resetDatabase } from "@/tests/setup/reset-database";

beforeEach(resetDatabase);

const get = (query = "", headers: HeadersInit = {}) =>
  GET(new Request(`http://localhost/api/v1/events.ics${query}`, { headers }));

/** The calendar as ical.js (an independent implementation) reads it. */
function parseCalendar(text: string) {
  return new ICAL.Component(ICAL.parse(text) as unknown[]);
}

test("the feed holds the events of the public events page: published and cancelled, no drafts, earliest first", async () => {
  const later = await makeEvent({ status: "published", startsAt: new Date(Date.now() + 60 * 86_400_000) });
  const sooner = await makeEvent({ status: "cancelled", startsAt: new Date(Date.now() + 10 * 86_400_000) });
  await makeEvent({ status: "draft" });

  const response = await get();

  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
  expect(response.headers.get("cache-control")).toBe("no-store");
  const text = await response.text();
  expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
  const calendar = parseCalendar(text);
  const vevents = calendar.getAllSubcomponents("vevent");
  expect(vevents.map((vevent) => vevent.getFirstPropertyValue("url"))).toEqual([
    `${env.PUBLIC_URL}/de/veranstaltungen/${sooner.slug}`,
    `${env.PUBLIC_URL}/de/veranstaltungen/${later.slug}`,
  ]);
  expect(vevents.map((vevent) => vevent.getFirstPropertyValue("status"))).toEqual(["CANCELLED", "CONFIRMED"]);
  expect(calendar.getAllSubcomponents("vtimezone").map((zone) => zone.getFirstPropertyValue("tzid"))).toEqual([
    "Europe/Berlin",
  ]);
  expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Integrationsatlas – Veranstaltungen");
});

test("the language comes from ?locale=, else from Accept-Language, else German", async () => {
  await makeEvent({ status: "published" });
  const name = async (query: string, headers: HeadersInit = {}) =>
    parseCalendar(await (await get(query, headers)).text()).getFirstPropertyValue("x-wr-calname");

  expect(await name("?locale=en")).toBe("Integrationsatlas – Events");
  expect(await name("", { "Accept-Language": "fa-IR, en;q=0.5" })).toBe("Integrationsatlas – رویدادها");
  expect(await name("?locale=xx", { "Accept-Language": "xx" })).toBe("Integrationsatlas – Veranstaltungen");
});

test("without events the feed is an empty, valid calendar", async () => {
  const calendar = parseCalendar(await (await get()).text());

  expect(calendar.getAllSubcomponents("vevent")).toHaveLength(0);
});
