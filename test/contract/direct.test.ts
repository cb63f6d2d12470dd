import { runContractSuite } from './contract-suite';
import { runOpinionsContractSuite } from './opinions-suite';
import { runLiveContractSuite } from './live-suite';
import { runPhoneContractSuite } from './phone-suite';
import { runFollowUpContractSuite } from './follow-up-suite';
import { runReportContractSuite } from './report-suite';
import { runProjectsContractSuite } from './projects-suite';
import { directHarness } from './harnesses';

runContractSuite('direct dispatch', directHarness);
runOpinionsContractSuite('direct dispatch', directHarness);
runReportContractSuite('direct dispatch', directHarness);
runLiveContractSuite('direct dispatch', directHarness);
runPhoneContractSuite('direct dispatch', directHarness);
runFollowUpContractSuite('direct dispatch', directHarness);
runProjectsContractSuite('direct dispatch', directHarness);
