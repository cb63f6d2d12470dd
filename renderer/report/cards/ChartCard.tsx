import { useTranslation } from 'react-i18next';
import type { CardViewOf } from '../../../shared/domain';
import { chartCaption } from '../../../shared/logic/figure-text';
import { useCurrentLanguage } from '../../i18n/use-language';
import { COLORS, PRIMARY_MIN_PX } from '../card-style';
import { ChartCanvas } from '../chart/ChartCanvas';
import { formatChartValue, seriesColor } from '../chart/chart-config';
import { FitText } from '../FitText';
import { Body, CardTitle, Primary, Secondary } from './parts';

function Swatch({ color }: { color: string }) {
  return (
    <span
      data-chart-mark={color}
      style={{ width: '0.8em', height: '0.8em', background: color, display: 'inline-block', flex: 'none' }}
    />
  );
}

/** Pie slices named beside the pie, each with its value, since a slice has no room for its name. */
function PieLegend({ card, language }: { card: CardViewOf<'chart'>; language: string }) {
  const values = card.series[0]?.values ?? [];
  return (
    <FitText
      sizes={[PRIMARY_MIN_PX, 50, 46, 42]}
      legibility="primary"
      style={{ display: 'flex', flexDirection: 'column', justifyContent: 'center', gap: '0.3em' }}
    >
      {card.labels.map((label, i) => (
        <div key={i} style={{ display: 'flex', alignItems: 'center', gap: '0.4em', color: COLORS.text }}>
          <Swatch color={seriesColor(i)} />
          <span style={{ flex: '1 1 auto' }}>{label}</span>
          <span style={{ fontWeight: 700 }}>
            {values[i] === null || values[i] === undefined ? '—' : formatChartValue(values[i], language)}
          </span>
        </div>
      ))}
    </FitText>
  );
}

/** Series names, when there is more than one colour to tell apart. */
function SeriesLegend({ card }: { card: CardViewOf<'chart'> }) {
  if (card.series.length < 2) return null;
  return (
    <Primary
      size={PRIMARY_MIN_PX}
      style={{ display: 'flex', gap: '1em', flexWrap: 'wrap', marginBottom: 16, flex: 'none' }}
    >
      {card.series.map((s, i) => (
        <span key={i} style={{ display: 'inline-flex', alignItems: 'center', gap: '0.3em' }}>
          <Swatch color={seriesColor(i)} />
          {s.name}
        </span>
      ))}
    </Primary>
  );
}

export function ChartCard({ card, pixelRatio }: { card: CardViewOf<'chart'>; pixelRatio: number }) {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  const caption = chartCaption(card, language);
  return (
    <>
      <CardTitle text={card.title} />
      <Body>
        {card.empty ? (
          <div
            data-testid="chart-empty"
            style={{
              flex: '1 1 0',
              display: 'flex',
              flexDirection: 'column',
              justifyContent: 'center',
              alignItems: 'center',
              gap: 24,
              border: `4px dashed ${COLORS.rule}`,
              borderRadius: 16,
            }}
          >
            <Primary size={72} style={{ fontWeight: 700 }}>
              {t('reportCard.chart.empty')}
            </Primary>
            <Primary size={PRIMARY_MIN_PX} style={{ color: COLORS.secondaryText, textAlign: 'center' }}>
              {t('reportCard.chart.emptyHint')}
            </Primary>
          </div>
        ) : card.chartType === 'pie' ? (
          <div style={{ flex: '1 1 0', minHeight: 0, display: 'flex', gap: 48 }}>
            <div style={{ flex: '0 0 50%', display: 'flex' }}>
              <ChartCanvas view={card} pixelRatio={pixelRatio} language={language} />
            </div>
            <PieLegend card={card} language={language} />
          </div>
        ) : (
          <>
            <SeriesLegend card={card} />
            <ChartCanvas view={card} pixelRatio={pixelRatio} language={language} />
          </>
        )}
        {caption && (
          <Secondary size={44} style={{ marginTop: 16, flex: 'none' }}>
            {card.unit ? `${t('reportCard.chart.unit', { unit: card.unit })} · ${caption}` : caption}
          </Secondary>
        )}
      </Body>
    </>
  );
}
