/** The status controller's real dependencies: the portal through src/b24 and the browser clock. */
import { fetchMe, fetchMyStatus, getUserOption, reportAppError, setMyStatus, setUserOption, toAppError } from '../../b24';
import { DND_UNTIL_OPTION, parseUntil, serializeUntil } from './durations';
import type { StatusControllerDeps } from './statusController';

export function portalStatusDeps(): StatusControllerDeps {
  return {
    setStatus: setMyStatus,
    readStatus: fetchMyStatus,
    readMe: fetchMe,
    readStoredUntil: () => parseUntil(getUserOption(DND_UNTIL_OPTION)),
    saveUntil: (until) => setUserOption(DND_UNTIL_OPTION, serializeUntil(until)),
    report: (error) => reportAppError(toAppError(error, 'setUserOption')),
    now: () => Date.now(),
  };
}
