import { badgeProfileUrl } from "@/lib/events/badges";

const now = new Date("2026-06-12T10:00:00Z");
const publicUrl = "https://atlas.example.org";
const profile = (overrides: Partial<{ displayNameVisibility: string; visibleUntil: Date | null }> = {}) => ({
  id: "profile-1",
  displayNameVisibility: "attendees",
  visibleUntil: null,
  ...overrides,
});

describe("the QR code on a name badge", () => {
  test("links to the profile of a person who made their name visible to attendees or the public", () => {
    expect(badgeProfileUrl(profile(), publicUrl, now)).toBe("https://atlas.example.org/de/netzwerk/personen/profile-1");
    expect(badgeProfileUrl(profile({ displayNameVisibility: "public" }), publicUrl, now)).toBe(
      "https://atlas.example.org/de/netzwerk/personen/profile-1",
    );
  });

  test("is left off without a profile or when the name is visible to nobody", () => {
    expect(badgeProfileUrl(null, publicUrl, now)).toBeNull();
    expect(badgeProfileUrl(profile({ displayNameVisibility: "nobody" }), publicUrl, now)).toBeNull();
  });

  test("stays while the visibility runs and is left off once it expired", () => {
    expect(badgeProfileUrl(profile({ visibleUntil: new Date("2026-08-01T00:00:00Z") }), publicUrl, now)).not.toBeNull();
    expect(badgeProfileUrl(profile({ visibleUntil: new Date("2026-06-12T09:59:59Z") }), publicUrl, now)).toBeNull();
    expect(badgeProfileUrl(profile({ visibleUntil: now }), publicUrl, now)).toBeNull();
  });
});
