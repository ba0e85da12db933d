import ICAL from "ical.js";
import { buildVCard, escapeVCardText, foldLine } from "@/lib/network/vcard";

const contact = {
  name: "Maria Muster",
  organisation: "Caritas Gütersloh",
  role: "Beraterin",
  email: "maria@example.org",
  phone: "+49 5241 12345",
};

/** Undoes folding (RFC 6350 §3.2), so a test can read the logical lines. */
const unfold = (text: string) => text.replace(/\r\n /g, "");

test("a contact becomes a vCard 4.0 with CRLF line endings and one property per field", () => {
  const card = buildVCard(contact);

  expect(card).toBe(
    [
      "BEGIN:VCARD",
      "VERSION:4.0",
      "KIND:individual",
      "FN:Maria Muster",
      "ORG:Caritas Gütersloh",
      "TITLE:Beraterin",
      "EMAIL:maria@example.org",
      "TEL;VALUE=text:+49 5241 12345",
      "END:VCARD",
      "",
    ].join("\r\n"),
  );
  expect(card.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
});

test("fields that are missing are left out, and a person without a name is filed under their address", () => {
  const card = buildVCard({ name: " ", organisation: null, role: "", email: "anon@example.org", phone: null });

  expect(card.split("\r\n")).toEqual([
    "BEGIN:VCARD",
    "VERSION:4.0",
    "KIND:individual",
    "FN:anon@example.org",
    "EMAIL:anon@example.org",
    "END:VCARD",
    "",
  ]);
});

test("commas, semicolons, backslashes and line breaks are escaped", () => {
  expect(escapeVCardText("Müller, Meier; Co. \\ Söhne\r\nZweite Zeile\nDritte")).toBe(
    "Müller\\, Meier\\; Co. \\\\ Söhne\\nZweite Zeile\\nDritte",
  );
  const card = buildVCard({ ...contact, organisation: "Verein; e.V.", role: "Leitung,\nBeratung" });
  expect(card).toContain("\r\nORG:Verein\\; e.V.\r\n");
  expect(card).toContain("\r\nTITLE:Leitung\\,\\nBeratung\r\n");
});

test("lines over 75 octets are folded with CRLF and a space, never inside a multi-byte character", () => {
  const long = `FN:${"ä".repeat(100)}`; // 3 + 200 octets
  const folded = foldLine(long);

  const lines = folded.split("\r\n");
  expect(lines.length).toBeGreaterThan(2);
  for (const line of lines) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
  expect(lines.slice(1).every((line) => line.startsWith(" "))).toBe(true);
  expect(lines.join("").includes("\uFFFD")).toBe(false);
  expect(unfold(folded)).toBe(long);
  expect(foldLine("FN:kurz")).toBe("FN:kurz");
});

test("a parser reads the card back with the original values, however long and punctuated", () => {
  const role = "Koordination der Integrationsarbeit, Sprachmittlung und Beratung für Geflüchtete\naus der Ukraine";
  const card = buildVCard({ ...contact, organisation: "Verein; für Vielfalt, Verl e.V.", role });

  // ical.js parses vCard too (jCard, RFC 7095): an independent reading of what address books see.
  const vcard = new ICAL.Component(ICAL.parse(card) as unknown[]);
  expect(vcard.getFirstPropertyValue("fn")).toBe("Maria Muster");
  expect(vcard.getFirstPropertyValue("org")).toBe("Verein; für Vielfalt, Verl e.V.");
  expect(vcard.getFirstPropertyValue("title")).toBe(role);
  expect(vcard.getFirstPropertyValue("email")).toBe("maria@example.org");
  expect(vcard.getFirstPropertyValue("tel")).toBe("+49 5241 12345");
});
