// The places-free states of an offer. Its own module, free of configuration, so browser code can import it.
export const availabilityValues = ["unknown", "free", "few", "waitlist", "full"] as const;
export type Availability = (typeof availabilityValues)[number];
