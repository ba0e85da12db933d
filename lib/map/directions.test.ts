import { directionsHref } from "@/lib/map/directions";

test("opens OpenStreetMap's route planner with the place as the destination, rounded to about a metre", () => {
  const url = new URL(directionsHref({ lat: 51.909591234, lng: 8.38107 }));
  expect(url.origin).toBe("https://www.openstreetmap.org");
  expect(url.pathname).toBe("/directions");
  expect(url.searchParams.get("to")).toBe("51.90959,8.38107");
});
