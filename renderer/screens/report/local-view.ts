import type { Card, CardView } from '../../../shared/domain';

/**
 * The services resolve a card (figures, department names, promises) only once it is saved. Text the
 * operator types is shown at once: the saved view with this window's own words laid over it.
 */
export function withLocalText(view: CardView, card: Card): CardView {
  const base = { title: card.title, hidden: card.hidden, notes: card.notes };
  if (view.kind !== card.kind) return { ...view, ...base };
  switch (card.kind) {
    case 'cover':
      return view.kind === 'cover'
        ? { ...view, ...base, subtitle: card.subtitle, dateText: card.dateText }
        : view;
    case 'welcome':
      return view.kind === 'welcome'
        ? { ...view, ...base, timeText: card.timeText, agenda: card.agenda, wifi: card.wifi }
        : view;
    case 'figure':
      return view.kind === 'figure'
        ? { ...view, ...base, label: card.label, sourceNote: card.sourceNote }
        : view;
    case 'chart':
      return view.kind === 'chart' ? { ...view, ...base, chartType: card.chartType } : view;
    case 'case':
      return view.kind === 'case'
        ? { ...view, ...base, body: card.body, before: card.before, after: card.after }
        : view;
    case 'shortcoming':
      return view.kind === 'shortcoming'
        ? {
            ...view,
            ...base,
            problem: card.problem,
            cause: card.cause,
            measure: card.measure,
            deadline: card.deadline,
          }
        : view;
    case 'list':
      return view.kind === 'list' ? { ...view, ...base, items: card.items } : view;
    case 'agenda':
      return view.kind === 'agenda' ? { ...view, ...base, plannedMinutes: card.plannedMinutes } : view;
    case 'closing':
      return view.kind === 'closing'
        ? { ...view, ...base, contact: card.contact, nextMeeting: card.nextMeeting, qrText: card.qrText }
        : view;
    case 'promises':
      return { ...view, ...base };
  }
}
