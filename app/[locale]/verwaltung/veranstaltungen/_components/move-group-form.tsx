"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { FieldIdPrefix } from "@/components/forms/field-errors";
import { SelectField, TextAreaField } from "@/components/forms/fields";
import { FormStatus } from "@/components/forms/form-status";
import { SchemaForm } from "@/components/forms/schema-form";
import { useSchemaForm, type FormAction } from "@/components/forms/use-schema-form";
import { GroupMoveInputSchema } from "@/lib/events/schemas";

type Props = {
  action: FormAction<null>;
  /** Names the person in the form's accessible name, since the table has one such form per row. */
  personName: string;
  groups: { id: string; title: string }[];
  currentGroupId: string | null;
};

/** Moves one attendee into another working group; the reason is recorded with the move. */
export function MoveGroupForm({ action, personName, groups, currentGroupId }: Props) {
  const t = useTranslations("EventAdmin.move");
  const form = useSchemaForm(GroupMoveInputSchema, action);
  const id = useId();
  return (
    <FieldIdPrefix.Provider value={`move${id.replace(/[^a-zA-Z0-9]/g, "")}`}>
      <details className="move-group-form">
        <summary>
          {t("open")}
          <span className="visually-hidden">: {personName}</span>
        </summary>
        <SchemaForm form={form} className="form" aria-label={t("formLabel", { name: personName })}>
          <FormStatus
            {...form}
            labels={{ groupId: t("group"), reason: t("reason") }}
            success={form.result?.ok ? t("moved") : null}
          />
          <SelectField
            name="groupId"
            label={t("group")}
            errors={form.fieldErrors}
            required
            defaultValue={currentGroupId}
            placeholder={t("chooseGroup")}
            options={groups.map((group) => ({ value: group.id, label: group.title }))}
          />
          <TextAreaField
            name="reason"
            label={t("reason")}
            hint={t("reasonHint")}
            errors={form.fieldErrors}
            required
            rows={2}
          />
          <button type="submit" className="button button--secondary" disabled={form.pending}>
            {t("submit")}
          </button>
        </SchemaForm>
      </details>
    </FieldIdPrefix.Provider>
  );
}
