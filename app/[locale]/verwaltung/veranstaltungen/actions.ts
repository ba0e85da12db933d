"use server";

import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { getActor } from "@/lib/auth/session";
import { sendAttendeeMessage } from "@/lib/events/attendee-message";
import { createEvent, setCheckedIn, updateEvent } from "@/lib/events/event-admin";
import { moveRegistrationToGroup } from "@/lib/events/registration";
import { redirect } from "@/lib/i18n/navigation";
import { parseInput, runAction, type ActionResult } from "@/lib/result";
import { recordIdSchema } from "@/lib/validation/fields";
import { formDataToObject } from "@/lib/validation/form-data-to-object";

// The admins' event actions. Bound ids travel through the browser, so they are parsed; the lib functions
// authorise ("event:manage") and validate the form.

type Result = ActionResult<null>;

const id = (value: unknown) => parseInput(recordIdSchema, value);
const refresh = () => revalidatePath("/[locale]/verwaltung/veranstaltungen", "layout");

export async function createEventAction(
  _previous: ActionResult<{ slug: string }> | null,
  formData: FormData,
): Promise<ActionResult<{ slug: string }>> {
  const result = await runAction(async () => {
    const { slug } = await createEvent(await getActor(), formDataToObject(formData));
    refresh();
    return { slug };
  }, formData);
  if (result.ok) redirect({ href: `/verwaltung/veranstaltungen/${result.data.slug}`, locale: await getLocale() });
  return result;
}

export async function updateEventAction(
  eventId: string,
  _previous: Result | null,
  formData: FormData,
): Promise<Result> {
  return runAction(async () => {
    await updateEvent(await getActor(), id(eventId), formDataToObject(formData));
    refresh();
    return null;
  }, formData);
}

export async function moveToGroupAction(
  registrationId: string,
  _previous: Result | null,
  formData: FormData,
): Promise<Result> {
  return runAction(async () => {
    await moveRegistrationToGroup(await getActor(), id(registrationId), formDataToObject(formData));
    refresh();
    return null;
  }, formData);
}

export async function setCheckedInAction(
  registrationId: string,
  checkedIn: boolean,
  _previous: Result | null,
): Promise<Result> {
  return runAction(async () => {
    await setCheckedIn(await getActor(), id(registrationId), parseInput(z.boolean(), checkedIn));
    refresh();
    return null;
  });
}

export async function sendAttendeeMessageAction(
  eventId: string,
  _previous: ActionResult<{ recipients: number; failed: number }> | null,
  formData: FormData,
): Promise<ActionResult<{ recipients: number; failed: number }>> {
  return runAction(
    async () => sendAttendeeMessage(await getActor(), id(eventId), formDataToObject(formData)),
    formData,
  );
}
