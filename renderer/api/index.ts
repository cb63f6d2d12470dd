import { createApiClient, type ApiClient } from '../../shared/api';
import { pickConnection, type Connection } from './pick-transport';

/** Which transport carries the API is decided once, here. */
export const connection: Connection = pickConnection();

/** The one API object every screen uses. */
export const api: ApiClient = createApiClient(connection.transport);
