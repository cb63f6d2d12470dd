import { z } from 'zod';

export const PREFERENCES_SCHEMA_VERSION = 1;

export const Language = z.enum(['zh-CN', 'en-US']);
export type Language = z.infer<typeof Language>;

export const Preferences = z.object({
  schemaVersion: z.literal(PREFERENCES_SCHEMA_VERSION),
  language: Language,
});
export type Preferences = z.infer<typeof Preferences>;

export function defaultPreferences(): Preferences {
  return { schemaVersion: PREFERENCES_SCHEMA_VERSION, language: 'zh-CN' };
}
