// Zod-free on purpose: the sandboxed preload bundles this file, and pulling the contract's schemas in
// would add ~0.5 MB and ~60 ms to every window load. The compiler keeps this list equal to the
// contract: `satisfies` rejects a missing method and the object literal rejects an unknown one.
import type { Method } from '../../shared/api/contract';

const CONTRACT_METHODS = {
  'app.info': true,
  'app.dismissNotice': true,
  'preferences.get': true,
  'preferences.update': true,
  'office.get': true,
  'office.update': true,
  'communities.create': true,
  'communities.update': true,
  'communities.delete': true,
  'communities.reorder': true,
  'communities.merge': true,
  'departments.create': true,
  'departments.update': true,
  'departments.delete': true,
  'departments.reorder': true,
  'departments.merge': true,
  'sample.install': true,
  'sample.remove': true,
  'meetings.list': true,
  'meetings.get': true,
  'meetings.create': true,
  'meetings.update': true,
  'meetings.duplicate': true,
  'meetings.delete': true,
  'meetings.undoDelete': true,
  'meetings.trash': true,
  'meetings.restore': true,
  'imports.preview': true,
  'imports.cancel': true,
  'imports.confirm': true,
  'imports.undo': true,
  'imports.list': true,
  'imports.presets': true,
  'imports.savePreset': true,
  'imports.deletePreset': true,
  'opinions.list': true,
  'opinions.create': true,
  'opinions.update': true,
  'opinions.delete': true,
  'opinions.analysis': true,
  'groups.list': true,
  'groups.create': true,
  'groups.update': true,
  'groups.delete': true,
  'report.get': true,
  'report.save': true,
  'report.draft': true,
  'report.startFrom': true,
  'report.view': true,
  'report.exportPdf': true,
  'media.add': true,
  'media.get': true,
  'presentation.get': true,
  'presentation.act': true,
  'projector.displays': true,
  'projector.open': true,
} as const satisfies Record<Method, true>;

export const contractMethodNames = Object.keys(CONTRACT_METHODS) as Method[];

export function isContractMethod(name: unknown): name is Method {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(CONTRACT_METHODS, name);
}
