import { runContractSuite } from './contract-suite';
import { runOpinionsContractSuite } from './opinions-suite';
import { runLiveContractSuite } from './live-suite';
import { runPhoneContractSuite } from './phone-suite';
import { runFollowUpContractSuite } from './follow-up-suite';
import { runReportContractSuite } from './report-suite';
import { runProjectsContractSuite } from './projects-suite';
import { httpHarness } from './harnesses';

runContractSuite('HTTP (host mode on 127.0.0.1)', httpHarness);
runOpinionsContractSuite('HTTP (host mode on 127.0.0.1)', httpHarness);
runReportContractSuite('HTTP (host mode on 127.0.0.1)', httpHarness, { http: true });
runLiveContractSuite('HTTP (host mode on 127.0.0.1)', httpHarness);
runPhoneContractSuite('HTTP (host mode on 127.0.0.1)', httpHarness);
runFollowUpContractSuite('HTTP (host mode on 127.0.0.1)', httpHarness);
runProjectsContractSuite('HTTP (host mode on 127.0.0.1)', httpHarness);
