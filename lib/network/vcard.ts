// A contact as a vCard 4.0 file (RFC 6350), for the "save to address book" download of accepted contacts.
// Pure: the route loads the contact and decides who may have it.

export type VCardContact = {
  name: string;
  organisation: string | null;
  role: string | null;
  email: string;
  phone: string | null;
};

const CRLF = "\r\n";
const MAX_LINE_OCTETS = 75;

/** RFC 6350 §3.4: backslash, comma and semicolon are escaped, and a line break becomes "\n". */
export function escapeVCardText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/,/g, "\\,")
    .replace(/;/g, "\\;")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/**
 * RFC 6350 §3.2: a line longer than 75 octets continues on the next line after CRLF and one space. Counted in
 * UTF-8 octets and split between characters, so a multi-byte character (ü, ا) is never cut in half.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const character of line) {
    const size = Buffer.byteLength(character, "utf8");
    // Continuation lines begin with a space, which counts towards their 75 octets.
    const limit = parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

export function buildVCard(contact: VCardContact): string {
  const property = (name: string, value: string | null) =>
    value && value.trim() ? [`${name}:${escapeVCardText(value.trim())}`] : [];
  const lines = [
    "BEGIN:VCARD",
    "VERSION:4.0",
    "KIND:individual",
    // FN is the one required property; a person without a name is saved under their address.
    ...property("FN", contact.name.trim() || contact.email),
    ...property("ORG", contact.organisation),
    ...property("TITLE", contact.role),
    ...property("EMAIL", contact.email),
    // A free-text number as people typed it; vCard 4.0 allows text for TEL when marked so.
    ...property("TEL;VALUE=text", contact.phone),
    "END:VCARD",
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
