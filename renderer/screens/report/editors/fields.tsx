import { Form, Input, InputNumber } from 'antd';
import { useId, type ReactNode } from 'react';

/** A labelled control; the label is tied to the control by id, so it is its accessible name. */
export function Field({
  label,
  help,
  warning,
  children,
}: {
  label: ReactNode;
  help?: ReactNode;
  warning?: ReactNode;
  children: (id: string) => ReactNode;
}) {
  const id = useId();
  return (
    <Form.Item
      label={label}
      htmlFor={id}
      help={warning ?? help}
      validateStatus={warning ? 'warning' : undefined}
      style={{ marginBottom: 12 }}
    >
      {children(id)}
    </Form.Item>
  );
}

export function TextField({
  label,
  value,
  maxLength,
  placeholder,
  help,
  onChange,
}: {
  label: ReactNode;
  value: string;
  maxLength: number;
  placeholder?: string;
  help?: ReactNode;
  onChange: (value: string) => void;
}) {
  return (
    <Field label={label} help={help}>
      {(id) => (
        <Input
          id={id}
          value={value}
          maxLength={maxLength}
          placeholder={placeholder}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}

export function AreaField({
  label,
  value,
  maxLength,
  placeholder,
  rows = 3,
  onChange,
}: {
  label: ReactNode;
  value: string;
  maxLength: number;
  placeholder?: string;
  rows?: number;
  onChange: (value: string) => void;
}) {
  return (
    <Field label={label}>
      {(id) => (
        <Input.TextArea
          id={id}
          value={value}
          maxLength={maxLength}
          placeholder={placeholder}
          autoSize={{ minRows: rows, maxRows: 10 }}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}

export function NumberField({
  label,
  value,
  min,
  max,
  placeholder,
  help,
  onChange,
}: {
  label: ReactNode;
  value: number | null;
  min?: number;
  max?: number;
  placeholder?: string;
  help?: ReactNode;
  onChange: (value: number | null) => void;
}) {
  return (
    <Field label={label} help={help}>
      {(id) => (
        <InputNumber
          id={id}
          value={value}
          min={min}
          max={max}
          placeholder={placeholder}
          style={{ width: '100%' }}
          onChange={(next) => onChange(typeof next === 'number' && Number.isFinite(next) ? next : null)}
        />
      )}
    </Field>
  );
}

/** What every kind's form receives: its card, and a way to change some of its fields. */
export interface EditorProps<C> {
  card: C;
  meetingId: string;
  /** `field` groups keystrokes in one field into one undo step. */
  onChange: (patch: Partial<C>, field: string) => void;
}
