import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportView } from '../../shared/domain';
import { formatShanghai } from '../../shared/logic/shanghai-time';
import { COLORS } from './card-style';
import { FitText } from './FitText';

export const HEADER_HEIGHT = 100;
export const FOOTER_HEIGHT = 76;
const CHROME_TEXT_PX = 40;
const FOOTER_TEXT_PX = 36;

export function Clock() {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 5_000);
    return () => clearInterval(timer);
  }, []);
  return (
    <span data-testid="card-clock" style={{ fontVariantNumeric: 'tabular-nums', fontWeight: 700 }}>
      {formatShanghai(now, 'HH:mm')}
    </span>
  );
}

/** The office's initial in a badge: there is no stored logo, and a blank square would look broken. */
function LogoBadge({ name }: { name: string }) {
  const initial = Array.from(name.trim())[0] ?? '·';
  return (
    <span
      data-testid="card-logo"
      aria-hidden
      style={{
        width: 68,
        height: 68,
        borderRadius: '50%',
        background: COLORS.accent,
        color: '#ffffff',
        display: 'inline-flex',
        alignItems: 'center',
        justifyContent: 'center',
        fontWeight: 800,
        fontSize: CHROME_TEXT_PX,
        flex: 'none',
      }}
    >
      {initial}
    </span>
  );
}

export function CardHeader({ report, showClock }: { report: ReportView; showClock: boolean }) {
  const { settings } = report;
  return (
    <header
      data-legibility="secondary"
      data-testid="card-header"
      style={{
        height: HEADER_HEIGHT,
        flex: 'none',
        display: 'flex',
        alignItems: 'center',
        gap: 24,
        padding: '0 64px',
        borderBottom: `4px solid ${COLORS.accent}`,
        fontSize: CHROME_TEXT_PX,
        color: COLORS.secondaryText,
        boxSizing: 'border-box',
      }}
    >
      {settings.showLogo && <LogoBadge name={report.officeName || report.meetingTitle} />}
      <FitText sizes={[CHROME_TEXT_PX, FOOTER_TEXT_PX]} maxHeight={HEADER_HEIGHT - 8} legibility="secondary">
        {[report.officeName, report.meetingTitle].filter(Boolean).join(' · ')}
      </FitText>
      {showClock && <Clock />}
    </header>
  );
}

export function CardFooter({
  report,
  page,
  showClock,
}: {
  report: ReportView;
  page: { n: number; total: number } | null;
  showClock: boolean;
}) {
  const { t } = useTranslation();
  return (
    <footer
      data-legibility="secondary"
      data-testid="card-footer"
      style={{
        height: FOOTER_HEIGHT,
        flex: 'none',
        display: 'flex',
        alignItems: 'center',
        gap: 24,
        padding: '0 64px',
        borderTop: `2px solid ${COLORS.rule}`,
        fontSize: FOOTER_TEXT_PX,
        color: COLORS.secondaryText,
        boxSizing: 'border-box',
      }}
    >
      <span style={{ flex: '1 1 auto', minWidth: 0 }}>{report.settings.footerText || report.officeName}</span>
      {showClock && <Clock />}
      {page && <span data-testid="card-page">{t('reportCard.page', { n: page.n, total: page.total })}</span>}
    </footer>
  );
}
