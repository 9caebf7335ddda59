import { materialMessages } from '../materials/messages';
import { reviewMessages } from '../review/messages';
import { auditMessages } from '../audit/messages';
import { dashboardMessages } from '../dashboard/messages';
import { qaMessages } from '../qa/messages';
import { workloadMessages } from '../workload/messages';
import { checkMessages } from '../checks/messages';
import { lookupMessages } from '../lookup/messages';
import { privacyMessages } from '../privacy/messages';
import { supportMessages } from '../support/messages';
import { reliabilityMessages } from '../reliability/messages';
import { keyboardMessages } from '../keyboard/messages';
import type { FeatureMessages } from './catalog';

/** Feature catalogs merged into the app's (one line per feature folder's `messages.ts`). */
export const FEATURE_MESSAGES: FeatureMessages[] = [
  materialMessages,
  reviewMessages,
  auditMessages,
  dashboardMessages,
  workloadMessages,
  qaMessages,
  checkMessages,
  lookupMessages,
  privacyMessages,
  supportMessages,
  reliabilityMessages,
  keyboardMessages,
];
