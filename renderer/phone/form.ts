import type { PhoneView } from '../../shared/domain/phone';
import { suggestCategory } from '../../shared/logic/live/question-category';
import type { Translate } from './i18n';
import { QUESTION_MAX as PHONE_QUESTION_MAX } from './wire';
import { h, mount, replaceContent, type DomLike } from './vnode';

/**
 * The ask form: mounted once and updated in place, so a redraw of the lists never loses what the
 * resident is typing. The category follows the text until the resident picks one themselves.
 */
export interface AskDraft {
  text: string;
  communityId: string | null;
  category: string;
}

export interface AskForm {
  element: Element;
  /** Communities and categories of the view; the form hides when the meeting takes no more questions. */
  update: (view: PhoneView | null) => void;
  /** After the outbox took the question. */
  reset: () => void;
}

/** Counted as the gateway counts: UTF-16 units after trimming, like zod's max on the text. */
export function questionLength(text: string): number {
  return text.trim().length;
}

export function draftProblem(text: string): 'empty' | 'tooLong' | null {
  const length = questionLength(text);
  if (length === 0) return 'empty';
  return length > PHONE_QUESTION_MAX ? 'tooLong' : null;
}

/** The categories offered: the meeting's, plus the suggestion when the meeting does not list it. */
export function categoryOptions(categories: readonly string[], suggestion: string | null): string[] {
  const out = categories.filter((name, index) => name.trim() !== '' && categories.indexOf(name) === index);
  if (suggestion !== null && out.indexOf(suggestion) < 0) out.push(suggestion);
  return out;
}

export function createAskForm(doc: Document, t: Translate, submit: (draft: AskDraft) => void): AskForm {
  const dom = doc as unknown as DomLike;
  let text!: HTMLTextAreaElement;
  let counter!: Element;
  let problem!: Element;
  let community!: HTMLSelectElement;
  let communityRow!: Element;
  let category!: HTMLSelectElement;
  let hint!: Element;
  let sent!: Element;
  let view: PhoneView | null = null;
  /** The resident chose a category themselves: the suggestion stops following the text. */
  let picked = false;
  let suggestion: string | null = null;

  const fillCategories = () => {
    const keep = category.value;
    const options = categoryOptions(view ? view.categories : [], suggestion);
    replaceContent(
      category,
      [h('option', { value: '' }, [t('ask.categoryNone')])].concat(
        options.map((name) => h('option', { value: name }, [name])),
      ),
      dom,
    );
    category.value = picked ? (options.indexOf(keep) >= 0 ? keep : '') : (suggestion ?? '');
  };

  const onInput = () => {
    const length = questionLength(text.value);
    counter.textContent = t('ask.counter', { count: length, max: PHONE_QUESTION_MAX });
    counter.className = length > PHONE_QUESTION_MAX ? 'counter over' : 'counter';
    problem.textContent = length > PHONE_QUESTION_MAX ? t('ask.tooLong', { max: PHONE_QUESTION_MAX }) : '';
    sent.textContent = '';
    const next = suggestCategory(text.value, view ? view.categories : []);
    if (next !== suggestion) {
      suggestion = next;
      fillCategories();
    }
    hint.textContent = !picked && suggestion !== null ? t('ask.suggested', { category: suggestion }) : '';
  };

  const onSubmit = (event: Event) => {
    event.preventDefault();
    const issue = draftProblem(text.value);
    if (issue !== null) {
      problem.textContent = t(issue === 'empty' ? 'ask.empty' : 'ask.tooLong', { max: PHONE_QUESTION_MAX });
      text.focus();
      return;
    }
    submit({
      text: text.value.trim(),
      communityId: community.value === '' ? null : community.value,
      category: category.value,
    });
  };

  const element = mount(
    h(
      'form',
      { class: 'card ask', novalidate: true, autocomplete: 'off' },
      [
        h('h2', null, [t('ask.heading')]),
        h('label', { for: 'ask-text', class: 'label' }, [t('ask.label')]),
        h(
          'textarea',
          {
            id: 'ask-text',
            name: 'text',
            rows: 5,
            placeholder: t('ask.placeholder'),
            'aria-describedby': 'ask-counter ask-problem',
          },
          [],
          { on: { input: onInput }, ref: (el) => (text = el as HTMLTextAreaElement) },
        ),
        h('p', { id: 'ask-counter', class: 'counter', 'aria-live': 'polite' }, [], {
          ref: (el) => (counter = el),
        }),
        h('p', { id: 'ask-problem', class: 'problem', role: 'alert' }, [], { ref: (el) => (problem = el) }),
        h(
          'div',
          { class: 'field' },
          [
            h('label', { for: 'ask-community', class: 'label' }, [t('ask.community')]),
            h('select', { id: 'ask-community', name: 'community' }, [], {
              ref: (el) => (community = el as HTMLSelectElement),
            }),
          ],
          { ref: (el) => (communityRow = el) },
        ),
        h('div', { class: 'field' }, [
          h('label', { for: 'ask-category', class: 'label' }, [t('ask.category')]),
          h('select', { id: 'ask-category', name: 'category' }, [], {
            on: {
              change: () => {
                picked = true;
                hint.textContent = '';
              },
            },
            ref: (el) => (category = el as HTMLSelectElement),
          }),
          h('p', { class: 'hint', 'aria-live': 'polite' }, [], { ref: (el) => (hint = el) }),
        ]),
        h('p', { class: 'note' }, [t('ask.anonymous')]),
        h('p', { class: 'note' }, [t('ask.moderation')]),
        h('button', { type: 'submit', class: 'button button-primary' }, [t('ask.submit')]),
        h('p', { class: 'sent', role: 'status' }, [], { ref: (el) => (sent = el) }),
      ],
      { on: { submit: onSubmit } },
    ),
    dom,
  ) as unknown as Element;

  let communitiesShown = '';
  const update = (next: PhoneView | null) => {
    view = next;
    const communities = next ? next.communities : [];
    const key = JSON.stringify(communities);
    if (key !== communitiesShown) {
      communitiesShown = key;
      const keep = community.value;
      replaceContent(
        community,
        [h('option', { value: '' }, [t('ask.communityNone')])].concat(
          communities.map((item) => h('option', { value: item.id }, [item.name])),
        ),
        dom,
      );
      community.value = communities.some((item) => item.id === keep) ? keep : '';
    }
    communityRow.className = communities.length > 0 ? 'field' : 'field hidden';
    fillCategories();
    element.className = next && !next.accepting ? 'card ask hidden' : 'card ask';
  };

  const reset = () => {
    text.value = '';
    picked = false;
    suggestion = null;
    onInput();
    sent.textContent = t('ask.sent');
  };

  update(null);
  onInput();
  return { element, update, reset };
}
