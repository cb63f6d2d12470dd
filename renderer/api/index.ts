import { createApiClient, type ApiClient } from '../../shared/api';
import { pickTransport } from './pick-transport';

/** The one API object every screen uses; which transport carries it is decided once, here. */
export const api: ApiClient = createApiClient(pickTransport());
