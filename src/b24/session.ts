/**
 * The app-lifetime REST session: which transport typed calls go through and the portal origin
 * the mappers resolve relative URLs against. `connectToPortal()` fills it once; tests fill it
 * with a fake transport (`setRestTransport(createFakeTransport(...))`).
 */
import { AppError } from './errors';
import type { MapContext } from './map';
import type { RestTransport } from './transport';

let transport: RestTransport | null = null;
let context: MapContext = { origin: null };

export function setRestTransport(next: RestTransport | null, ctx: MapContext = { origin: null }): void {
  transport = next;
  context = ctx;
}

/** The current transport; rejects with a 'portal-error' AppError before the app is connected. */
export function restTransport(): RestTransport {
  if (transport === null) {
    throw new AppError('portal-error', 'NOT_CONNECTED', 'The app is not connected to a Bitrix24 portal yet.');
  }
  return transport;
}

export function mapContext(): MapContext {
  return context;
}
