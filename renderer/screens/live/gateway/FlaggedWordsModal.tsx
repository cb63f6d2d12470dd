import { Alert, App, Button, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_FLAGGED_WORDS, FlaggedWords } from '../../../../shared/domain';
import { apiErrorOf } from '../../../data/api-failure';
import { call } from '../../../data/call';
import { liveKeys, useFlaggedWords } from '../../../data/live-queries';
import { useErrorText } from '../../../i18n/use-error-text';
import { useQueryClient } from '@tanstack/react-query';
import { textOfWords, wordsOfText } from './flagged-words-text';

/** 敏感词: the button that opens the office's list for editing. */
export function FlaggedWordsButton({ by }: { by: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)} data-testid="flagged-words-open">
        {t('liveGateway.words.button')}
      </Button>
      {open ? <FlaggedWordsModal by={by} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

/**
 * The office's flag list, one word per line. A question containing one is flagged for the moderator,
 * never dropped; a refusal (too long a word, too many) is shown here, and nothing is saved.
 */
function FlaggedWordsModal({ by, onClose }: { by: string; onClose: () => void }) {
  const { t } = useTranslation();
  const words = useFlaggedWords();
  return (
    <Modal
      open
      title={t('liveGateway.words.title')}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      width={440}
      data-testid="flagged-words-modal"
    >
      {words.data ? (
        <WordsForm initial={words.data} by={by} onClose={onClose} />
      ) : words.error ? (
        <LoadError error={words.error} />
      ) : (
        <Typography.Text type="secondary">{t('liveGateway.words.loading')}</Typography.Text>
      )}
    </Modal>
  );
}

function LoadError({ error }: { error: unknown }) {
  const errorText = useErrorText();
  return <Alert type="error" showIcon title={errorText(apiErrorOf(error))} />;
}

function WordsForm({
  initial,
  by,
  onClose,
}: {
  initial: readonly string[];
  by: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const client = useQueryClient();
  const [text, setText] = useState(() => textOfWords(initial));
  const [refusal, setRefusal] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);
  const words = wordsOfText(text);

  const save = async () => {
    // The same schema the services check, so a word too long is named before anything is sent.
    const checked = FlaggedWords.safeParse(words);
    if (!checked.success) {
      setRefusal([
        ...new Set(
          checked.error.issues.map((issue) => {
            const index = typeof issue.path[0] === 'number' ? issue.path[0] : null;
            return index === null
              ? issue.message
              : t('liveGateway.words.wordProblem', { word: words[index] ?? '', problem: issue.message });
          }),
        ),
      ]);
      return;
    }
    setBusy(true);
    try {
      const saved = await call('moderation.words.set', { words: checked.data, by });
      client.setQueryData(liveKeys.flaggedWords, saved);
      void message.success(t('liveGateway.words.saved', { count: saved.length }));
      onClose();
    } catch (failure) {
      const error = apiErrorOf(failure);
      setRefusal([errorText(error), ...(error.details?.map((d) => d.message) ?? [])]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('liveGateway.words.hint')}
      </Typography.Text>
      <Input.TextArea
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setRefusal(null);
        }}
        autoSize={{ minRows: 8, maxRows: 14 }}
        placeholder={t('liveGateway.words.placeholder')}
        aria-label={t('liveGateway.words.title')}
        data-testid="flagged-words-text"
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('liveGateway.words.count', { count: words.length })}
      </Typography.Text>
      {refusal ? (
        <Alert
          type="error"
          showIcon
          data-testid="flagged-words-refusal"
          title={t('liveGateway.words.refused')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {refusal.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          }
        />
      ) : null}
      <div style={{ display: 'flex', gap: 8 }}>
        <Button size="small" type="link" onClick={() => setText(textOfWords(DEFAULT_FLAGGED_WORDS))}>
          {t('liveGateway.words.reset')}
        </Button>
        <span style={{ flex: 1 }} />
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="primary" loading={busy} onClick={() => void save()} data-testid="flagged-words-save">
          {t('liveGateway.words.save')}
        </Button>
      </div>
    </div>
  );
}
