"use client";

import { useTranslations } from "next-intl";
import { CheckboxField, SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import { FormStatus } from "@/components/forms/form-status";
import { SchemaForm } from "@/components/forms/schema-form";
import { useSchemaForm, type FormAction } from "@/components/forms/use-schema-form";
import type { AdminEvent } from "@/lib/events/event-admin";
import { EventInputSchema, EventUpdateInputSchema, eventStatuses } from "@/lib/events/event-admin-schemas";
import { deadlineDay, toDateTimeInput } from "@/lib/events/event-time";
import { VenueLocationField } from "./venue-location-field";

type Municipality = { slug: string; name: string; center: { lat: number; lng: number } };

type Props<T> = {
  action: FormAction<T>;
  /** null: a new event (its working groups are made from the topics); else the event with its groups. */
  event: AdminEvent | null;
  municipalities: Municipality[];
  hasTiles: boolean;
};

export function EventForm<T>({ action, event, municipalities, hasTiles }: Props<T>) {
  const t = useTranslations("EventAdmin.form");
  const tStatus = useTranslations("EventAdmin.eventStatus");
  const tf = useTranslations("Forms");
  const form = useSchemaForm(event ? EventUpdateInputSchema : EventInputSchema, action);
  const errors = form.fieldErrors;
  const groupLabels = Object.fromEntries(
    (event?.workingGroups ?? []).flatMap((group, index) => [
      [`groups.${index}.title`, `${group.title}: ${t("groupTitle")}`],
      [`groups.${index}.description`, `${group.title}: ${t("groupDescription")}`],
      [`groups.${index}.capacity`, `${group.title}: ${t("groupCapacity")}`],
    ]),
  );
  return (
    <SchemaForm form={form} className="form">
      <FormStatus
        {...form}
        labels={{
          title: t("title"),
          description: t("description"),
          agenda: t("agenda"),
          startsAt: t("startsAt"),
          endsAt: t("endsAt"),
          venueName: t("venueName"),
          venueAddress: t("venueAddress"),
          municipality: t("municipality"),
          lat: t("location"),
          capacity: t("capacity"),
          registrationOpensAt: t("registrationOpensAt"),
          registrationClosesAt: t("registrationClosesAt"),
          status: t("status"),
          ...groupLabels,
        }}
        success={form.result?.ok ? tf("saved") : null}
      />
      <fieldset className="form-section">
        <legend>{t("sectionEvent")}</legend>
        <TextField
          name="title"
          label={t("title")}
          errors={errors}
          required
          defaultValue={event?.title}
          maxLength={160}
        />
        <TextAreaField
          name="description"
          label={t("description")}
          errors={errors}
          required
          defaultValue={event?.description}
          rows={6}
        />
        <TextAreaField
          name="agenda"
          label={t("agenda")}
          hint={t("agendaHint")}
          errors={errors}
          defaultValue={event?.agenda}
          rows={6}
        />
        <SelectField
          name="status"
          label={t("status")}
          hint={t("statusHint")}
          errors={errors}
          required
          defaultValue={event?.status ?? "draft"}
          options={eventStatuses.map((status) => ({ value: status, label: tStatus(status) }))}
        />
      </fieldset>
      <fieldset className="form-section">
        <legend>{t("sectionTime")}</legend>
        <div className="form-row">
          <TextField
            type="datetime-local"
            name="startsAt"
            label={t("startsAt")}
            hint={t("localTime")}
            errors={errors}
            required
            defaultValue={event ? toDateTimeInput(event.startsAt) : null}
          />
          <TextField
            type="datetime-local"
            name="endsAt"
            label={t("endsAt")}
            hint={t("localTime")}
            errors={errors}
            required
            defaultValue={event ? toDateTimeInput(event.endsAt) : null}
          />
        </div>
      </fieldset>
      <fieldset className="form-section">
        <legend>{t("sectionVenue")}</legend>
        <TextField
          name="venueName"
          label={t("venueName")}
          errors={errors}
          required
          defaultValue={event?.venueName}
          maxLength={160}
        />
        <TextAreaField
          name="venueAddress"
          label={t("venueAddress")}
          errors={errors}
          required
          defaultValue={event?.venueAddress}
          rows={2}
        />
        <SelectField
          name="municipality"
          label={t("municipality")}
          errors={errors}
          defaultValue={event?.municipalitySlug}
          placeholder={t("chooseMunicipality")}
          options={municipalities.map((m) => ({ value: m.slug, label: m.name }))}
        />
        <VenueLocationField
          errors={errors}
          initial={{ lat: event?.lat ?? null, lng: event?.lng ?? null }}
          municipalities={municipalities}
          municipalityFieldName="municipality"
          hasTiles={hasTiles}
        />
      </fieldset>
      <fieldset className="form-section">
        <legend>{t("sectionRegistration")}</legend>
        <TextField
          type="number"
          name="capacity"
          label={t("capacity")}
          hint={event ? t("capacityHintTaken", { count: event.confirmed }) : undefined}
          errors={errors}
          required
          defaultValue={event?.capacity}
          inputMode="numeric"
        />
        <div className="form-row">
          <TextField
            type="datetime-local"
            name="registrationOpensAt"
            label={t("registrationOpensAt")}
            hint={t("localTime")}
            errors={errors}
            required
            defaultValue={event ? toDateTimeInput(event.registrationOpensAt) : null}
          />
          {/* The last day of registration, open through the end of that day in Berlin (the schema stores the
              midnight that ends it), as people say deadlines: "bis einschließlich 1. Februar". */}
          <TextField
            type="date"
            name="registrationClosesAt"
            label={t("registrationClosesAt")}
            hint={t("deadlineHint")}
            errors={errors}
            required
            defaultValue={event ? deadlineDay(event.registrationClosesAt) : null}
          />
        </div>
        <CheckboxField
          name="hasWaitlist"
          label={t("hasWaitlist")}
          errors={errors}
          defaultChecked={event?.hasWaitlist ?? true}
        />
      </fieldset>
      <fieldset className="form-section">
        <legend>{t("sectionGroups")}</legend>
        {event === null ? <p className="hint">{t("groupsCreated")}</p> : null}
        {event?.workingGroups.length === 0 ? <p className="hint">{t("noGroups")}</p> : null}
        {event?.workingGroups.map((group, index) => (
          <fieldset key={group.id} className="form-section">
            <legend>{group.title}</legend>
            <input type="hidden" name={`groups.${index}.id`} value={group.id} />
            <TextField
              name={`groups.${index}.title`}
              label={t("groupTitle")}
              errors={errors}
              required
              defaultValue={group.title}
              maxLength={120}
            />
            <TextAreaField
              name={`groups.${index}.description`}
              label={t("groupDescription")}
              errors={errors}
              defaultValue={group.description}
              rows={3}
            />
            <TextField
              type="number"
              name={`groups.${index}.capacity`}
              label={t("groupCapacity")}
              hint={t("capacityHintTaken", { count: group.assigned })}
              errors={errors}
              required
              defaultValue={group.capacity}
              inputMode="numeric"
            />
          </fieldset>
        ))}
      </fieldset>
      <button type="submit" className="button" disabled={form.pending}>
        {form.pending ? tf("saving") : event ? t("save") : t("create")}
      </button>
    </SchemaForm>
  );
}
