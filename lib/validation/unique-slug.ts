import { randomBytes } from "node:crypto";
import { slugify } from "@/lib/validation/slugify";

/** A slug from the title that `isTaken` does not know yet: "deutschkurs", else "deutschkurs-7f3a". */
export async function uniqueSlug(title: string, isTaken: (slug: string) => Promise<boolean>): Promise<string> {
  const base = slugify(title, 70) || "eintrag";
  if (!(await isTaken(base))) return base;
  for (;;) {
    const candidate = `${base}-${randomBytes(2).toString("hex")}`;
    if (!(await isTaken(candidate))) return candidate;
  }
}
