import { runContractSuite } from './contract-suite';
import { runOpinionsContractSuite } from './opinions-suite';
import { ipcHarness } from './harnesses';

runContractSuite('Electron IPC (bindIpc + preload bridge)', ipcHarness);
runOpinionsContractSuite('Electron IPC (bindIpc + preload bridge)', ipcHarness);
