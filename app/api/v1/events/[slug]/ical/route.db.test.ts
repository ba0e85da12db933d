import ICAL from "ical.js";
import { NextRequest } from "next/server";
import { GET } from "@/app/api/v1/events/[slug]/ical/route";
import { env } from "@/lib/env";
import { makeEvent } from "@/tests/conference-factories";
import { resetDatabase } from "@/tests/setup/reset-database";

beforeEach(resetDatabase);

/** The event of the calendar text (ical.js parses it: an independent reading of what calendar apps see). */
function parseEvent(text: string): ICAL.Component {
  return new ICAL.Component(ICAL.parse(text) as unknown[]).getFirstSubcomponent("vevent")!;
}

const get = (slug: string, query = "", headers: HeadersInit = {}) =>
  GET(new NextRequest(`http://localhost/api/v1/events/${slug}/ical${query}`, { headers }), {
    params: Promise.resolve({ slug }),
  });

test("a published event is downloaded as an .ics attachment with its page in the requested locale", async () => {
  const event = await makeEvent({ status: "published" });

  const response = await get(event.slug, "?locale=ar");

  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
  expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${event.slug}.ics"`);
  const vevent = parseEvent(await response.text());
  expect(vevent.getFirstPropertyValue("uid")).toBe(`${event.id}@${new URL(env.PUBLIC_URL).host}`);
  expect(vevent.getFirstPropertyValue("url")).toBe(`${env.PUBLIC_URL}/ar/veranstaltungen/${event.slug}`);
});

test("an unknown locale falls back to German", async () => {
  const event = await makeEvent({ status: "published" });

  const text = await (await get(event.slug, "?locale=xx")).text();

  const vevent = parseEvent(text);
  expect(vevent.getFirstPropertyValue("url")).toBe(`${env.PUBLIC_URL}/de/veranstaltungen/${event.slug}`);
});

test("without ?locale= the Accept-Language header chooses the language; ?locale= wins over it", async () => {
  const event = await makeEvent({ status: "cancelled" });

  const fromHeader = parseEvent(
    await (await get(event.slug, "", { "Accept-Language": "xx, tr;q=0.9, en;q=0.8" })).text(),
  );
  const fromQuery = parseEvent(await (await get(event.slug, "?locale=pl", { "Accept-Language": "tr" })).text());

  expect(fromHeader.getFirstPropertyValue("summary")).toBe(`İptal edildi: ${event.title}`);
  expect(fromHeader.getFirstPropertyValue("url")).toBe(`${env.PUBLIC_URL}/tr/veranstaltungen/${event.slug}`);
  expect(fromQuery.getFirstPropertyValue("summary")).toBe(`Odwołane: ${event.title}`);
});

test("the file carries the VTIMEZONE of Europe/Berlin and ends its last line with CRLF", async () => {
  const event = await makeEvent({ status: "published" });

  const text = await (await get(event.slug)).text();

  expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  expect(calendar.getFirstSubcomponent("vtimezone")?.getFirstPropertyValue("tzid")).toBe("Europe/Berlin");
  expect(parseEvent(text).getFirstProperty("dtstart")?.getParameter("tzid")).toBe("Europe/Berlin");
});

test("a cancelled event still has its calendar file, marked CANCELLED", async () => {
  const event = await makeEvent({ status: "cancelled" });

  const response = await get(event.slug);

  expect(response.status).toBe(200);
  const vevent = parseEvent(await response.text());
  expect(vevent.getFirstPropertyValue("status")).toBe("CANCELLED");
});

test.each([
  ["a draft", async () => (await makeEvent({ status: "draft" })).slug],
  ["an unknown slug", () => Promise.resolve("gibt-es-nicht")],
  ["an invalid slug", () => Promise.resolve("Not A Slug")],
])("%s answers 404 with the API's error shape", async (_, slugOf) => {
  const response = await get(await slugOf());

  expect(response.status).toBe(404);
  expect(response.headers.get("cache-control")).toBe("no-store");
  expect(await response.json()).toEqual({ error: { code: "not_found", message: expect.any(String) } });
});
