import { runContractSuite } from './contract-suite';
import { ipcHarness } from './harnesses';

runContractSuite('Electron IPC (bindIpc + preload bridge)', ipcHarness);
