/** A key shown next to its button's label, e.g. 上屏 S. */
export function KeyHint({ keyName }: { keyName: string }) {
  return (
    <kbd
      style={{
        fontFamily: 'inherit',
        fontSize: 11,
        lineHeight: '14px',
        padding: '0 4px',
        marginInlineStart: 4,
        border: '1px solid #d9d9d9',
        borderBottomWidth: 2,
        borderRadius: 3,
        background: '#fafafa',
        color: '#595959',
      }}
    >
      {keyName.toUpperCase()}
    </kbd>
  );
}
