/** OpenStreetMap's route planner with the offer as the destination; the start is left to the reader. */
export function directionsHref({ lat, lng }: { lat: number; lng: number }): string {
  return `https://www.openstreetmap.org/directions?to=${lat.toFixed(5)}%2C${lng.toFixed(5)}`;
}
