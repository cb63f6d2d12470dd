import { App, AutoComplete, Button, Input, Select, Tag, Tooltip, Typography, type InputRef } from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import type { RefSelectProps } from 'antd/es/select';
import {
  forwardRef,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent as ReactKeyboardEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import { QuestionDraft, type Community, type Department, type Question } from '../../../../shared/domain';
import { suggestCategory, QUESTION_CATEGORIES } from '../../../../shared/logic/live/question-category';
import { similarQuestions } from '../../../../shared/logic/live/question-similarity';
import { askerCount } from '../../../../shared/logic/live/live-counts';
import { call } from '../../../data/call';
import { useLiveCall } from '../use-live-call';
import { FieldError, FieldLabel } from './FieldLabel';
import { fieldErrorsOfApi, fieldErrorsOfZod, type FieldErrors } from './field-errors';
import { mergeCandidates, usedCategories } from './open-questions';

/** Duplicates are looked for once the text says enough to compare. */
const MIN_DUPLICATE_TEXT = 4;
const MAX_DUPLICATES = 3;
const UNDO_SECONDS = 10;

export interface QuestionEntryHandle {
  focus: () => void;
}

interface Props {
  meetingId: string;
  questions: readonly Question[];
  communities: readonly Community[];
  departments: readonly Department[];
  by: string;
  disabled: boolean;
}

interface EntryValues {
  communityId: string | null;
  text: string;
  /** What the operator typed in 类别; null while it follows the suggestion. */
  category: string | null;
  departmentId: string | null;
  askerName: string;
  askerPhone: string;
}

const EMPTY: EntryValues = {
  communityId: null,
  text: '',
  category: null,
  departmentId: null,
  askerName: '',
  askerPhone: '',
};

function newClientId(): string {
  return `console-${crypto.randomUUID()}`;
}

/**
 * 录入: paper slips and questions asked aloud, typed fast. Enter saves once the question is on disk,
 * then the form clears and focus goes back to 社区 for the next slip; a failed save keeps everything.
 */
export const QuestionEntry = forwardRef<QuestionEntryHandle, Props>(function QuestionEntry(
  { meetingId, questions, communities, departments, by, disabled },
  ref,
) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const live = useLiveCall(meetingId);
  const [values, setValues] = useState<EntryValues>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  // One key per question being entered: a retry after a lost answer is stored once, not twice.
  const clientId = useRef(newClientId());
  const communityRef = useRef<RefSelectProps>(null);
  const textRef = useRef<TextAreaRef>(null);
  const nameRef = useRef<InputRef>(null);

  useImperativeHandle(ref, () => ({ focus: () => communityRef.current?.focus() }), []);

  const extraCategories = useMemo(() => usedCategories(questions), [questions]);
  const suggested = useMemo(
    () => (values.text.trim() ? suggestCategory(values.text, extraCategories) : null),
    [values.text, extraCategories],
  );
  const category = values.category ?? suggested ?? '';
  const categoryOptions = useMemo(
    () => [...new Set([...QUESTION_CATEGORIES, ...extraCategories])].map((c) => ({ value: c })),
    [extraCategories],
  );

  const candidates = useMemo(() => mergeCandidates(questions), [questions]);
  const duplicates = useMemo(() => {
    if (values.text.trim().length < MIN_DUPLICATE_TEXT) return [];
    const byId = new Map(candidates.map((q) => [q.id, q]));
    return similarQuestions(values.text, candidates, { limit: MAX_DUPLICATES })
      .map((s) => byId.get(s.id))
      .filter((q): q is Question => q !== undefined);
  }, [values.text, candidates]);

  const set = (patch: Partial<EntryValues>) => {
    setValues((v) => ({ ...v, ...patch }));
    setErrors((e) => {
      const next = { ...e };
      for (const key of Object.keys(patch)) delete next[key];
      return next;
    });
  };

  const undoMerge = async (sourceId: string) => {
    message.destroy(`merge-${sourceId}`);
    const undone = await live(() => call('questions.unmerge', { meetingId, id: sourceId, by }));
    if (undone.ok) void message.success(t('liveConsole.entry.unmerged'));
  };

  const save = async (mergeInto: Question | null = null) => {
    if (saving || disabled) return;
    const draft = {
      text: values.text,
      communityId: values.communityId,
      askerName: values.askerName,
      askerPhone: values.askerPhone,
      category,
      departmentId: values.departmentId,
      source: 'staff' as const,
      clientId: clientId.current,
    };
    const parsed = QuestionDraft.safeParse(draft);
    if (!parsed.success) {
      setErrors(fieldErrorsOfZod(parsed.error));
      return;
    }
    setSaving(true);
    const created = await live(() => call('questions.create', { meetingId, question: draft, by }), {
      quiet: true,
    });
    if (!created.ok) {
      setSaving(false);
      const byField = fieldErrorsOfApi(created.error, 'question');
      setErrors(Object.keys(byField).length > 0 ? byField : { form: created.error.message });
      return;
    }
    clientId.current = newClientId();
    setValues(EMPTY);
    setErrors({});
    setSaving(false);
    communityRef.current?.focus();
    if (!mergeInto) {
      void message.success({ content: t('liveConsole.entry.saved'), duration: 2 });
      return;
    }
    const merged = await live(() =>
      call('questions.merge', { meetingId, sourceId: created.value.id, targetId: mergeInto.id, by }),
    );
    if (!merged.ok) return;
    const key = `merge-${created.value.id}`;
    void message.open({
      key,
      type: 'success',
      duration: UNDO_SECONDS,
      content: (
        <span data-testid="merge-undo">
          {t('liveConsole.entry.mergedInto', { count: askerCount(mergeInto, questions) + 1 })}{' '}
          <Button type="link" size="small" onClick={() => void undoMerge(created.value.id)}>
            {t('liveConsole.undo')}
          </Button>
        </span>
      ),
    });
  };

  const onTextKey = (event: ReactKeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    void save();
  };
  // Anywhere in the form, Ctrl+Enter saves too (a Select's own Enter picks an option); Esc leaves the
  // form for the list's keys, unless it is closing an open dropdown.
  const onFormKey = (event: ReactKeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape' && event.target instanceof HTMLElement) {
      if (event.target.getAttribute('aria-expanded') !== 'true') event.target.blur();
      return;
    }
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void save();
    }
  };

  // Tab goes on to the next field, not to the select's clear button (a button of its own in antd 6),
  // so a slip is 社区 Tab 问题 Enter.
  const tabTo = (next: { focus: () => void } | null) => (event: ReactKeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Tab' || event.shiftKey || !next) return;
    event.preventDefault();
    next.focus();
  };

  const fieldStyle = { flex: '1 1 150px', minWidth: 0 };
  return (
    <section
      aria-label={t('liveConsole.entry.title')}
      data-testid="question-entry"
      onKeyDown={onFormKey}
      style={{ display: 'flex', flexDirection: 'column', gap: 6 }}
    >
      <div style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
        <div style={{ flex: '0 0 30%', minWidth: 120, maxWidth: 220 }}>
          <FieldLabel htmlFor="entry-community">{t('liveConsole.entry.community')}</FieldLabel>
          <Select
            id="entry-community"
            ref={communityRef}
            onKeyDown={(event) => tabTo(textRef.current)(event)}
            style={{ width: '100%' }}
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('liveConsole.entry.communityPlaceholder')}
            value={values.communityId ?? undefined}
            onChange={(value: string | undefined) => set({ communityId: value ?? null })}
            options={communities.map((c) => ({ value: c.id, label: c.name }))}
            notFoundContent={t('liveConsole.entry.noCommunities')}
            status={errors.communityId ? 'error' : undefined}
            disabled={disabled}
          />
          <FieldError id="entry-community-error" message={errors.communityId} />
        </div>
        <div style={{ flex: 1, minWidth: 0 }}>
          <FieldLabel htmlFor="entry-text">
            {t('liveConsole.entry.text')}{' '}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('liveConsole.entry.textHint')}
            </Typography.Text>
          </FieldLabel>
          <Input.TextArea
            id="entry-text"
            ref={textRef}
            value={values.text}
            onChange={(e) => set({ text: e.target.value })}
            onKeyDown={onTextKey}
            autoSize={{ minRows: 2, maxRows: 4 }}
            maxLength={2000}
            placeholder={t('liveConsole.entry.textPlaceholder')}
            status={errors.text ? 'error' : undefined}
            aria-describedby={errors.text ? 'entry-text-error' : undefined}
            disabled={disabled}
          />
          <FieldError id="entry-text-error" message={errors.text} />
        </div>
      </div>
      {duplicates.length > 0 ? (
        <div
          data-testid="duplicate-hints"
          aria-live="polite"
          style={{ background: '#fffbe6', border: '1px solid #ffe58f', borderRadius: 6, padding: '4px 8px' }}
        >
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('liveConsole.entry.duplicates')}
          </Typography.Text>
          {duplicates.map((q) => (
            <div key={q.id} style={{ display: 'flex', alignItems: 'center', gap: 8, minWidth: 0 }}>
              <Typography.Text ellipsis style={{ flex: 1, minWidth: 0 }} title={q.text}>
                {q.text}
              </Typography.Text>
              <Tag style={{ marginInlineEnd: 0 }}>
                {t('live.askers', { count: askerCount(q, questions) })}
              </Tag>
              <Button size="small" onClick={() => void save(q)} disabled={saving || disabled}>
                {t('liveConsole.entry.saveAndMerge')}
              </Button>
            </div>
          ))}
        </div>
      ) : null}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'flex-end' }}>
        <div style={fieldStyle}>
          <FieldLabel htmlFor="entry-category">
            {t('liveConsole.entry.category')}{' '}
            {values.category === null && suggested ? (
              <Tag color="blue" style={{ fontSize: 11, lineHeight: '16px', marginInlineEnd: 0 }}>
                {t('liveConsole.entry.suggested')}
              </Tag>
            ) : null}
          </FieldLabel>
          <AutoComplete
            id="entry-category"
            style={{ width: '100%' }}
            value={category}
            options={categoryOptions}
            onChange={(value: string) => set({ category: value === '' ? null : value })}
            filterOption={(input, option) => String(option?.value ?? '').includes(input)}
            placeholder={t('liveConsole.entry.categoryPlaceholder')}
            status={errors.category ? 'error' : undefined}
            disabled={disabled}
          />
          <FieldError id="entry-category-error" message={errors.category} />
        </div>
        <div style={fieldStyle}>
          <FieldLabel htmlFor="entry-department">{t('liveConsole.entry.department')}</FieldLabel>
          <Select
            id="entry-department"
            onKeyDown={(event) => tabTo(nameRef.current)(event)}
            style={{ width: '100%' }}
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('liveConsole.entry.departmentPlaceholder')}
            value={values.departmentId ?? undefined}
            onChange={(value: string | undefined) => set({ departmentId: value ?? null })}
            options={departments.map((d) => ({ value: d.id, label: d.name }))}
            notFoundContent={t('liveConsole.entry.noDepartments')}
            disabled={disabled}
          />
          <FieldError id="entry-department-error" message={errors.departmentId} />
        </div>
        <fieldset
          style={{
            flex: '2 1 260px',
            minWidth: 0,
            display: 'flex',
            gap: 8,
            border: '1px dashed #d9d9d9',
            borderRadius: 6,
            padding: '0 6px 4px',
            margin: 0,
          }}
        >
          <legend style={{ fontSize: 12, color: '#ad6800', padding: '0 4px', width: 'auto', margin: 0 }}>
            {t('liveConsole.entry.staffOnly')}
          </legend>
          <div style={{ flex: 1, minWidth: 0 }}>
            <FieldLabel htmlFor="entry-name">{t('liveConsole.entry.askerName')}</FieldLabel>
            <Input
              id="entry-name"
              ref={nameRef}
              value={values.askerName}
              onChange={(e) => set({ askerName: e.target.value })}
              onKeyDown={onTextKey}
              maxLength={50}
              placeholder={t('liveConsole.entry.optional')}
              status={errors.askerName ? 'error' : undefined}
              disabled={disabled}
            />
            <FieldError id="entry-name-error" message={errors.askerName} />
          </div>
          <div style={{ flex: 1, minWidth: 0 }}>
            <FieldLabel htmlFor="entry-phone">{t('liveConsole.entry.askerPhone')}</FieldLabel>
            <Input
              id="entry-phone"
              value={values.askerPhone}
              onChange={(e) => set({ askerPhone: e.target.value })}
              onKeyDown={onTextKey}
              maxLength={32}
              inputMode="tel"
              placeholder={t('liveConsole.entry.optional')}
              status={errors.askerPhone ? 'error' : undefined}
              disabled={disabled}
            />
            <FieldError id="entry-phone-error" message={errors.askerPhone} />
          </div>
        </fieldset>
        <Tooltip title={t('liveConsole.entry.saveHint')}>
          <Button
            type="primary"
            loading={saving}
            onClick={() => void save()}
            disabled={disabled}
            data-testid="entry-save"
          >
            {t('liveConsole.entry.save')}
          </Button>
        </Tooltip>
      </div>
      <FieldError id="entry-form-error" message={errors.form} />
    </section>
  );
});
