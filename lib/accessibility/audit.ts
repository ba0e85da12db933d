import { z } from "zod";
import audit from "@/lib/accessibility/audit.json";

// What the accessibility statement says about conformance comes from the project's own tests: audit.json lists
// the routes, languages, rules and keyboard journeys that tests/e2e/accessibility.spec.ts checks, and that
// test fails when the file and the test disagree. The statement can therefore never claim more than is tested.

const AuditSchema = z.object({
  checkedOn: z.iso.date(),
  tool: z.string().min(1),
  rules: z.array(z.string().min(1)).min(1),
  locales: z.array(z.string().min(2)).min(1),
  routes: z.array(z.string().startsWith("/")).min(1),
  keyboardJourneys: z.array(z.enum(["find-offer", "register-for-event", "edit-offer"])),
  zoomWidth: z.number().int().positive(),
  violations: z.number().int().min(0),
});

export type AccessibilityAudit = z.infer<typeof AuditSchema>;

export const accessibilityAudit: AccessibilityAudit = AuditSchema.parse(audit);
