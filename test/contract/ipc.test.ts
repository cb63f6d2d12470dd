import { runContractSuite } from './contract-suite';
import { runOpinionsContractSuite } from './opinions-suite';
import { runLiveContractSuite } from './live-suite';
import { runPhoneContractSuite } from './phone-suite';
import { runFollowUpContractSuite } from './follow-up-suite';
import { runReportContractSuite } from './report-suite';
import { runProjectsContractSuite } from './projects-suite';
import { ipcHarness } from './harnesses';

runContractSuite('Electron IPC (bindIpc + preload bridge)', ipcHarness);
runOpinionsContractSuite('Electron IPC (bindIpc + preload bridge)', ipcHarness);
runReportContractSuite('Electron IPC (bindIpc + preload bridge)', ipcHarness);
runLiveContractSuite('Electron IPC (bindIpc + preload bridge)', ipcHarness);
runPhoneContractSuite('Electron IPC (bindIpc + preload bridge)', ipcHarness);
runFollowUpContractSuite('Electron IPC (bindIpc + preload bridge)', ipcHarness);
runProjectsContractSuite('Electron IPC (bindIpc + preload bridge)', ipcHarness);
