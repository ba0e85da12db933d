import { readNotice, withNotice } from "./action-notice";

describe("action notices", () => {
  it("adds the notice to a path, a path with a query and a path with a fragment", () => {
    expect(withNotice("/dashboard", "saved")).toBe("/dashboard?hinweis=saved");
    expect(withNotice("/netzwerk?q=a", "blocked")).toBe("/netzwerk?q=a&hinweis=blocked");
    expect(withNotice("/verwaltung#queue", "approved")).toBe("/verwaltung?hinweis=approved#queue");
  });

  it("reads only the known keys", () => {
    expect(readNotice("approved")).toBe("approved");
    expect(readNotice("<script>")).toBeNull();
    expect(readNotice("")).toBeNull();
    expect(readNotice(null)).toBeNull();
  });
});
