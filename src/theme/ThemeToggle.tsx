import { THEMES, setTheme, useTheme } from './theme.ts';

const LABEL = { system: 'System', light: 'Light', dark: 'Dark' } as const;
const ICON = { system: '◐', light: '☀', dark: '☾' } as const;

/** Header button that cycles the colour theme: system → light → dark. */
export function ThemeToggle() {
  const theme = useTheme();
  const next = THEMES[(THEMES.indexOf(theme) + 1) % THEMES.length]!;
  return (
    <button
      type="button"
      className="header-button"
      onClick={() => setTheme(next)}
      title={`Theme: ${LABEL[theme]} (click for ${LABEL[next]})`}
      aria-label={`Colour theme: ${LABEL[theme]}. Switch to ${LABEL[next]}`}
    >
      <span aria-hidden="true">{ICON[theme]}</span>
      <span className="header-button-text"> {LABEL[theme]}</span>
    </button>
  );
}
