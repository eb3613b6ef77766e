import type { ReactNode } from 'react';

/** One checkbox per option; ticking adds the value to the chosen list, unticking removes it. */
export function CheckboxList<T extends string>({ options, chosen, onChange }: { options: readonly { value: T; label: ReactNode }[]; chosen: readonly T[]; onChange: (next: T[]) => void }) {
  return options.map((option) => (
    <label key={option.value} className="checkbox">
      <input
        type="checkbox"
        checked={chosen.includes(option.value)}
        onChange={(event) => onChange(event.target.checked ? [...chosen, option.value] : chosen.filter((value) => value !== option.value))}
      />
      {option.label}
    </label>
  ));
}
