// zod schemas for the Zalo Bot Platform wire format, as its documentation describes it.
// Objects are loose: unknown keys are kept, and fields that sources disagree on are all accepted.
import { z } from 'zod';

/** Platform limit for `text` and `caption` (UTF-16 code units, see spec section 6). */
export const ZALO_TEXT_LIMIT = 2000;

const id = z.union([z.string().min(1), z.number()]).transform(String);

export const envelopeSchema = z.looseObject({
  ok: z.boolean(),
  result: z.unknown().optional(),
  error_code: z.number().optional(),
  errorCode: z.number().optional(),
  description: z.string().optional(),
  // Undocumented; read if a server sends a Telegram-style hint.
  retry_after: z.number().optional(),
  parameters: z.looseObject({ retry_after: z.number().optional() }).optional(),
});

export const userSchema = z.looseObject({
  id,
  display_name: z.string().optional(),
  name: z.string().optional(),
  first_name: z.string().optional(),
  is_bot: z.boolean().optional(),
});

export const chatSchema = z.looseObject({
  id,
  chat_type: z.string().optional(),
});

export const messageSchema = z.looseObject({
  // Optional because `message.unsupported.received` may carry only `from`/`chat`.
  message_id: id.optional(),
  date: z.number().optional(),
  from: userSchema.optional(),
  chat: chatSchema.optional(),
  text: z.string().optional(),
  photo: z.string().optional(),
  photo_url: z.string().optional(),
  caption: z.string().optional(),
  sticker: z.string().optional(),
  url: z.string().optional(),
  voice_url: z.string().optional(),
  message_type: z.string().optional(),
});

export const updateSchema = z.looseObject({
  event_name: z.string().min(1),
  message: messageSchema.optional(),
});
export type ZaloUpdate = z.infer<typeof updateSchema>;

/** getUpdates: one object (docs), an array (some SDKs) or null; normalised to an array. */
export const updatesResultSchema = z
  .union([updateSchema, z.array(updateSchema), z.null()])
  .optional()
  .transform((r): ZaloUpdate[] => (r == null ? [] : Array.isArray(r) ? r : [r]));

/** Webhook body: wrapped `{ok, result}` or the bare update; the documentation shows both. */
export const webhookBodySchema = z.union([
  updateSchema,
  z.looseObject({ ok: z.boolean().optional(), result: updateSchema }).transform((w) => w.result),
]);

export const botInfoSchema = z.looseObject({
  id,
  account_name: z.string().optional(),
  account_type: z.string().optional(),
  can_join_groups: z.boolean().optional(),
  name: z.string().optional(),
});
export type ZaloBotInfo = z.infer<typeof botInfoSchema>;

export const webhookInfoSchema = z
  .looseObject({
    url: z.string().nullish(),
    updated_at: z.number().optional(),
  })
  .transform((w) => ({ ...w, url: w.url ?? '' }));
export type ZaloWebhookInfo = z.infer<typeof webhookInfoSchema>;

export const verificationSchema = z.looseObject({
  ok: z.boolean().optional(),
  url: z.string().optional(),
  outcome: z.string().optional(),
  hint: z.string().optional(),
});

export const setWebhookResultSchema = z.looseObject({
  url: z.string().nullish(),
  updated_at: z.number().optional(),
  verification: verificationSchema.optional(),
});
export type ZaloSetWebhookResult = z.infer<typeof setWebhookResultSchema>;

/** deleteWebhook: the docs text says `true`, the sample shows `{url: "", updated_at}`. */
export const deleteWebhookResultSchema = z.union([z.boolean(), z.looseObject({ url: z.string().nullish() })]).optional();

export const sendReceiptSchema = z.looseObject({
  message_id: id,
  date: z.number().optional(),
});
export type ZaloSendReceipt = z.infer<typeof sendReceiptSchema>;

/** sendChatAction answers `{ok: true}` with no result. */
export const noResultSchema = z.unknown();
