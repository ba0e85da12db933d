"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { z } from "zod";
import { FieldIdPrefix } from "@/components/forms/field-errors";
import { SelectField, TextField } from "@/components/forms/fields";
import { FormStatus } from "@/components/forms/form-status";
import { SchemaForm } from "@/components/forms/schema-form";
import { useSchemaForm, type FormAction } from "@/components/forms/use-schema-form";
import type { FieldErrors } from "@/lib/result";
import {
  OfferLinkInputSchema,
  RecommendationStatusInputSchema,
  recommendationStatuses,
  TopicLinkInputSchema,
  type RecommendationStatus,
} from "@/lib/working-groups/schemas";

type Props = {
  recommendationId: string;
  status: RecommendationStatus;
  topicOptions: { id: string; slug: string; name: string }[];
  linkedTopicIds: string[];
  actions: { status: FormAction<null>; linkOffer: FormAction<null>; linkTopic: FormAction<null> };
};

function ModerationForm({
  schema,
  action,
  idPrefix,
  label,
  submitLabel,
  children,
}: {
  schema: z.ZodType;
  action: FormAction<null>;
  idPrefix: string;
  label: string;
  submitLabel: string;
  children: (errors: FieldErrors) => ReactNode;
}) {
  const t = useTranslations("Forms");
  const form = useSchemaForm(schema, action);
  return (
    <FieldIdPrefix.Provider value={idPrefix}>
      <SchemaForm form={form} className="form moderation-form" aria-label={label}>
        <FormStatus {...form} success={form.result?.ok ? t("saved") : null} />
        {children(form.fieldErrors)}
        <button type="submit" className="button button--secondary" disabled={form.pending}>
          {form.pending ? t("saving") : submitLabel}
        </button>
      </SchemaForm>
    </FieldIdPrefix.Provider>
  );
}

/** The admins' tools for one recommendation: status and links to offers and topics. */
export function ModerationPanel({ recommendationId, status, topicOptions, linkedTopicIds, actions }: Props) {
  const t = useTranslations("WorkingGroups");
  const prefix = `moderate-${recommendationId}`;
  const freeTopics = topicOptions.filter((topic) => !linkedTopicIds.includes(topic.id));
  return (
    <div className="moderation-panel">
      <ModerationForm
        schema={RecommendationStatusInputSchema}
        action={actions.status}
        idPrefix={`${prefix}-status`}
        label={t("setStatus")}
        submitLabel={t("setStatus")}
      >
        {(errors) => (
          <SelectField
            name="status"
            label={t("statusLabel")}
            errors={errors}
            required
            defaultValue={status}
            options={recommendationStatuses.map((value) => ({ value, label: t(`status.${value}`) }))}
          />
        )}
      </ModerationForm>
      <ModerationForm
        schema={OfferLinkInputSchema}
        action={actions.linkOffer}
        idPrefix={`${prefix}-offer`}
        label={t("linkOffer")}
        submitLabel={t("linkOffer")}
      >
        {(errors) => (
          <TextField name="offer" label={t("offerLabel")} hint={t("offerHint")} errors={errors} required dir="ltr" />
        )}
      </ModerationForm>
      {freeTopics.length > 0 ? (
        <ModerationForm
          schema={TopicLinkInputSchema}
          action={actions.linkTopic}
          idPrefix={`${prefix}-topic`}
          label={t("linkTopic")}
          submitLabel={t("linkTopic")}
        >
          {(errors) => (
            <SelectField
              name="topic"
              label={t("topicLabel")}
              errors={errors}
              required
              placeholder={t("chooseTopic")}
              options={freeTopics.map((topic) => ({ value: topic.slug, label: topic.name }))}
            />
          )}
        </ModerationForm>
      ) : null}
    </div>
  );
}
