"use client";

import { useTranslations } from "next-intl";
import { FieldIdPrefix } from "@/components/forms/field-errors";
import { SelectField } from "@/components/forms/fields";
import { FormStatus } from "@/components/forms/form-status";
import { SchemaForm } from "@/components/forms/schema-form";
import { useSchemaForm, type FormAction } from "@/components/forms/use-schema-form";
import type { ModeratorCandidate } from "@/lib/working-groups/moderator-list";
import { ModeratorInputSchema } from "@/lib/working-groups/schemas";

type Props = { action: FormAction<null>; candidates: ModeratorCandidate[] };

/** The admins' form to appoint one of the event's people as the group's moderator. */
export function ModeratorForm({ action, candidates }: Props) {
  const t = useTranslations("WorkingGroups");
  const tForms = useTranslations("Forms");
  const form = useSchemaForm(ModeratorInputSchema, action);
  return (
    <FieldIdPrefix.Provider value="appoint-moderator">
      <SchemaForm form={form} className="form moderation-form" aria-label={t("appointModerator")}>
        <FormStatus
          {...form}
          labels={{ userId: t("moderatorLabel") }}
          success={form.result?.ok ? tForms("saved") : null}
        />
        <SelectField
          name="userId"
          label={t("moderatorLabel")}
          hint={t("moderatorHint")}
          errors={form.fieldErrors}
          required
          placeholder={t("chooseTopic")}
          options={candidates.map((candidate) => ({ value: candidate.userId, label: candidate.label }))}
        />
        <button type="submit" className="button button--secondary" disabled={form.pending}>
          {form.pending ? tForms("saving") : t("appointModerator")}
        </button>
      </SchemaForm>
    </FieldIdPrefix.Provider>
  );
}
