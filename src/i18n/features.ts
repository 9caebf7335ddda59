import { materialMessages } from '../materials/messages';
import type { FeatureMessages } from './catalog';

/** Feature catalogs merged into the app's (one line per feature folder's `messages.ts`). */
export const FEATURE_MESSAGES: FeatureMessages[] = [materialMessages];
