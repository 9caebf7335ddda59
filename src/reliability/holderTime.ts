import { cstDate } from '../domain/time';
import { serverNow } from '../providers/serverClock';
import { shortTime } from './conflict';

/** When a claim started, as `10:05` today or with the date on another day (CST). */
export function holderSince(claimedAt: string | null | undefined): string {
  return claimedAt ? shortTime(claimedAt, cstDate(serverNow())) : '';
}
