// electron-store is conf plus Electron's folders; this one is conf plus the fake app's folders.
// Used as `vi.mock('electron-store', () => import('./fake-electron-store'))`.
import Conf from 'conf';
import * as electron from './fake-electron';

const initialised = new WeakSet<object>();

export default class FakeElectronStore extends Conf<Record<string, unknown>> {
  constructor(options: { name?: string; cwd?: string } & Record<string, unknown> = {}) {
    const { name = 'config', cwd = electron.app.getPath('userData'), ...rest } = options;
    super({ ...rest, configName: name, cwd, projectVersion: '0.0.0-test' });
    // Like the real one: the first store answers renderer requests for its folder, unchecked.
    if (!initialised.has(electron.ipcMain)) {
      initialised.add(electron.ipcMain);
      electron.ipcMain.on('electron-store-get-data', () => undefined);
    }
  }
}
